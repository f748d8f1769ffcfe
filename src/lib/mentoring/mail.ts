import { isLang, DEFAULT_LANG } from '../i18n/languages';
import { translate, type UiKey } from '../i18n/translate';
import type { NewNotification, NotificationKind } from './store';

/** Where a notification's reader acts: mentors in their workspace, fellows on their dashboard. */
const MENTOR_KINDS: ReadonlySet<NotificationKind> = new Set(['fellow_signed', 'fellow_disagreed']);

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The email for a notification, in the recipient's language (src/i18n). */
export function notificationMail(
  notification: NewNotification,
  recipient: { name: string; lang: string },
  appUrl: string,
): { subject: string; text: string; html: string } {
  const lang = isLang(recipient.lang) ? recipient.lang : DEFAULT_LANG;
  const params = {
    name: recipient.name,
    actor: notification.data.actorName,
    date: notification.data.date,
    action: notification.data.actionText ?? '',
  };
  const t = (key: string) => translate(lang, key as UiKey, params);
  const page = MENTOR_KINDS.has(notification.kind) ? 'mentor' : 'dashboard';
  const url = `${appUrl.replace(/\/$/, '')}/${lang}/${page}/`;
  const lines = [
    t('mail.mentoring.greeting'),
    t(`mail.mentoring.${notification.kind}.body`),
    translate(lang, 'mail.mentoring.open' as UiKey, { url }),
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
