import { DEFAULT_LANG, FALLBACK_CHAIN, isLang, type Lang } from '../i18n/languages';
import type { NewNotification, NotificationKind } from './store';

/**
 * The `mail.*` strings of src/i18n per language. The hooks get them from
 * pocketbase/pb_hooks/generated/mail-strings.json (written by scripts/lib/bundle-hooks.mjs), so
 * the whole UI dictionary is not bundled into every hook.
 */
export type MailStrings = Record<string, Record<string, string>>;

function translator(strings: MailStrings, lang: Lang, params: Record<string, string>) {
  return (key: string) => {
    for (const candidate of [lang, ...FALLBACK_CHAIN[lang]]) {
      const text = strings[candidate]?.[key];
      if (text !== undefined) return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
    }
    throw new Error(`Missing mail string "${key}" in every language`);
  };
}

/** Where a notification's reader acts: mentors in their workspace, fellows on their dashboard. */
const MENTOR_KINDS: ReadonlySet<NotificationKind> = new Set(['fellow_signed', 'fellow_disagreed']);

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The email for a notification, in the recipient's language (src/i18n). */
export function notificationMail(
  notification: NewNotification,
  recipient: { name: string; lang: string },
  appUrl: string,
  strings: MailStrings,
): { subject: string; text: string; html: string } {
  const lang = isLang(recipient.lang) ? recipient.lang : DEFAULT_LANG;
  const params = {
    name: recipient.name,
    actor: notification.data.actorName,
    date: notification.data.date,
    action: notification.data.actionText ?? '',
  };
  const page = MENTOR_KINDS.has(notification.kind) ? 'mentor' : 'dashboard';
  const url = `${appUrl.replace(/\/$/, '')}/${lang}/${page}/`;
  const t = translator(strings, lang, { ...params, url });
  const lines = [
    t('mail.mentoring.greeting'),
    t(`mail.mentoring.${notification.kind}.body`),
    t('mail.mentoring.open'),
    t('mail.mentoring.footer'),
  ];
  return {
    subject: t(`mail.mentoring.${notification.kind}.subject`),
    text: lines.join('\n\n'),
    html: `<!doctype html><html lang="${lang}"><body>${lines
      .map(
        (line) =>
          `<p>${escapeHtml(line).replace(escapeHtml(url), `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`)}</p>`,
      )
      .join('')}</body></html>`,
  };
}
