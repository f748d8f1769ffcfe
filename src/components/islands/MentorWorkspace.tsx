import { useEffect, useState } from 'preact/hooks';
import { currentSession } from '~/client/api';
import { downloadCsv, mentoring, type Workspace } from '~/client/mentoring-api';
import { flushSessions, forgetPending, pendingSessions, type PendingSession } from '~/client/session-outbox';
import { draftFromBody, type SessionDraft } from '~/lib/session-form/draft';
import HoursBar from './HoursBar';
import { keepForOffline } from './offline';
import SessionForm from './SessionForm';
import SessionList from './SessionList';
import { formatDate, translator } from './translator';
import '~/styles/mentoring.css';

interface Props {
  lang: string;
  strings: Record<string, string>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'not-mentor' }
  | { kind: 'offline' }
  | { kind: 'ready'; workspace: Workspace; cached: boolean };

// The last answer is kept so the form (and its fellows list) still opens without a connection.
const cacheKey = (id: string) => `ertad:mentor-workspace:${id}`;

async function load(): Promise<State> {
  const session = currentSession();
  if (!session) return { kind: 'signed-out' };
  if (session.role !== 'mentor') return { kind: 'not-mentor' };
  const reply = await mentoring.workspace();
  if (reply.ok) {
    localStorage.setItem(cacheKey(session.id), JSON.stringify(reply.body));
    return { kind: 'ready', workspace: reply.body, cached: false };
  }
  if (reply.status === 401) return { kind: 'signed-out' };
  if (reply.status === 403) return { kind: 'not-mentor' };
  try {
    const kept = JSON.parse(localStorage.getItem(cacheKey(session.id)) ?? 'null') as Workspace | null;
    if (kept) return { kind: 'ready', workspace: kept, cached: true };
  } catch {}
  return { kind: 'offline' };
}

