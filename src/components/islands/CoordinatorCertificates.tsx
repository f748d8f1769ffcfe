import { useEffect, useState } from 'preact/hooks';
import { api, currentSession, listRecords } from '~/client/api';
import type { PdfLabels } from '~/lib/certificates/pdf-labels';
import type { Localized } from '~/lib/certificates/rules';
import type { Lang } from '~/lib/i18n/languages';
import { PdfButton, titleIn } from './MyCertificates';
import { formatDate } from './translator';

interface Props {
  lang: Lang;
  strings: Record<string, string>;
  labels: Record<Lang, PdfLabels>;
}

interface Certificate {
  id: string;
  holderName: string;
  kind: 'course' | 'program';
  achievementTitle: Localized;
  status: 'issued' | 'revoked';
  issuedAt: string;
  revokedAt: string;
  revocationReason: string;
  code: string;
  manual: boolean;
  note: string;
}

type Option = { id: string; label: string };
type Data = { certificates: Certificate[]; people: Option[]; courses: Option[]; programs: Option[] };
type State = { kind: 'loading' } | { kind: 'forbidden' } | { kind: 'offline' } | ({ kind: 'ready' } & Data);

async function load(lang: Lang): Promise<State> {
  if (currentSession()?.role !== 'coordinator') return { kind: 'forbidden' };
  const [certificates, people, courses, programs] = await Promise.all([
    listRecords<Certificate>('certificates', { sort: '-issuedAt' }),
    listRecords<{ id: string; name: string; email: string }>('users', { sort: 'name', fields: 'id,name,email' }),
    listRecords<{ slug: string; title: Localized }>('courses', { sort: 'slug', fields: 'slug,title' }),
    listRecords<{ slug: string; title: Localized }>('programs', { sort: 'slug', fields: 'slug,title' }),
  ]);
  if (!certificates || !people || !courses || !programs) return { kind: 'offline' };
  const achievement = (r: { slug: string; title: Localized }) => ({ id: r.slug, label: titleIn(r.title, lang) });
  return {
    kind: 'ready',
    certificates,
    people: people.map((p) => ({ id: p.id, label: `${p.name} (${p.email})` })),
    courses: courses.map(achievement),
    programs: programs.map(achievement),
  };
}

function RevokeForm({ id, t, done }: { id: string; t: (key: string) => string; done: () => void }) {
  const [error, setError] = useState('');
  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const reply = await api(`/api/ertad/certificates/${id}/revoke`, {
      method: 'POST',
      body: { reason: form.get('reason'), reasonPublic: form.get('reasonPublic') === 'on' },
    });
    if (reply.ok) return done();
    setError(t(`coordinatorCertificates.error.${reply.body?.errors?.[0]?.code ?? 'failed'}`));
  }
  return (
    <details class="revoke">
      <summary>{t('coordinatorCertificates.revoke')}</summary>
      <form class="form" onSubmit={submit}>
        <label>
          {t('coordinatorCertificates.reason')}
          <textarea name="reason" required rows={3} maxLength={2000} />
        </label>
        <label class="inline">
          <input type="checkbox" name="reasonPublic" /> {t('coordinatorCertificates.reasonPublic')}
        </label>
        {error && (
          <p class="alert" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button">
          {t('coordinatorCertificates.confirmRevoke')}
        </button>
      </form>
    </details>
  );
}

function IssueForm({ data, t, done }: { data: Data; t: (key: string) => string; done: () => void }) {
  const [kind, setKind] = useState<'course' | 'program'>('course');
  const [error, setError] = useState('');
  async function submit(event: Event) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const reply = await api('/api/ertad/certificates', {
      method: 'POST',
      body: { holder: form.get('holder'), kind, achievement: form.get('achievement'), note: form.get('note') },
    });
    if (reply.ok) return done();
    setError(t(`coordinatorCertificates.error.${reply.body?.errors?.[0]?.code ?? 'failed'}`));
  }
  return (
    <details class="issue">
      <summary>{t('coordinatorCertificates.issue')}</summary>
      <form class="form" onSubmit={submit}>
        <label>
          {t('coordinatorCertificates.holder')}
          <select name="holder" required>
            {data.people.map((p) => (
              <option value={p.id} key={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('coordinatorCertificates.kind')}
          <select
            name="kind"
            value={kind}
            onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as 'course' | 'program')}
          >
            <option value="course">{t('certificates.kind.course')}</option>
            <option value="program">{t('certificates.kind.program')}</option>
          </select>
        </label>
        <label>
          {t('coordinatorCertificates.achievement')}
          <select name="achievement" required>
            {(kind === 'course' ? data.courses : data.programs).map((a) => (
              <option value={a.id} key={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('coordinatorCertificates.note')}
          <span class="hint">{t('coordinatorCertificates.noteHint')}</span>
          <textarea name="note" required rows={3} maxLength={2000} />
        </label>
        {error && (
          <p class="alert" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="button">
          {t('coordinatorCertificates.confirmIssue')}
        </button>
      </form>
    </details>
  );
}

export default function CoordinatorCertificates({ lang, strings, labels }: Props) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [notice, setNotice] = useState('');
  const t = (key: string) => strings[key] ?? key;
  const reload = (message = '') => {
    setNotice(message);
    load(lang).then(setState);
  };
  useEffect(() => reload(), []);

  if (state.kind === 'loading') return <p role="status">{t('certificates.loading')}</p>;
  if (state.kind === 'forbidden')
    return (
      <p class="alert">
        {t('coordinatorCertificates.forbidden')} <a href={`/${lang}/signin/`}>{t('nav.signIn')}</a>
      </p>
    );
  if (state.kind === 'offline') return <p class="alert">{t('certificates.offline')}</p>;
  return (
    <div class="coordinator-certificates">
      <IssueForm data={state} t={t} done={() => reload(t('coordinatorCertificates.issued'))} />
      <p role="status" class={notice ? 'notice' : ''}>
        {notice}
      </p>
      <ul class="cards">
        {state.certificates.map((c) => (
          <li class="card certificate-card" key={c.id}>
            <p class="hint">
              {t(`certificates.kind.${c.kind}`)}
              {c.manual ? ` · ${t('coordinatorCertificates.manual')}` : ''}
            </p>
            <h2 class="certificate-holder">{c.holderName}</h2>
            <p>{titleIn(c.achievementTitle, lang)}</p>
            <p>
              <strong>{t(`certificates.status.${c.status}`)}</strong>
              {' · '}
              {c.status === 'issued'
                ? t('certificates.issuedOn').replace('{date}', formatDate(c.issuedAt, lang))
                : t('certificates.revokedOn').replace('{date}', formatDate(c.revokedAt, lang))}
            </p>
            {c.status === 'revoked' && (
              <p>
                {t('verify.reason')}: {c.revocationReason}
              </p>
            )}
            {c.note && (
              <p>
                {t('coordinatorCertificates.note')}: {c.note}
              </p>
            )}
            <p>
              <code class="certificate-code">{c.code}</code>
            </p>
            <div class="certificate-actions">
              <PdfButton id={c.id} labels={labels} t={t} />
              {c.status === 'issued' && (
                <RevokeForm id={c.id} t={t} done={() => reload(t('coordinatorCertificates.revoked'))} />
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
