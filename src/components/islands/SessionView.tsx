import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentSession, type ApiReply } from '~/client/api';
import type { StoredSession } from '~/lib/auth/stored-session';
import { mentoring, type Session, type SessionFields } from '~/client/mentoring-api';
import { newIdempotencyKey } from '~/client/quiz-form';
import { draftFromSession, draftStorageKey } from '~/lib/session-form/draft';
import { replyMessages, type Message } from '~/lib/session-form/error-keys';
import { STATE_KEYS } from './SessionList';
import { loadTopicTitles } from './session-topics';
import { formatDate, translator, type Translate } from './translator';
import '~/styles/mentoring.css';

interface Props {
  lang: string;
  strings: Record<string, string>;
}

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'not-found' }
  | { kind: 'offline' }
  | { kind: 'ready'; session: Session; me: StoredSession };

const CASE_FIELDS = ['situation', 'analysis', 'risk', 'decision', 'rationale'] as const;

export default function SessionView({ lang, strings }: Props) {
  const t = translator(strings);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [topics, setTopics] = useState<Map<string, string>>(new Map());
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  useEffect(() => {
    const id = new URLSearchParams(location.search).get('id') ?? '';
    const me = currentSession();
    if (!me) return setState({ kind: 'signed-out' });
    // Opened without a session (a bookmark of the bare page): nothing to ask the server.
    if (!id) return setState({ kind: 'not-found' });
    mentoring.session(id).then((reply) => {
      if (reply.ok) setState({ kind: 'ready', session: reply.body.session, me });
      else if (reply.status === 0) setState({ kind: 'offline' });
      else if (reply.status === 401) setState({ kind: 'signed-out' });
      else setState({ kind: 'not-found' });
    });
    loadTopicTitles(lang).then(setTopics);
  }, []);

  if (state.kind === 'loading') return <p role="status">{t('session.loading')}</p>;
  if (state.kind === 'signed-out')
    return (
      <p class="notice">
        {t('session.signedOut')} <a href={`/${lang}/signin/`}>{t('nav.signIn')}</a>
      </p>
    );
  if (state.kind === 'offline') return <p class="alert">{t('session.offline')}</p>;
  if (state.kind === 'not-found')
    return (
      <p class="alert">
        {t('session.notFound')} <a href={`/${lang}/dashboard/`}>{t('nav.dashboard')}</a>
      </p>
    );

  const { session, me } = state;
  const fields: SessionFields = session.effective ?? session;
  const isMentor = me.id === session.mentor.id;
  const fellowEntry = session.fellows.find((f) => f.id === me.id);
  const names = new Map([
    [session.mentor.id, session.mentor.name],
    ...session.fellows.map((f): [string, string] => [f.id, f.name]),
  ]);
  const amended = (session.amendments?.length ?? 0) > 0;
  const canTick = isMentor || (!!fellowEntry && session.state !== 'draft');

  /** Applies a route's reply: the new session on success, its translated error otherwise. */
  function settle(reply: ApiReply<unknown, unknown>, okText?: string) {
    const updated = reply.ok ? (reply.body as { session?: Session } | null)?.session : undefined;
    if (updated) {
      setState({ kind: 'ready', session: updated, me });
      setMessage(okText ? { ok: true, lines: [okText] } : null);
      return true;
    }
    const messages: Message[] =
      reply.status === 0 ? [{ key: 'session.failed', params: {} }] : replyMessages(reply.status, reply.body);
    setMessage({ ok: false, lines: messages.map((m) => t(m.key, m.params)) });
    return false;
  }

  return (
    <article class="session-page stack">
      <p>
        <a href={isMentor ? `/${lang}/mentor/` : `/${lang}/dashboard/`}>
          {isMentor ? t('session.back') : t('session.backDashboard')}
        </a>
      </p>
      <h2>{t('session.heading', { kind: t(`session.kind.${fields.kind}`), date: formatDate(fields.date, lang) })}</h2>
      <p class={`state state-${session.state}`}>{t(STATE_KEYS[session.state])}</p>
      {session.state === 'signed' && <p class="notice">{t('session.locked')}</p>}
      {amended && <p class="notice">{t('session.amended')}</p>}
      <div role="status" aria-live="polite">
        {message?.ok && <p class="notice">{message.lines.join(' ')}</p>}
      </div>
      <div role="alert">
        {message && !message.ok && (
          <div class="alert">
            {message.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>

      <dl class="facts">
        <dt>{t('session.mentor')}</dt>
        <dd>{session.mentor.name}</dd>
        <dt>{t('session.fellows')}</dt>
        <dd>{session.fellows.map((f) => f.name).join(', ')}</dd>
        <dt>{t('session.duration')}</dt>
        <dd>{t('session.minutes', { minutes: fields.minutes })}</dd>
        <dt>{t('session.modeLabel')}</dt>
        <dd>{t(`session.mode.${fields.mode}`)}</dd>
        <dt>{t('session.topics')}</dt>
        <dd>{fields.topics.map((topic) => topics.get(topic) ?? topic).join(', ')}</dd>
        {fields.functions.length > 0 && (
          <>
            <dt>{t('session.functions')}</dt>
            <dd>{fields.functions.map((fn) => t(`session.function.${fn}`)).join(', ')}</dd>
          </>
        )}
      </dl>

      {fields.summary && (
        <section aria-labelledby="s-summary">
          <h3 id="s-summary">{t('session.summary')}</h3>
          <p class="prewrap">{fields.summary}</p>
        </section>
      )}

      <section aria-labelledby="s-actions">
        <h3 id="s-actions">{t('session.actions')}</h3>
        {fields.actions.length === 0 ? (
          <p>{t('session.noActions')}</p>
        ) : (
          <ul class="session-list">
            {fields.actions.map((action) => (
              <li key={action.id}>
                <p class="prewrap">{action.text}</p>
                <p class="facts-line">
                  {t('session.actionOwner', { name: names.get(action.owner) ?? '' })}
                  {action.due ? ` · ${t('session.actionDue', { date: formatDate(action.due, lang) })}` : ''}
                </p>
                <label class="tick">
                  <input
                    type="checkbox"
                    checked={!!action.done}
                    disabled={!canTick}
                    onChange={async (e) => settle(await mentoring.tick(session.id, action.id, e.currentTarget.checked))}
                  />
                  {t('session.actionDone')}
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>

      {CASE_FIELDS.some((field) => fields[field]) && (
        <section aria-labelledby="s-case">
          <h3 id="s-case">{t('session.case')}</h3>
          <dl class="facts">
            {CASE_FIELDS.filter((field) => fields[field]).map((field) => (
              <Fragment key={field}>
                <dt>{t(`form.${field}`)}</dt>
                <dd class="prewrap">{fields[field]}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}

      <section aria-labelledby="s-signatures">
        <h3 id="s-signatures">{t('session.signatures')}</h3>
        <ul>
          {session.mentorSignedAt && (
            <li>
              {t('session.sigSigned', { name: session.mentor.name, date: formatDate(session.mentorSignedAt, lang) })}
            </li>
          )}
          {session.fellows.map((fellow) => (
            <li key={fellow.id}>
              {!fellow.signature
                ? t('session.sigWaiting', { name: fellow.name })
                : fellow.signature.decision === 'signed'
                  ? t('session.sigSigned', { name: fellow.name, date: formatDate(fellow.signature.signedAt, lang) })
                  : t('session.sigDisagreed', {
                      name: fellow.name,
                      date: formatDate(fellow.signature.signedAt, lang),
                      comment: fellow.signature.comment,
                    })}
            </li>
          ))}
        </ul>
      </section>

      {fellowEntry && session.state === 'awaiting_fellows' && !fellowEntry.signature && (
        <FellowAnswer
          t={t}
          onAnswer={async (decision, comment) =>
            settle(await mentoring.answer(session.id, decision, comment), t('session.answerSaved'))
          }
        />
      )}

      {isMentor && session.state === 'draft' && (
        <section aria-labelledby="s-mentor-sign" class="stack">
          <h3 id="s-mentor-sign">{t('session.mentorSign')}</h3>
          <p class="hint">{t('session.mentorSignHelp')}</p>
          <p class="toolbar">
            <button type="button" class="button" onClick={async () => settle(await mentoring.mentorSign(session.id))}>
              {t('session.mentorSign')}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={async () => {
                const reply = await mentoring.deleteSession(session.id);
                if (reply.status === 204 || reply.status === 200) location.assign(`/${lang}/mentor/`);
                else settle(reply);
              }}
            >
              {t('session.delete')}
            </button>
          </p>
        </section>
      )}

      {isMentor && session.state !== 'signed' && (
        <section aria-labelledby="s-edit" class="stack">
          <h3 id="s-edit">{t('session.edit')}</h3>
          {session.state !== 'draft' && <p class="hint">{t('session.editHelp')}</p>}
          <p>
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                const draft = draftFromSession(session, newIdempotencyKey);
                localStorage.setItem(draftStorageKey(me.id), JSON.stringify(draft));
                location.assign(`/${lang}/mentor/#log-session`);
              }}
            >
              {t('session.edit')}
            </button>
          </p>
        </section>
      )}

      {(session.amendments?.length ?? 0) > 0 && (
        <section aria-labelledby="s-amendments">
          <h3 id="s-amendments">{t('session.amendments')}</h3>
          <ul>
            {session.amendments!.map((amendment) => (
              <li key={amendment.id}>
                {t('session.amendment', {
                  name: amendment.author.name,
                  date: formatDate(amendment.created, lang),
                  why: amendment.reason,
                })}
                <ul>
                  {Object.entries(amendment.changes).map(([field, change]) => (
                    <li key={field}>
                      {t('session.change', {
                        field: t(`form.${field}`),
                        from: shown(change.from, t),
                        to: shown(change.to, t),
                      })}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      {isMentor && session.state === 'signed' && (
        <AmendForm
          t={t}
          fields={fields}
          onAmend={async (changes, reason) => settle(await mentoring.amend(session.id, changes, reason))}
        />
      )}

      {session.hasNotes !== undefined && <Notes t={t} sessionId={session.id} editable={isMentor} />}
    </article>
  );
}

/** A value of an amendment as a person reads it. */
function shown(value: unknown, t: Translate): string {
  if (Array.isArray(value))
    return value
      .map((v) => (typeof v === 'object' && v ? String((v as { text?: string }).text ?? '') : String(v)))
      .join(', ');
  if (value === '' || value === null || value === undefined) return '—';
  if (typeof value === 'string' && /^(in_person|online|phone)$/.test(value)) return t(`session.mode.${value}`);
  if (typeof value === 'string' && /^(mentoring|individual_supervision|group_supervision)$/.test(value))
    return t(`session.kind.${value}`);
  return String(value);
}

/** Sign or disagree: nothing is chosen in advance, and a disagreement needs its comment. */
function FellowAnswer({
  t,
  onAnswer,
}: {
  t: Translate;
  onAnswer: (decision: 'signed' | 'disagreed', comment: string) => Promise<boolean>;
}) {
  const [decision, setDecision] = useState<'signed' | 'disagreed' | ''>('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (!decision) return setProblem(t('session.chooseFirst'));
    if (decision === 'disagreed' && !comment.trim()) return setProblem(t('session.commentRequired'));
    setProblem('');
    setBusy(true);
    await onAnswer(decision, decision === 'disagreed' ? comment.trim() : '');
    setBusy(false);
  }

  return (
    <form class="stack" onSubmit={submit} noValidate aria-labelledby="s-answer">
      <h3 id="s-answer">{t('session.yourAnswer')}</h3>
      <p id="s-answer-help">{t('session.signHelp')}</p>
      {problem && (
        <p class="alert" role="alert">
          {problem}
        </p>
      )}
      <fieldset class="choices" aria-describedby="s-answer-help">
        <legend>{t('session.yourAnswer')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="decision"
            value="signed"
            checked={decision === 'signed'}
            onChange={() => setDecision('signed')}
          />
          {t('session.agree')}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="decision"
            value="disagreed"
            checked={decision === 'disagreed'}
            onChange={() => setDecision('disagreed')}
          />
          {t('session.disagree')}
        </label>
      </fieldset>
      {decision === 'disagreed' && (
        <label>
          {t('session.comment')}
          <textarea rows={3} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
        </label>
      )}
      <button type="submit" class="button primary-action" disabled={busy}>
        {t('session.submitAnswer')}
      </button>
    </form>
  );
}

/** A correction to a locked session: only what differs is sent, with the reason. */
function AmendForm({
  t,
  fields,
  onAmend,
}: {
  t: Translate;
  fields: SessionFields;
  onAmend: (changes: Record<string, unknown>, reason: string) => Promise<boolean>;
}) {
  const [minutes, setMinutes] = useState('');
  const [summary, setSummary] = useState(fields.summary);
  const [reason, setReason] = useState('');

  async function submit(event: Event) {
    event.preventDefault();
    const changes: Record<string, unknown> = {};
    if (minutes.trim() !== '' && Number(minutes) !== fields.minutes) changes.minutes = Number(minutes);
    if (summary !== fields.summary) changes.summary = summary;
    if (await onAmend(changes, reason.trim())) {
      setMinutes('');
      setReason('');
    }
  }

  return (
    <details class="more">
      <summary>{t('session.amend')}</summary>
      <form class="stack" onSubmit={submit} noValidate>
        <label>
          {t('session.amendMinutes')}
          <input type="text" inputMode="numeric" value={minutes} onInput={(e) => setMinutes(e.currentTarget.value)} />
        </label>
        <label>
          {t('form.summary')}
          <textarea rows={4} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
        </label>
        <label>
          {t('session.amendWhy')}
          <textarea rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button">
          {t('session.amend')}
        </button>
      </form>
    </details>
  );
}

/** Confidential notes open only on request: every reading is written to the audit log. */
function Notes({ t, sessionId, editable }: { t: Translate; sessionId: string; editable: boolean }) {
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function open() {
    const reply = await mentoring.notes(sessionId);
    if (reply.ok) setText(reply.body.text);
    else setStatus(t(reply.status === 0 ? 'session.failed' : replyMessages(reply.status, reply.body)[0].key));
  }
  async function save() {
    const reply = await mentoring.saveNotes(sessionId, text ?? '');
    setStatus(
      reply.status === 200
        ? t('form.saved')
        : t(reply.status === 0 ? 'session.failed' : replyMessages(reply.status, reply.body)[0].key),
    );
  }

  return (
    <section aria-labelledby="s-notes" class="stack">
      <h3 id="s-notes">{t('session.notes')}</h3>
      <p class="hint">{t('form.notesHint')}</p>
      <div role="status" aria-live="polite">
        {status && <p>{status}</p>}
      </div>
      {text === null ? (
        <button type="button" class="button secondary" onClick={open}>
          {t('session.showNotes')}
        </button>
      ) : editable ? (
        <>
          <label>
            {t('session.notes')}
            <textarea rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <button type="button" class="button" onClick={save}>
            {t('session.saveNotes')}
          </button>
        </>
      ) : (
        <p class="prewrap">{text || t('session.noNotes')}</p>
      )}
    </section>
  );
}
