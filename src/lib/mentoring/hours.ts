import type { MentoringStore } from './store';
import { applySessionInput, CONTENT_FIELDS, contentOf } from './session-input';
import type { SessionBundle, SessionContent, SignatureRow } from './types';
import { byText } from './compare';

/**
 * The session as amended: the signed original with every amendment applied in order. Without
 * amendments it is the session itself (not a copy: callers only read it, and summaries call this
 * for every session of a workspace).
 */
export function effectiveContent(bundle: SessionBundle): SessionContent {
  if (bundle.amendments.length === 0) return bundle.session;
  const amendments = [...bundle.amendments].sort((a, b) => byText(a.created, b.created));
  let content = contentOf(bundle.session);
  for (const amendment of amendments) {
    const body: Record<string, unknown> = {};
    for (const [field, change] of Object.entries(amendment.changes))
      if ((CONTENT_FIELDS as readonly string[]).includes(field)) body[field] = change.to;
    content = applySessionInput(content, body, () => 'amended');
  }
  return content;
}

/** Each fellow's decision in the session's current round. */
export function currentSignatures(bundle: SessionBundle): Map<string, SignatureRow> {
  return new Map(
    bundle.signatures.filter((s) => s.round === bundle.session.round).map((signature) => [signature.fellow, signature]),
  );
}

/**
 * Only a session signed by its mentor and every one of its fellows counts; a disputed one counts
 * for nobody until it is resolved. The state says exactly that: `signed` is reached only then.
 */
export function countsForHours(bundle: SessionBundle): boolean {
  return bundle.session.state === 'signed' && bundle.session.mentorSignedAt !== '';
}

/**
 * Signed minutes per fellow. A group session counts its full (amended) duration for each of its
 * fellows; sessions of ended mentorships still count, as the supervision happened.
 */
export function minutesByFellow(bundles: SessionBundle[]): Map<string, number> {
  const minutes = new Map<string, number>();
  for (const bundle of bundles) {
    if (!countsForHours(bundle)) continue;
    const content = effectiveContent(bundle);
    for (const fellow of bundle.session.fellows) minutes.set(fellow, (minutes.get(fellow) ?? 0) + content.minutes);
  }
  return minutes;
}

/** The state after a fellow's decision: disputed as soon as one disagrees, signed once all signed. */
export function stateAfterDecisions(fellows: string[], decisions: Map<string, SignatureRow>) {
  if ([...decisions.values()].some((s) => s.decision === 'disagreed')) return 'disputed' as const;
  return fellows.every((fellow) => decisions.get(fellow)?.decision === 'signed')
    ? ('signed' as const)
    : ('awaiting_fellows' as const);
}

/**
 * A fellow's supervision sessions in a programme, as the certificate rule counts them: the sessions
 * with the mentors they had (active or ended) in that programme's cohorts.
 */
export function programSupervision(
  store: Pick<MentoringStore, 'mentorships' | 'findCohort' | 'loadSessions'>,
  fellow: string,
  programId: string,
): { minutes: number; signedByBoth: boolean }[] {
  const mentors = new Set(
    store
      .mentorships({ fellow })
      .filter((m) => store.findCohort(m.cohort)?.programId === programId)
      .map((m) => m.mentor),
  );
  return store
    .loadSessions({ fellow })
    .filter((bundle) => mentors.has(bundle.session.mentor))
    .map((bundle) => ({ minutes: effectiveContent(bundle).minutes, signedByBoth: countsForHours(bundle) }));
}
