import type { Session } from '~/client/mentoring-api';
import { formatDate, type Translate } from './translator';

const STATE_KEYS: Record<Session['state'], string> = {
  draft: 'session.status.draft',
  awaiting_fellows: 'session.status.awaiting',
  signed: 'session.status.signed',
  disputed: 'session.status.disputed',
};

/** Sessions as links to their page: date, kind, duration, state (and who took part, for mentors). */
export default function SessionList({
  lang,
  t,
  sessions,
  showFellows = false,
  awaiting = false,
}: {
  lang: string;
  t: Translate;
  sessions: Session[];
  showFellows?: boolean;
  awaiting?: boolean;
}) {
  return (
    <ul class="session-list">
      {sessions.map((session) => {
        const fields = session.effective ?? session;
        return (
          <li key={session.id} class={awaiting ? 'awaiting' : undefined}>
            <a href={`/${lang}/sessions/?id=${encodeURIComponent(session.id)}`}>
              {t('fellowSessions.item', {
                date: formatDate(fields.date, lang),
                kind: t(`session.kind.${fields.kind}`),
                minutes: fields.minutes,
              })}
            </a>
            <br />
            <span class={`state state-${session.state}`}>{t(STATE_KEYS[session.state])}</span>
            {showFellows ? ` · ${session.fellows.map((f) => f.name).join(', ')}` : ` · ${session.mentor.name}`}
          </li>
        );
      })}
    </ul>
  );
}

export { STATE_KEYS };
