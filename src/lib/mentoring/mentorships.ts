import type { Reply } from '../records/store';
import { fail, ok, type Actor, type MentoringStore } from './store';
import type { MentorshipRow } from './types';

type Input = { actor: Actor; body: Record<string, unknown>; params: Record<string, string>; now: string };

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function checkPair(store: MentoringStore, mentor: string, fellow: string, cohort: string): Reply | null {
  const errors = [];
  if (store.findUser(mentor)?.role !== 'mentor')
    errors.push({ code: 'mentor_invalid', field: 'mentor', message: 'Choose a person with the mentor role.' });
  if (store.findUser(fellow)?.role !== 'fellow')
    errors.push({ code: 'fellow_invalid', field: 'fellow', message: 'Choose a person with the fellow role.' });
  if (!store.findCohort(cohort)) errors.push({ code: 'cohort_invalid', field: 'cohort', message: 'Choose a cohort.' });
  return errors.length ? fail(400, 'invalid_request', 'The pairing is not valid: see errors.', errors) : null;
}

function start(store: MentoringStore, input: Input, mentor: string, fellow: string, cohort: string) {
  const row: Omit<MentorshipRow, 'id'> = {
    mentor,
    fellow,
    cohort,
    status: 'active',
    startedAt: input.now,
    endedAt: '',
    endReason: '',
  };
  const id = store.saveMentorship(row);
  store.audit({
    actorId: input.actor.id,
    action: 'mentorship.paired',
    collection: 'mentorships',
    record: id,
    details: { mentor, fellow, cohort },
  });
  return { ...row, id };
}

function end(store: MentoringStore, input: Input, mentorship: MentorshipRow, reason: string, action: string) {
  const ended = { ...mentorship, status: 'ended' as const, endedAt: input.now, endReason: reason };
  store.saveMentorship(ended);
  store.audit({
    actorId: input.actor.id,
    action,
    collection: 'mentorships',
    record: mentorship.id,
    details: { reason },
  });
  return ended;
}

const coordinatorsOnly = (actor: Actor) =>
  actor.role === 'coordinator' ? null : fail(403, 'forbidden', 'Only coordinators pair mentors and fellows.');

/** POST /mentorships: a coordinator pairs a mentor and a fellow in a cohort. */
export function pair(store: MentoringStore, input: Input): Reply {
  const denied = coordinatorsOnly(input.actor);
  if (denied) return denied;
  const [mentor, fellow, cohort] = [str(input.body.mentor), str(input.body.fellow), str(input.body.cohort)];
  const problem = checkPair(store, mentor, fellow, cohort);
  if (problem) return problem;
  if (store.mentorships({ fellow, cohort, status: 'active' }).length)
    return fail(409, 'already_paired', 'This fellow already has a mentor in this cohort: re-pair instead.');
  return ok({ mentorship: start(store, input, mentor, fellow, cohort) }, 201);
}

function activeOne(store: MentoringStore, input: Input): MentorshipRow | Reply {
  const mentorship = store.findMentorship(input.params.id ?? '');
  if (!mentorship) return fail(404, 'not_found', 'There is no such mentorship.');
  if (mentorship.status !== 'active') return fail(409, 'mentorship_ended', 'This mentorship has already ended.');
  return mentorship;
}

const reasonError = () =>
  fail(400, 'invalid_request', 'Give a reason.', [{ code: 'reason_required', field: 'reason', message: 'Say why.' }]);

/** POST /mentorships/{id}/end: ends a mentorship; its sessions and hours stay. */
export function endMentorship(store: MentoringStore, input: Input): Reply {
  const denied = coordinatorsOnly(input.actor);
  if (denied) return denied;
  const mentorship = activeOne(store, input);
  if ('status' in mentorship && typeof mentorship.status === 'number') return mentorship as Reply;
  const reason = str(input.body.reason);
  if (!reason) return reasonError();
  return ok({ mentorship: end(store, input, mentorship as MentorshipRow, reason, 'mentorship.ended') });
}

/** POST /mentorships/{id}/repair: ends this mentorship and starts one with another mentor (history kept). */
export function repair(store: MentoringStore, input: Input): Reply {
  const denied = coordinatorsOnly(input.actor);
  if (denied) return denied;
  const found = activeOne(store, input);
  if ('status' in found && typeof found.status === 'number') return found as Reply;
  const old = found as MentorshipRow;
  const reason = str(input.body.reason);
  const mentor = str(input.body.mentor);
  if (!reason) return reasonError();
  const problem = checkPair(store, mentor, old.fellow, old.cohort);
  if (problem) return problem;
  if (mentor === old.mentor)
    return fail(400, 'invalid_request', 'Choose a different mentor.', [
      { code: 'mentor_invalid', field: 'mentor', message: 'This is already the mentor.' },
    ]);
  const ended = end(store, input, old, reason, 'mentorship.repaired');
  return ok({ ended, mentorship: start(store, input, mentor, old.fellow, old.cohort) }, 201);
}
