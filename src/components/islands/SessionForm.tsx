import { newIdempotencyKey } from '~/client/quiz-form';
import { mentoring } from '~/client/mentoring-api';
import { forgetPending, sendSession, type SendResult } from '~/client/session-outbox';
import { FUNCTIONS, KINDS, MODES, type ValidationError } from '~/lib/mentoring/types';
import { MAX_DAYS_BACK, MAX_MINUTES, MIN_MINUTES } from '~/lib/mentoring/validate';
import { errorMessages, replyMessages, type Message } from '~/lib/session-form/error-keys';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  draftStorageKey,
  draftToBody,
  hasEntries,
  newDraft,
  parseDraft,
  localToday,
  validateDraft,
  type DraftAction,
  type SessionDraft,
} from '~/lib/session-form/draft';
import type { Person, Topic } from '~/client/mentoring-api';
import { formatDate, type Translate } from './translator';
import '~/styles/mentoring.css';

interface Props {
  lang: string;
  t: Translate;
  mentor: Person;
  fellows: Person[];
  topics: Topic[];
  lastMode: string;
  /** A draft to load instead of the kept one (a refused session reopened). */
  reopen: SessionDraft | null;
  /** Called once a session was saved or kept for later. */
  onDone: (result: { kind: 'sent'; id: string } | { kind: 'queued' }) => void;
}

type Outcome = { kind: 'sent'; id: string } | { kind: 'queued' } | null;

const daysBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
/** Which form control an error belongs to, for aria-invalid and the summary's links. */
const FIELD_IDS: Record<string, string> = {
  date: 'sf-date',
  minutes: 'sf-minutes',
  mode: 'sf-mode',
  kind: 'sf-kind',
  fellows: 'sf-fellows',
  topics: 'sf-topics',
  functions: 'sf-functions',
  actions: 'sf-actions',
  summary: 'sf-summary',
};

