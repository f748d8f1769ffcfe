import { useEffect, useState } from 'preact/hooks';
import { api, currentSession, listRecords, quote } from '~/client/api';
import type { CertificateDocument } from '~/lib/certificates/document';
import type { PdfLabels } from '~/lib/certificates/pdf-labels';
import type { Localized } from '~/lib/certificates/rules';
import type { Lang } from '~/lib/i18n/languages';
import { FALLBACK_CHAIN } from '~/lib/i18n/languages';
import { formatDate } from './translator';

interface Props {
  lang: Lang;
  strings: Record<string, string>;
  /** The PDF's words in each language: a certificate is printed in its own language, not the page's. */
  labels: Record<Lang, PdfLabels>;
}

interface Certificate {
  id: string;
  kind: 'course' | 'program';
  achievementTitle: Localized;
  status: 'issued' | 'revoked';
  issuedAt: string;
  revokedAt: string;
  code: string;
}

type State =
  { kind: 'loading' } | { kind: 'hidden' } | { kind: 'offline' } | { kind: 'ready'; certificates: Certificate[] };

const FIELDS = 'id,kind,achievementTitle,status,issuedAt,revokedAt,code';

export function titleIn(title: Localized, lang: Lang): string {
  for (const candidate of [lang, ...FALLBACK_CHAIN[lang]]) if (title[candidate]) return title[candidate]!;
  return Object.values(title)[0] ?? '';
}

/** A button that fetches the certificate's data and makes its PDF in the browser. */
export function PdfButton({
  id,
  labels,
  t,
}: {
  id: string;
  labels: Record<Lang, PdfLabels>;
  t: (key: string) => string;
}) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function download() {
    setBusy(true);
    setFailed(false);
    try {
      const reply = await api<CertificateDocument>(`/api/ertad/certificates/${id}/document`);
      if (!reply.ok) throw new Error(`HTTP ${reply.status}`);
      const { downloadCertificate } = await import('./certificate-download');
      await downloadCertificate(reply.body, labels[reply.body.lang]);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" class="button" onClick={download} disabled={busy} aria-busy={busy}>
        {busy ? t('certificates.downloading') : t('certificates.download')}
      </button>
      {failed && (
        <p class="alert" role="alert">
          {t('certificates.downloadFailed')}
        </p>
      )}
    </>
  );
}

export default function MyCertificates({ lang, strings, labels }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const t = (key: string) => strings[key] ?? key;
  useEffect(() => {
    const session = currentSession();
    if (!session) return setState({ kind: 'hidden' });
    listRecords<Certificate>('certificates', {
      filter: `holder = ${quote(session.id)}`,
      sort: '-issuedAt',
      fields: FIELDS,
    }).then((certificates) => setState(certificates ? { kind: 'ready', certificates } : { kind: 'offline' }));
  }, []);

  if (state.kind === 'hidden') return null;
  return (
    <section aria-labelledby="my-certificates" class="certificates">
      <h2 id="my-certificates">{t('certificates.title')}</h2>
      {state.kind === 'loading' && <p role="status">{t('certificates.loading')}</p>}
      {state.kind === 'offline' && <p class="alert">{t('certificates.offline')}</p>}
      {state.kind === 'ready' && state.certificates.length === 0 && <p>{t('certificates.none')}</p>}
      {state.kind === 'ready' && state.certificates.length > 0 && (
        <ul class="cards">
          {state.certificates.map((c) => (
            <li class="card certificate-card" key={c.id}>
              <p class="hint">{t(`certificates.kind.${c.kind}`)}</p>
              <h3>{titleIn(c.achievementTitle, lang)}</h3>
              <p class={c.status === 'issued' ? 'status-ok' : 'status-revoked'}>
                <strong>{t(`certificates.status.${c.status}`)}</strong>
                {' · '}
                {c.status === 'issued'
                  ? t('certificates.issuedOn').replace('{date}', formatDate(c.issuedAt, lang))
                  : t('certificates.revokedOn').replace('{date}', formatDate(c.revokedAt, lang))}
              </p>
              <p>
                {t('certificates.code')}: <code class="certificate-code">{c.code}</code>
              </p>
              <p class="certificate-actions">
                {c.status === 'issued' && <PdfButton id={c.id} labels={labels} t={t} />}
                {c.status === 'issued' && (
                  <a href={`/api/ertad/certificates/${c.code}/credential`} download>
                    {t('certificates.downloadCredential')}
                  </a>
                )}
                <a href={`/${lang}/verify/?code=${c.code}`}>{t('certificates.verifyLink')}</a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
