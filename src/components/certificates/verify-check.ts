// The verify page's behaviour: checks the code in the form (or in ?code= from the QR link) and
// shows the answer. Plain DOM: the page needs no framework.
import { FALLBACK_CHAIN, type Lang } from '~/lib/i18n/languages';
import type { Verification } from '~/lib/certificates/verify';
import { formatDate } from '~/components/islands/translator';

type Strings = Record<string, string>;

function titleIn(title: Verification['achievement'], lang: Lang): string {
  for (const candidate of [lang, ...FALLBACK_CHAIN[lang]]) if (title[candidate]) return title[candidate]!;
  return Object.values(title)[0] ?? '';
}

function facts(rows: [string, string][]): HTMLDListElement {
  const list = document.createElement('dl');
  list.className = 'facts';
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  return list;
}

function render(result: HTMLElement, answer: Verification, s: Strings, lang: Lang) {
  result.replaceChildren();
  const heading = document.createElement('h2');
  result.className = `verify-result is-${answer.status}`;
  heading.textContent = s[`verify.${answer.status}`];
  result.append(heading);
  if (answer.status === 'unknown') return;
  const rows: [string, string][] = [
    [s['verify.holder'], answer.holderName],
    [s['verify.achievement'], titleIn(answer.achievement, lang)],
    [s['verify.issuer'], answer.issuer],
    [s['verify.issuedOn'], formatDate(answer.issuedAt, lang)],
  ];
  if (answer.status === 'revoked') rows.push([s['verify.revokedOn'], formatDate(answer.revokedAt, lang)]);
  if (answer.reason) rows.push([s['verify.reason'], answer.reason]);
  result.append(facts(rows));
}

function message(result: HTMLElement, text: string) {
  result.className = 'verify-result alert';
  result.replaceChildren(text);
}

export function startVerifyForm(form: HTMLFormElement) {
  const s = JSON.parse(form.dataset.strings!) as Strings;
  const lang = document.documentElement.lang as Lang;
  const input = form.querySelector<HTMLInputElement>('input[name="code"]')!;
  const button = form.querySelector<HTMLButtonElement>('button')!;
  const result = document.getElementById('verify-result')!;

  async function check(code: string) {
    button.disabled = true;
    result.className = 'verify-result';
    result.textContent = s['verify.checking'];
    try {
      const response = await fetch(`/api/ertad/verify/${encodeURIComponent(code.trim() || '-')}`);
      if (response.status === 429) return message(result, s['verify.tooMany']);
      if (!response.ok) return message(result, s['verify.offline']);
      render(result, (await response.json()) as Verification, s, lang);
    } catch {
      message(result, s['verify.offline']);
    } finally {
      button.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('code', input.value.trim());
    history.replaceState(null, '', url);
    check(input.value);
  });
  const fromLink = new URL(location.href).searchParams.get('code');
  if (fromLink) {
    input.value = fromLink;
    check(fromLink);
  }
}