export default function SessionForm({ lang, t, mentor, fellows, topics, lastMode, reopen, onDone }: Props) {
  const today = localToday(new Date());
  const fresh = (mode = lastMode) => newDraft({ today, lastMode: mode, clientKey: newIdempotencyKey() });
  const [draft, setDraft] = useState<SessionDraft>(() => fresh());
  const [restored, setRestored] = useState(false);
  const [sign, setSign] = useState(true);
  const [errors, setErrors] = useState<{ fields: Set<string>; messages: Message[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const loaded = useRef(false);

  // The kept draft comes back on the next visit; a reopened refused session takes its place.
  useEffect(() => {
    const kept = reopen ?? parseDraft(localStorage.getItem(draftStorageKey(mentor.id)));
    if (kept && (reopen || hasEntries(kept, { ...fresh(), clientKey: kept.clientKey }))) {
      setDraft(kept);
      setRestored(true);
    }
    loaded.current = true;
  }, [reopen]);
  // Only a form with entries is kept: an untouched one would come back tomorrow with today's date.
  // Kept as the change renders, not after the next frame: a page closed or hidden right after
  // typing never gets that frame, and the words would be lost.
  useLayoutEffect(() => {
    if (!loaded.current) return;
    const key = draftStorageKey(mentor.id);
    if (draft.sessionId || hasEntries(draft, { ...fresh(), clientKey: draft.clientKey }))
      localStorage.setItem(key, JSON.stringify(draft));
    else localStorage.removeItem(key);
  }, [draft]);

  const update = (patch: Partial<SessionDraft>) => {
    setOutcome(null);
    setDraft((current) => ({ ...current, ...patch }));
  };
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
  const updateAction = (index: number, patch: Partial<DraftAction>) =>
    update({ actions: draft.actions.map((action, i) => (i === index ? { ...action, ...patch } : action)) });

  function showErrors(list: Pick<ValidationError, 'code' | 'field' | 'index'>[], messages: Message[]) {
    setErrors({ fields: new Set(list.map((e) => e.field)), messages });
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  function startOver() {
    setDraft(fresh(draft.mode));
    setRestored(false);
    setErrors(null);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setOutcome(null);
    const problems = validateDraft(draft, { today, mentorId: mentor.id, mentees: fellows.map((f) => f.id) });
    if (problems.length > 0) return showErrors(problems, errorMessages(problems));
    setErrors(null);
    setBusy(true);
    const result = draft.sessionId ? await sendEdit(draft.sessionId) : await sendSession(draftToBody(draft, sign));
    setBusy(false);
    if (result.kind === 'refused') {
      // The form still holds it: the outbox need not keep a second copy.
      forgetPending(draft.clientKey);
      const reply = (result.body ?? {}) as { errors?: ValidationError[] };
      return showErrors(reply.errors ?? [], replyMessages(result.status, result.body));
    }
    const done: Outcome = result.kind === 'sent' ? { kind: 'sent', id: result.session.id } : { kind: 'queued' };
    setDraft(fresh(draft.mode));
    setRestored(false);
    setOutcome(done);
    onDone(done);
  }

  /** A change to a saved session goes straight to the server; without one, the form keeps it. */
  async function sendEdit(id: string): Promise<SendResult> {
    const reply = await mentoring.updateSession(id, draftToBody(draft, sign));
    if (reply.ok) return { kind: 'sent', session: reply.body.session };
    if (reply.status === 0) return { kind: 'refused', status: 0, body: { code: 'offline' } };
    return { kind: 'refused', status: reply.status, body: reply.body };
  }

  const invalid = (field: string) => (errors?.fields.has(field) ? true : undefined);
  const owners = [
    { id: mentor.id, name: t('form.actionOwnerMentor') },
    ...fellows.filter((f) => draft.fellows.includes(f.id)),
  ];
  const topicTitle = (topic: Topic) => topic.title[lang] || topic.title.ka || topic.title.en || topic.id;
  // Free-text topics of a saved session being changed show as ticked boxes of their own.
  const shownTopics = [
    ...topics,
    ...draft.topics
      .filter((id) => !topics.some((topic) => topic.id === id))
      .map((id) => ({ id, title: { [lang]: id } })),
  ];

  return (
    <form class="session-form" onSubmit={submit} noValidate aria-labelledby="log-session">
      <div role="status" aria-live="polite">
        {outcome?.kind === 'sent' && (
          <p class="notice">
            {t('form.saved')}{' '}
            <a href={`/${lang}/sessions/?id=${encodeURIComponent(outcome.id)}`}>{t('session.open')}</a>
          </p>
        )}
        {outcome?.kind === 'queued' && <p class="notice">{t('form.queued')}</p>}
        {draft.sessionId && (
          <p class="notice">
            {t('form.editing', { date: formatDate(draft.date, lang) })}{' '}
            <button type="button" class="button secondary small" onClick={startOver}>
              {t('form.cancelEdit')}
            </button>
          </p>
        )}
        {restored && !draft.sessionId && (
          <p class="notice">
            {t('form.draftRestored')}{' '}
            <button type="button" class="button secondary small" onClick={startOver}>
              {t('form.discardDraft')}
            </button>
          </p>
        )}
      </div>
      {errors && (
        <div class="alert" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{t('form.errorsTitle')}</p>
          <ul>
            {errors.messages.map((m) => (
              <li key={m.key + JSON.stringify(m.params)}>{t(m.key, m.params)}</li>
            ))}
          </ul>
        </div>
      )}

      <div class="field-row">
        <label>
          {t('form.date')}
          <input
            id="sf-date"
            type="date"
            required
            value={draft.date}
            max={today}
            min={daysBefore(today, MAX_DAYS_BACK)}
            aria-invalid={invalid('date')}
            onInput={(e) => update({ date: e.currentTarget.value })}
          />
        </label>
        <label>
          {t('form.minutes')}
          <input
            id="sf-minutes"
            type="number"
            inputMode="numeric"
            required
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={5}
            value={draft.minutes}
            aria-invalid={invalid('minutes')}
            onInput={(e) => update({ minutes: e.currentTarget.value })}
          />
        </label>
      </div>

      <fieldset id="sf-mode" class="choices">
        <legend>{t('form.mode')}</legend>
        {MODES.map((mode) => (
          <label key={mode} class="choice">
            <input
              type="radio"
              name="mode"
              value={mode}
              checked={draft.mode === mode}
              onChange={() => update({ mode })}
            />
            {t(`session.mode.${mode}`)}
          </label>
        ))}
      </fieldset>

      <fieldset id="sf-kind" class="choices">
        <legend>{t('form.kind')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} class="choice">
            <input
              type="radio"
              name="kind"
              value={kind}
              checked={draft.kind === kind}
              onChange={() => update({ kind })}
            />
            {t(`session.kind.${kind}`)}
          </label>
        ))}
      </fieldset>

      <fieldset id="sf-fellows" class="choices" aria-describedby="sf-fellows-hint">
        <legend>{t('form.fellows')}</legend>
        <p class="hint" id="sf-fellows-hint">
          {t('form.fellowsHint')}
        </p>
        {fellows.map((fellow) => (
          <label key={fellow.id} class="choice">
            <input
              type="checkbox"
              value={fellow.id}
              checked={draft.fellows.includes(fellow.id)}
              aria-invalid={invalid('fellows')}
              onChange={(e) => update({ fellows: toggle(draft.fellows, fellow.id, e.currentTarget.checked) })}
            />
            {fellow.name}
          </label>
        ))}
      </fieldset>

      <fieldset id="sf-topics" class="choices">
        <legend>{t('form.topics')}</legend>
        {shownTopics.map((topic) => (
          <label key={topic.id} class="choice">
            <input
              type="checkbox"
              value={topic.id}
              checked={draft.topics.includes(topic.id)}
              aria-invalid={invalid('topics')}
              onChange={(e) => update({ topics: toggle(draft.topics, topic.id, e.currentTarget.checked) })}
            />
            {topicTitle(topic)}
          </label>
        ))}
        <label class="wide">
          {t('form.topicOther')}
          <input
            type="text"
            maxLength={200}
            value={draft.topicOther}
            aria-invalid={invalid('topics')}
            onInput={(e) => update({ topicOther: e.currentTarget.value })}
          />
        </label>
      </fieldset>

      <fieldset id="sf-functions" class="choices">
        <legend>{t('form.functions')}</legend>
        {FUNCTIONS.map((fn) => (
          <label key={fn} class="choice">
            <input
              type="checkbox"
              value={fn}
              checked={draft.functions.includes(fn)}
              onChange={(e) => update({ functions: toggle(draft.functions, fn, e.currentTarget.checked) })}
            />
            {t(`session.function.${fn}`)}
          </label>
        ))}
      </fieldset>

      <label>
        {t('form.summary')}
        <span class="hint" id="sf-summary-hint">
          {t('form.summaryHint')}
        </span>
        <textarea
          id="sf-summary"
          rows={4}
          value={draft.summary}
          aria-describedby="sf-summary-hint"
          aria-invalid={invalid('summary')}
          onInput={(e) => update({ summary: e.currentTarget.value })}
        />
      </label>

      <fieldset id="sf-actions" class="actions-editor">
        <legend>{t('form.actions')}</legend>
        {draft.actions.map((action, index) => (
          <div class="action-row" key={action.id} role="group" aria-label={`${t('form.actionText')} ${index + 1}`}>
            <label>
              {t('form.actionText')} {index + 1}
              <input
                type="text"
                maxLength={1000}
                value={action.text}
                aria-invalid={invalid('actions')}
                onInput={(e) => updateAction(index, { text: e.currentTarget.value })}
              />
            </label>
            <label>
              {t('form.actionOwner')}
              <select value={action.owner} onChange={(e) => updateAction(index, { owner: e.currentTarget.value })}>
                {owners.map((owner) => (
                  <option key={owner.id} value={owner.id}>
                    {owner.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('form.actionDue')}
              <input
                type="date"
                value={action.due}
                min={today}
                onInput={(e) => updateAction(index, { due: e.currentTarget.value })}
              />
            </label>
            <button
              type="button"
              class="button secondary small"
              onClick={() => update({ actions: draft.actions.filter((_, i) => i !== index) })}
            >
              {t('form.removeAction', { number: index + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            update({
              actions: [
                ...draft.actions,
                { id: `a${newIdempotencyKey().slice(0, 12)}`, text: '', owner: mentor.id, due: '' },
              ],
            })
          }
        >
          {t('form.addAction')}
        </button>
      </fieldset>

      <details class="more">
        <summary>{t('form.more')}</summary>
        <fieldset>
          <legend>{t('form.case')}</legend>
          <p class="hint" id="sf-case-hint">
            {t('form.caseHint')}
          </p>
          {(['situation', 'analysis', 'risk', 'decision', 'rationale'] as const).map((field) => (
            <label key={field}>
              {t(`form.${field}`)}
              <textarea
                rows={2}
                value={draft[field]}
                aria-describedby="sf-case-hint"
                onInput={(e) => update({ [field]: e.currentTarget.value })}
              />
            </label>
          ))}
        </fieldset>
        <label>
          {t('form.notes')}
          <span class="hint" id="sf-notes-hint">
            {t('form.notesHint')}
          </span>
          <textarea
            rows={3}
            value={draft.notes}
            aria-describedby="sf-notes-hint"
            onInput={(e) => update({ notes: e.currentTarget.value })}
          />
        </label>
      </details>

      <label class="choice sign">
        <input type="checkbox" checked={sign} onChange={(e) => setSign(e.currentTarget.checked)} />
        {t('form.signNow')}
      </label>
      <button class="button primary-action" type="submit" disabled={busy}>
        {busy ? t('form.sending') : t('form.submit')}
      </button>
    </form>
  );
}
