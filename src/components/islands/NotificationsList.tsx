import { useEffect, useState } from 'preact/hooks';
import { api, currentSession, listRecords } from '~/client/api';
import { mentoring, type Notification } from '~/client/mentoring-api';
import { formatDate, translator } from './translator';
import '~/styles/mentoring.css';

interface Props {
  lang: string;
  strings: Record<string, string>;
}

const KNOWN = [
  'session_awaiting_signature',
  'fellow_signed',
  'fellow_disagreed',
  'session_signed',
  'session_amended',
  'action_due',
];

/** The signed-in person's notifications, newest first; opening one marks it read. */
export default function NotificationsList({ lang, strings }: Props) {
  const t = translator(strings);
  const [items, setItems] = useState<Notification[] | null | 'signed-out'>(null);
  const load = () =>
    listRecords<Notification>('notifications', { sort: '-created', perPage: '50' }).then((list) =>
      setItems(list ?? []),
    );
  useEffect(() => {
    if (!currentSession()) return setItems('signed-out');
    load();
  }, []);
  const changed = () => window.dispatchEvent(new Event('ertad:notifications'));

  if (items === 'signed-out')
    return (
      <p class="notice">
        {t('notifications.signedOut')} <a href={`/${lang}/signin/`}>{t('nav.signIn')}</a>
      </p>
    );
  if (items === null) return <p role="status">{t('notifications.loading')}</p>;
  if (items.length === 0) return <p>{t('notifications.empty')}</p>;

  return (
    <div class="stack">
      {items.some((n) => !n.read) && (
        <p>
          <button
            type="button"
            class="button secondary"
            onClick={async () => {
              await mentoring.readAll();
              await load();
              changed();
            }}
          >
            {t('notifications.markRead')}
          </button>
        </p>
      )}
      <ul class="session-list">
        {items.map((n) => (
          <li key={n.id} class={n.read ? undefined : 'awaiting'}>
            <a
              href={`/${lang}/sessions/?id=${encodeURIComponent(n.session)}`}
              onClick={() => {
                if (!n.read)
                  api(`/api/collections/notifications/records/${n.id}`, { method: 'PATCH', body: { read: true } }).then(
                    changed,
                  );
              }}
            >
              {n.read ? '' : '● '}
              {t(`notifications.${KNOWN.includes(n.kind) ? n.kind : 'other'}`)}
            </a>
            <br />
            <span class="facts-line">
              {[n.data?.actorName, n.data?.date ? formatDate(n.data.date, lang) : '', n.data?.actionText]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
