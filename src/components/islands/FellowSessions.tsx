import { useEffect, useState } from 'preact/hooks';
import { currentSession } from '~/client/api';
import { mentoring, type MySessions } from '~/client/mentoring-api';
import HoursBar from './HoursBar';
import SessionList from './SessionList';
import { translator } from './translator';
import '~/styles/mentoring.css';

interface Props {
  lang: string;
  strings: Record<string, string>;
}

type State = { kind: 'quiet' } | { kind: 'mentor' } | { kind: 'coordinator' } | { kind: 'ready'; mine: MySessions };

/**
 * The dashboard's supervision part: sessions awaiting the fellow's signature come first, then
 * signed hours against each programme's requirement. Mentors and coordinators get their way in.
 */
export default function FellowSessions({ lang, strings }: Props) {
  const t = translator(strings);
  const [state, setState] = useState<State>({ kind: 'quiet' });

  useEffect(() => {
    const me = currentSession();
    if (!me) return;
    if (me.role === 'mentor') return setState({ kind: 'mentor' });
    if (me.role === 'coordinator') return setState({ kind: 'coordinator' });
    mentoring.me().then((reply) => {
      if (reply.ok) setState({ kind: 'ready', mine: reply.body });
    });
  }, []);

  if (state.kind === 'quiet') return null;
  if (state.kind === 'mentor')
    return (
      <p>
        <a class="button" href={`/${lang}/mentor/`}>
          {t('fellowSessions.workspace')}
        </a>
      </p>
    );
  if (state.kind === 'coordinator')
    return (
      <p>
        <a class="button" href={`/${lang}/coordinator/`}>
          {t('fellowSessions.coordination')}
        </a>
      </p>
    );
  const { mine } = state;
  if (mine.awaiting.length === 0 && mine.sessions.length === 0 && mine.hours.length === 0) return null;

  return (
    <div class="fellow-sessions">
      {mine.awaiting.length > 0 && (
        <section aria-labelledby="awaiting-signature">
          <h2 id="awaiting-signature">{t('fellowSessions.awaiting')}</h2>
          <SessionList lang={lang} t={t} sessions={mine.awaiting} awaiting />
        </section>
      )}
      {mine.hours.length > 0 && (
        <section aria-labelledby="supervision-hours">
          <h2 id="supervision-hours">{t('fellowSessions.hours')}</h2>
          <ul class="fellow-cards">
            {mine.hours.map((entry) => (
              <li class="card" key={`${entry.program.id}-${entry.cohort.id}`}>
                <h3>{entry.program.title[lang] || entry.program.title.ka || entry.program.slug}</h3>
                <p class="facts-line">{entry.cohort.name}</p>
                <HoursBar lang={lang} t={t} signed={entry.signedMinutes} required={entry.requiredMinutes} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="my-sessions">
        <h2 id="my-sessions">{t('fellowSessions.recent')}</h2>
        {mine.sessions.length === 0 ? (
          <p>{t('fellowSessions.none')}</p>
        ) : (
          <SessionList lang={lang} t={t} sessions={mine.sessions} />
        )}
      </section>
    </div>
  );
}