export default function MentorWorkspace({ lang, strings }: Props) {
  const t = translator(strings);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [pending, setPending] = useState<PendingSession[]>([]);
  const [sentLater, setSentLater] = useState(0);
  const [reopen, setReopen] = useState<SessionDraft | null>(null);
  const [exportFailed, setExportFailed] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);

  const refresh = () => {
    setPending(pendingSessions());
    return load().then((loaded) => {
      setState(loaded);
      // Loaded from the server: keep the page too, so that it opens on a visit without a connection.
      if (loaded.kind === 'ready' && !loaded.cached)
        keepForOffline(`/${lang}/mentor/`).then(setOfflineReady, () => setOfflineReady(false));
    });
  };
  const flush = async () => {
    const sent = await flushSessions();
    if (sent > 0) setSentLater(sent);
    await refresh();
  };
  useEffect(() => {
    flush();
    addEventListener('online', flush);
    return () => removeEventListener('online', flush);
  }, []);

  // The form is drawn after the data arrives, so the browser could not scroll to it on its own.
  useEffect(() => {
    if (state.kind === 'ready' && location.hash === '#log-session') document.getElementById('log-session')?.focus();
  }, [state.kind]);

  if (state.kind === 'loading') return <p role="status">{t('mentor.loading')}</p>;
  if (state.kind === 'signed-out')
    return (
      <p class="notice">
        {t('mentor.signedOut')} <a href={`/${lang}/signin/`}>{t('nav.signIn')}</a>
      </p>
    );
  if (state.kind === 'not-mentor')
    return (
      <p class="notice">
        {t('mentor.notMentor')} <a href={`/${lang}/dashboard/`}>{t('nav.dashboard')}</a>
      </p>
    );
  if (state.kind === 'offline') return <p class="alert">{t('mentor.offline')}</p>;

  const { workspace } = state;
  const waiting = pending.filter((p) => !p.refused);
  const refused = pending.filter((p) => p.refused);
  const fellows = workspace.fellows.map((f) => ({ id: f.fellow.id, name: f.fellow.name }));
  const percent = (done: number, all: number) => (all > 0 ? Math.round((done / all) * 100) : 0);

  async function exportLog() {
    setExportFailed(
      !(await downloadCsv('/export/mentor.csv', `ertad-mentoring-log-${new Date().toISOString().slice(0, 10)}.csv`)),
    );
  }

  return (
    <div class="workspace">
      <p class="toolbar">
        <a class="button" href="#log-session">
          {t('form.title')}
        </a>
        <button type="button" class="button secondary" onClick={exportLog}>
          {t('mentor.export')}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {exportFailed && <p class="alert">{t('export.failed')}</p>}
        {state.cached && <p class="alert">{t('mentor.offline')}</p>}
        {offlineReady && !state.cached && <p class="hint">{t('mentor.offlineReady')}</p>}
        {sentLater > 0 && <p class="notice">{t('form.sentLater', { count: sentLater })}</p>}
        {waiting.length > 0 && <p class="notice">{t('form.pending', { count: waiting.length })}</p>}
      </div>
      {refused.map((entry) => (
        <p class="alert" key={entry.body.clientKey}>
          {t('form.queuedRefused')}{' '}
          <button
            type="button"
            class="button secondary small"
            onClick={() => {
              setReopen(
                draftFromBody(
                  entry.body,
                  workspace.topics.map((topic) => topic.id),
                ),
              );
              forgetPending(entry.body.clientKey);
              setPending(pendingSessions());
              location.hash = '#log-session';
            }}
          >
            {t('form.openRefused')}
          </button>
        </p>
      ))}

      <section aria-labelledby="my-fellows">
        <h2 id="my-fellows">{t('mentor.fellows')}</h2>
        {workspace.fellows.length === 0 ? (
          <p class="notice">{t('mentor.noFellows')}</p>
        ) : (
          <ul class="fellow-cards">
            {workspace.fellows.map((entry) => (
              <li class="card" key={entry.mentorship.id}>
                <h3>{entry.fellow.name}</h3>
                <p class="facts-line">
                  {entry.mentorship.cohort?.name}
                  {entry.program
                    ? ` · ${entry.program.title[lang] || entry.program.title.ka || entry.program.slug}`
                    : ''}
                </p>
                <p class="facts-line">
                  {t('mentor.progress', { percent: percent(entry.progress.modulesCompleted, entry.progress.modules) })}
                </p>
                <p class="facts-line">
                  {entry.lastSessionDate
                    ? t('mentor.lastSession', { date: formatDate(entry.lastSessionDate, lang) })
                    : t('mentor.noSession')}
                </p>
                <HoursBar lang={lang} t={t} signed={entry.hours.signedMinutes} required={entry.hours.requiredMinutes} />
                <ul class="flags">
                  {entry.flags.overdue && (
                    <li class="flag danger">
                      {t('mentor.flagOverdue', { days: entry.program?.maxSessionGapDays ?? '' })}
                    </li>
                  )}
                  {entry.flags.disputedSessions > 0 && (
                    <li class="flag danger">{t('mentor.flagDisputed', { count: entry.flags.disputedSessions })}</li>
                  )}
                  {entry.flags.unsignedSessions > entry.flags.disputedSessions && (
                    <li class="flag">
                      {t('mentor.flagUnsigned', {
                        count: entry.flags.unsignedSessions - entry.flags.disputedSessions,
                      })}
                    </li>
                  )}
                  {entry.flags.openActions > 0 && (
                    <li class="flag">{t('mentor.flagActions', { count: entry.flags.openActions })}</li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>

      {workspace.fellows.length > 0 && (
        <section aria-labelledby="log-session" id="log-session-section">
          <h2 id="log-session" tabIndex={-1}>
            {t('form.title')}
          </h2>
          <SessionForm
            lang={lang}
            t={t}
            mentor={workspace.mentor}
            fellows={fellows}
            topics={workspace.topics}
            lastMode={workspace.lastMode}
            reopen={reopen}
            onDone={() => refresh()}
          />
        </section>
      )}

      <section aria-labelledby="recent-sessions">
        <h2 id="recent-sessions">{t('mentor.recent')}</h2>
        {workspace.sessions.length === 0 ? (
          <p>{t('mentor.noRecent')}</p>
        ) : (
          <SessionList lang={lang} t={t} sessions={workspace.sessions} showFellows />
        )}
      </section>
    </div>
  );
}
