import { currentSignatures, effectiveContent } from './hours';
import type { Actor, UserRow } from './store';
import type { SessionBundle } from './types';
import { byText } from './compare';

const person = (users: Map<string, UserRow>, id: string) => ({ id, name: users.get(id)?.name ?? '' });

/** Who may see a session at all: its mentor, coordinators, and its fellows once the mentor has signed. */
export function canSeeSession(bundle: SessionBundle, actor: Actor): boolean {
  const { session } = bundle;
  if (actor.role === 'coordinator' || session.mentor === actor.id) return true;
  return session.fellows.includes(actor.id) && session.state !== 'draft';
}

/** The user ids a list of sessions mentions, to load their names at once. */
export function peopleOf(bundles: SessionBundle[]): string[] {
  const ids = new Set<string>();
  for (const { session, amendments } of bundles) {
    ids.add(session.mentor);
    session.fellows.forEach((f) => ids.add(f));
    amendments.forEach((a) => ids.add(a.author));
  }
  return [...ids];
}

/**
 * A session as the routes answer it (docs/mentoring-api.md). Never carries confidential notes;
 * `hasNotes` only for the mentor and coordinators.
 */
export function sessionView(bundle: SessionBundle, users: Map<string, UserRow>, actor: Actor, hasNotes = false) {
  const { session } = bundle;
  const signatures = currentSignatures(bundle);
  const done = new Map(bundle.ticks.map((t) => [t.action, t.done]));
  const withDone = <T extends { id: string }>(actions: T[]) =>
    actions.map((a) => ({ ...a, done: done.get(a.id) ?? false }));
  const effective = effectiveContent(bundle);
  const view = {
    id: session.id,
    mentor: person(users, session.mentor),
    fellows: session.fellows.map((id) => {
      const s = signatures.get(id);
      return {
        ...person(users, id),
        signature: s ? { decision: s.decision, comment: s.comment, signedAt: s.signedAt } : null,
      };
    }),
    date: session.date,
    minutes: session.minutes,
    mode: session.mode,
    kind: session.kind,
    topics: session.topics,
    functions: session.functions,
    summary: session.summary,
    situation: session.situation,
    analysis: session.analysis,
    risk: session.risk,
    decision: session.decision,
    rationale: session.rationale,
    actions: withDone(session.actions),
    state: session.state,
    round: session.round,
    mentorSignedAt: session.mentorSignedAt,
    signedAt: session.signedAt,
    clientKey: session.clientKey,
    created: session.created,
    updated: session.updated,
    amendments: [...bundle.amendments]
      .sort((a, b) => byText(a.created, b.created))
      .map((a) => ({
        id: a.id,
        author: person(users, a.author),
        changes: a.changes,
        reason: a.reason,
        created: a.created,
      })),
    effective: {
      date: effective.date,
      minutes: effective.minutes,
      mode: effective.mode,
      kind: effective.kind,
      topics: effective.topics,
      functions: effective.functions,
      summary: effective.summary,
      actions: withDone(effective.actions),
      situation: effective.situation,
      analysis: effective.analysis,
      risk: effective.risk,
      decision: effective.decision,
      rationale: effective.rationale,
    },
  };
  const privileged = actor.role === 'coordinator' || actor.id === session.mentor;
  return privileged ? { ...view, hasNotes } : view;
}
