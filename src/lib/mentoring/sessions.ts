import type { Reply } from '../records/store';
import { latestDayOnEarth } from './dates';
import { currentSignatures, effectiveContent, stateAfterDecisions } from './hours';
import { applySessionInput, CONTENT_FIELDS, contentOf, EMPTY_CONTENT } from './session-input';
import { fail, ok, type Actor, type MentoringStore, type NotificationKind } from './store';
import type { SessionBundle, SessionContent, SessionRow } from './types';
import { validateSession, validClientKey } from './validate';
import { canSeeSession, peopleOf, sessionView } from './view';

export type RouteInput = {
  actor: Actor;
  body: Record<string, unknown>;
  /** Path parameters (`id`, `actionId`). */
  params: Record<string, string>;
  /** Now, ISO. */
  now: string;
  newId: () => string;
};

const MAX_NOTES = 20_000;

function loadOne(store: MentoringStore, id: string) {
  return store.loadSessions({ id })[0] ?? null;
}

/** The session as the actor may see it, or the 404 a stranger gets (no hint that it exists). */
function visible(store: MentoringStore, input: RouteInput): SessionBundle | Reply {
  const bundle = loadOne(store, input.params.id ?? '');
  if (!bundle || !canSeeSession(bundle, input.actor)) return fail(404, 'not_found', 'There is no such session.');
  return bundle;
}

const isReply = (value: SessionBundle | Reply): value is Reply => 'status' in value;

/** The reply carrying a freshly loaded session. */
export function sessionReply(store: MentoringStore, id: string, input: RouteInput, status = 200, extra = {}): Reply {
  const bundle = loadOne(store, id)!;
  const users = new Map(store.usersByIds(peopleOf([bundle])).map((u) => [u.id, u]));
  const hasNotes = !!store.findNotes(id)?.text;
  return ok({ session: sessionView(bundle, users, input.actor, hasNotes), ...extra }, status);
}

function menteesOf(store: MentoringStore, mentor: string) {
  return new Set(store.mentorships({ mentor, status: 'active' }).map((m) => m.fellow));
}

function invalid(store: MentoringStore, content: SessionContent, input: RouteInput) {
  const errors = validateSession(content, {
    today: latestDayOnEarth(input.now),
    mentorId: input.actor.id,
    activeMentees: menteesOf(store, input.actor.id),
  });
  return errors.length ? fail(400, 'invalid_session', 'The session is not valid: see errors.', errors) : null;
}

function notifyFellows(store: MentoringStore, session: SessionRow, kind: NotificationKind, actorId: string) {
  const actorName = store.findUser(actorId)?.name ?? '';
  for (const fellow of session.fellows)
    store.notify({ user: fellow, kind, session: session.id, actor: actorId, data: { actorName, date: session.date } });
}

function signAsMentor(store: MentoringStore, session: SessionRow, input: RouteInput) {
  store.saveSession({ ...session, state: 'awaiting_fellows', mentorSignedAt: input.now });
  store.audit({
    actorId: input.actor.id,
    action: 'session.mentor_signed',
    collection: 'mentoring_sessions',
    record: session.id,
    details: { round: session.round },
  });
  notifyFellows(store, { ...session, state: 'awaiting_fellows' }, 'session_awaiting_signature', input.actor.id);
}

function saveNotesIfGiven(store: MentoringStore, sessionId: string, input: RouteInput) {
  if (!('notes' in input.body)) return;
  store.saveNotes(sessionId, input.actor.id, String(input.body.notes ?? ''));
  store.audit({
    actorId: input.actor.id,
    action: 'session_notes.written',
    collection: 'session_notes',
    record: sessionId,
    details: {},
  });
}

/** POST /sessions: log a session (or update the draft the same clientKey made). */
export function createSession(store: MentoringStore, input: RouteInput): Reply {
  if (input.actor.role !== 'mentor') return fail(403, 'forbidden', 'Only mentors log sessions.');
  const { clientKey } = input.body;
  if (!validClientKey(clientKey))
    return fail(400, 'invalid_request', 'Send a clientKey of 8 to 100 letters, digits, - or _.', [
      { code: 'client_key_invalid', field: 'clientKey', message: 'Missing or malformed clientKey.' },
    ]);
  if (typeof input.body.notes === 'string' && input.body.notes.length > MAX_NOTES)
    return fail(400, 'invalid_session', 'Notes are too long.', [
      { code: 'text_too_long', field: 'notes', message: `At most ${MAX_NOTES} characters.` },
    ]);
  const existingId = store.findSessionIdByKey(input.actor.id, clientKey);
  if (existingId) {
    const existing = loadOne(store, existingId)!;
    // A resend of a request that already went through: the outbox must never double a session.
    if (existing.session.state !== 'draft') return sessionReply(store, existingId, input, 200, { replayed: true });
    return updateDraft(store, existing, input, 200);
  }
  const content = applySessionInput(EMPTY_CONTENT, input.body, input.newId);
  const problem = invalid(store, content, input);
  if (problem) return problem;
  const row = {
    ...content,
    mentor: input.actor.id,
    state: 'draft' as const,
    round: 1,
    mentorSignedAt: '',
    signedAt: '',
    clientKey,
  };
  const id = store.saveSession(row);
  store.audit({
    actorId: input.actor.id,
    action: 'session.created',
    collection: 'mentoring_sessions',
    record: id,
    details: {},
  });
  saveNotesIfGiven(store, id, input);
  if (input.body.sign === true) signAsMentor(store, { ...row, id, created: '', updated: '' }, input);
  return sessionReply(store, id, input, 201, { replayed: false });
}

function updateDraft(store: MentoringStore, bundle: SessionBundle, input: RouteInput, status: number): Reply {
  const { session } = bundle;
  const content = applySessionInput(contentOf(session), input.body, input.newId);
  const problem = invalid(store, content, input);
  if (problem) return problem;
  // Editing after signing opens a new round: the fellows' earlier decisions no longer count.
  const reopened = session.state !== 'draft';
  const next: SessionRow = {
    ...session,
    ...content,
    state: 'draft',
    round: reopened ? session.round + 1 : session.round,
    mentorSignedAt: '',
  };
  store.saveSession(next);
  store.audit({
    actorId: input.actor.id,
    action: 'session.updated',
    collection: 'mentoring_sessions',
    record: session.id,
    details: { from: session.state, round: next.round },
  });
  saveNotesIfGiven(store, session.id, input);
  if (input.body.sign === true) signAsMentor(store, next, input);
  return sessionReply(store, session.id, input, status, { replayed: false });
}

function ownSession(store: MentoringStore, input: RouteInput): SessionBundle | Reply {
  const bundle = visible(store, input);
  if (isReply(bundle)) return bundle;
  if (bundle.session.mentor !== input.actor.id) return fail(403, 'forbidden', 'Only the session’s mentor may do this.');
  return bundle;
}

/** PATCH /sessions/{id}: the mentor edits a session that is not yet signed by everyone. */
export function updateSession(store: MentoringStore, input: RouteInput): Reply {
  const bundle = ownSession(store, input);
  if (isReply(bundle)) return bundle;
  if (bundle.session.state === 'signed')
    return fail(409, 'session_locked', 'This session is signed by everyone; correct it with an amendment.');
  return updateDraft(store, bundle, input, 200);
}

/** DELETE /sessions/{id}: only a draft, by its mentor. */
export function deleteSession(store: MentoringStore, input: RouteInput): Reply {
  const bundle = ownSession(store, input);
  if (isReply(bundle)) return bundle;
  if (bundle.session.state === 'signed') return fail(409, 'session_locked', 'A signed session cannot be deleted.');
  if (bundle.session.state !== 'draft') return fail(409, 'wrong_state', 'Only a draft can be deleted.');
  store.deleteSession(bundle.session.id);
  store.audit({
    actorId: input.actor.id,
    action: 'session.deleted',
    collection: 'mentoring_sessions',
    record: bundle.session.id,
    details: { date: bundle.session.date },
  });
  return { status: 204, body: null };
}

/** POST /sessions/{id}/sign: the mentor signs a draft; the fellows are asked to sign. */
export function signSession(store: MentoringStore, input: RouteInput): Reply {
  const bundle = ownSession(store, input);
  if (isReply(bundle)) return bundle;
  const { session } = bundle;
  if (session.state === 'signed') return fail(409, 'session_locked', 'This session is already signed by everyone.');
  if (session.state !== 'draft') return fail(409, 'wrong_state', 'Only a draft can be signed by its mentor.');
  const problem = invalid(store, contentOf(session), input);
  if (problem) return problem;
  signAsMentor(store, session, input);
  return sessionReply(store, session.id, input);
}

/** POST /sessions/{id}/signature: a fellow signs or records disagreement, deliberately. */
export function fellowDecision(store: MentoringStore, input: RouteInput): Reply {
  const bundle = visible(store, input);
  if (isReply(bundle)) return bundle;
  const { session } = bundle;
  if (!session.fellows.includes(input.actor.id)) return fail(403, 'forbidden', 'Only the session’s fellows sign it.');
  if (session.state === 'signed') return fail(409, 'session_locked', 'This session is already signed by everyone.');
  if (session.state !== 'awaiting_fellows') return fail(409, 'wrong_state', 'This session is not awaiting signatures.');
  const decision = input.body.decision;
  const comment = typeof input.body.comment === 'string' ? input.body.comment.trim() : '';
  if (decision !== 'signed' && decision !== 'disagreed')
    return fail(400, 'invalid_request', 'Send decision "signed" or "disagreed".', [
      { code: 'decision_invalid', field: 'decision', message: 'decision must be "signed" or "disagreed".' },
    ]);
  if (decision === 'disagreed' && !comment)
    return fail(400, 'invalid_request', 'Say what you disagree with.', [
      { code: 'comment_required', field: 'comment', message: 'A disagreement needs a comment.' },
    ]);
  if (comment.length > 5000)
    return fail(400, 'invalid_request', 'The comment is too long.', [
      { code: 'text_too_long', field: 'comment', message: 'At most 5000 characters.' },
    ]);
  const decisions = currentSignatures(bundle);
  if (decisions.has(input.actor.id)) return fail(409, 'already_decided', 'You have already answered this session.');
  const signature = {
    session: session.id,
    fellow: input.actor.id,
    round: session.round,
    decision: decision as 'signed' | 'disagreed',
    comment,
    signedAt: input.now,
  };
  store.saveSignature(signature);
  decisions.set(input.actor.id, { ...signature, id: '' });
  const state = stateAfterDecisions(session.fellows, decisions);
  if (state !== session.state) store.saveSession({ ...session, state, signedAt: state === 'signed' ? input.now : '' });
  store.audit({
    actorId: input.actor.id,
    action: decision === 'signed' ? 'session.fellow_signed' : 'session.fellow_disagreed',
    collection: 'mentoring_sessions',
    record: session.id,
    details: { round: session.round, state },
  });
  const actorName = store.findUser(input.actor.id)?.name ?? '';
  store.notify({
    user: session.mentor,
    kind: decision === 'signed' ? 'fellow_signed' : 'fellow_disagreed',
    session: session.id,
    actor: input.actor.id,
    data: { actorName, date: session.date },
  });
  if (state === 'signed') notifyFellows(store, session, 'session_signed', session.mentor);
  return sessionReply(store, session.id, input);
}

/** POST /sessions/{id}/actions/{actionId}: tick an agreed action done (or not). */
export function tickAction(store: MentoringStore, input: RouteInput): Reply {
  const bundle = visible(store, input);
  if (isReply(bundle)) return bundle;
  const { session } = bundle;
  if (session.mentor !== input.actor.id && !session.fellows.includes(input.actor.id))
    return fail(403, 'forbidden', 'Only the session’s mentor and fellows tick its actions.');
  const actionId = input.params.actionId ?? '';
  if (!effectiveContent(bundle).actions.some((a) => a.id === actionId))
    return fail(404, 'not_found', 'This session has no such action.');
  if (typeof input.body.done !== 'boolean')
    return fail(400, 'invalid_request', 'Send { done: true or false }.', [
      { code: 'done_invalid', field: 'done', message: 'done must be true or false.' },
    ]);
  store.saveTick(session.id, actionId, input.body.done, input.actor.id);
  return sessionReply(store, session.id, input);
}

const NOT_AMENDABLE = new Set(['fellows']);

/** POST /sessions/{id}/amendments: a correction of a locked session, shown with the original. */
export function amendSession(store: MentoringStore, input: RouteInput): Reply {
  const bundle = ownSession(store, input);
  if (isReply(bundle)) return bundle;
  const { session } = bundle;
  if (session.state !== 'signed')
    return fail(409, 'session_not_signed', 'Only a signed session is amended; edit this one instead.');
  const reason = typeof input.body.reason === 'string' ? input.body.reason.trim() : '';
  const changes = (input.body.changes ?? {}) as Record<string, unknown>;
  const errors = [];
  if (!reason) errors.push({ code: 'reason_required', field: 'reason', message: 'Say why the session is amended.' });
  if (typeof changes !== 'object' || Array.isArray(changes) || Object.keys(changes).length === 0)
    errors.push({ code: 'changes_required', field: 'changes', message: 'Say what changes.' });
  else
    for (const field of Object.keys(changes))
      if (NOT_AMENDABLE.has(field) || !(CONTENT_FIELDS as readonly string[]).includes(field))
        errors.push({
          code: 'change_not_allowed',
          field: 'changes',
          message: `${field} cannot be amended.`,
          value: field,
        });
  if (errors.length) return fail(400, 'invalid_request', 'The amendment is not valid: see errors.', errors);

  const before = effectiveContent(bundle);
  const after = applySessionInput(before, changes, input.newId);
  const problems = validateSession(after, {
    today: latestDayOnEarth(input.now),
    mentorId: input.actor.id,
    // The fellows are not amendable: whoever was there stays, also after a re-pairing.
    activeMentees: new Set(session.fellows),
    allowOldDate: true,
  });
  if (problems.length) return fail(400, 'invalid_session', 'The amended session is not valid: see errors.', problems);
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of Object.keys(changes) as (keyof SessionContent)[])
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      diff[field] = { from: before[field], to: after[field] };
  if (Object.keys(diff).length === 0)
    return fail(400, 'invalid_request', 'The amendment changes nothing.', [
      { code: 'changes_required', field: 'changes', message: 'Nothing differs from the session.' },
    ]);
  const id = store.createAmendment({ session: session.id, author: input.actor.id, changes: diff, reason });
  store.audit({
    actorId: input.actor.id,
    action: 'session.amended',
    collection: 'session_amendments',
    record: id,
    details: { session: session.id, fields: Object.keys(diff) },
  });
  notifyFellows(store, session, 'session_amended', input.actor.id);
  return sessionReply(store, session.id, input, 201);
}

/** GET /sessions/{id}: one session as the actor may see it. */
export function getSession(store: MentoringStore, input: RouteInput): Reply {
  const bundle = visible(store, input);
  if (isReply(bundle)) return bundle;
  return sessionReply(store, bundle.session.id, input);
}

/** GET /sessions/{id}/notes: the confidential notes, for their mentor and coordinators; every read audited. */
export function readNotes(store: MentoringStore, input: RouteInput): Reply {
  const bundle = loadOne(store, input.params.id ?? '');
  const allowed = bundle && (input.actor.role === 'coordinator' || bundle.session.mentor === input.actor.id);
  // Everyone else gets the same answer as for a session that does not exist.
  if (!bundle || !allowed) return fail(404, 'not_found', 'There is no such session.');
  const notes = store.findNotes(bundle.session.id);
  store.audit({
    actorId: input.actor.id,
    action: 'session_notes.read',
    collection: 'session_notes',
    record: bundle.session.id,
    details: { role: input.actor.role },
  });
  return ok({ text: notes?.text ?? '', updated: notes?.updated ?? '' });
}

/** PUT /sessions/{id}/notes: the mentor writes notes; they are not part of the signed record. */
export function writeNotes(store: MentoringStore, input: RouteInput): Reply {
  const bundle = loadOne(store, input.params.id ?? '');
  if (!bundle || bundle.session.mentor !== input.actor.id) return fail(404, 'not_found', 'There is no such session.');
  const text = input.body.text;
  if (typeof text !== 'string' || text.length > MAX_NOTES)
    return fail(400, 'invalid_request', `Send { text } of at most ${MAX_NOTES} characters.`, [
      { code: 'text_too_long', field: 'text', message: `Notes are text of at most ${MAX_NOTES} characters.` },
    ]);
  const saved = store.saveNotes(bundle.session.id, input.actor.id, text);
  store.audit({
    actorId: input.actor.id,
    action: 'session_notes.written',
    collection: 'session_notes',
    record: bundle.session.id,
    details: {},
  });
  return ok(saved);
}
