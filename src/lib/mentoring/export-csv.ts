import type { Reply } from '../records/store';
import { isIsoDate } from './dates';
import { countsForHours, currentSignatures, effectiveContent } from './hours';
import { fail, type Actor, type MentoringStore } from './store';
import type { SessionBundle } from './types';
import { byText } from './compare';

/** Excel opens a UTF-8 file as UTF-8 (and shows Georgian) only when it starts with a BOM. */
export const BOM = '\uFEFF';

const COLUMNS = [
  'session_id',
  'date',
  'mentor',
  'fellow',
  'cohort',
  'program',
  'kind',
  'mode',
  'minutes',
  'topics',
  'functions',
  'state',
  'fellow_decision',
  'counts_for_hours',
  'summary',
  'actions',
  'amendments',
] as const;

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: quoted when it holds a comma, quote or line break; formulas neutralised for spreadsheets. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.has(text.charAt(0))) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export type CsvContext = {
  names: Map<string, string>;
  /** Cohort and programme names of a fellow. */
  placement: (fellow: string) => { cohort: string; program: string };
  /** Confidential notes by session id: only in the coordinator's export. */
  notes?: Map<string, string>;
  /** Only these fellows' rows (a cohort export leaves out fellows of other cohorts). */
  fellowFilter?: (fellow: string) => boolean;
};

/** The log as CSV: one row per fellow per session, effective (amended) values. */
export function sessionsCsv(bundles: SessionBundle[], context: CsvContext): string {
  const columns: string[] = [...COLUMNS, ...(context.notes ? ['confidential_notes'] : [])];
  const lines = [columns.join(',')];
  const sorted = [...bundles].sort(
    (a, b) => byText(a.session.date, b.session.date) || byText(a.session.id, b.session.id),
  );
  for (const bundle of sorted) {
    const { session } = bundle;
    const content = effectiveContent(bundle);
    const decisions = currentSignatures(bundle);
    const counts = countsForHours(bundle);
    const actions = content.actions.map((a) => `${a.text}${a.due ? ` (${a.due})` : ''}`).join('; ');
    const amendments = bundle.amendments.map((a) => `${a.created.slice(0, 10)}: ${a.reason}`).join('; ');
    for (const fellow of session.fellows) {
      if (context.fellowFilter && !context.fellowFilter(fellow)) continue;
      const place = context.placement(fellow);
      const row = [
        session.id,
        content.date,
        context.names.get(session.mentor) ?? '',
        context.names.get(fellow) ?? '',
        place.cohort,
        place.program,
        content.kind,
        content.mode,
        content.minutes,
        content.topics.join('; '),
        content.functions.join('; '),
        session.state,
        decisions.get(fellow)?.decision ?? '',
        counts ? 'yes' : 'no',
        content.summary,
        actions,
        amendments,
        ...(context.notes ? [context.notes.get(session.id) ?? ''] : []),
      ];
      lines.push(row.map(csvField).join(','));
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}

type ExportInput = { actor: Actor; params: Record<string, string>; query: Record<string, string> };

function inRange(query: Record<string, string>) {
  const from = isIsoDate(query.from) ? query.from : '';
  const to = isIsoDate(query.to) ? query.to : '';
  return (b: SessionBundle) =>
    b.session.state !== 'draft' && (!from || b.session.date >= from) && (!to || b.session.date <= to);
}

/** Each fellow's cohort and programme; a cohort export names its own cohort for everyone. */
function placements(store: MentoringStore, fellows: string[], cohortId?: string) {
  const cohorts = new Map<string, { cohort: string; program: string }>();
  const place = (id: string) => {
    if (!cohorts.has(id)) {
      const cohort = store.findCohort(id);
      const program = cohort ? store.findProgram(cohort.programId) : null;
      cohorts.set(id, { cohort: cohort?.name ?? '', program: program?.slug ?? '' });
    }
    return cohorts.get(id)!;
  };
  const result = new Map<string, { cohort: string; program: string }>();
  for (const fellow of fellows) {
    if (cohortId) {
      result.set(fellow, place(cohortId));
      continue;
    }
    const ms = store.mentorships({ fellow });
    const chosen = ms.find((m) => m.status === 'active') ?? ms[0];
    result.set(fellow, chosen ? place(chosen.cohort) : { cohort: '', program: '' });
  }
  return (fellow: string) => result.get(fellow) ?? { cohort: '', program: '' };
}

function names(store: MentoringStore, bundles: SessionBundle[]) {
  const ids = new Set<string>();
  bundles.forEach((b) => [b.session.mentor, ...b.session.fellows].forEach((id) => ids.add(id)));
  return new Map(store.usersByIds([...ids]).map((u) => [u.id, u.name]));
}

const csvReply = (csv: string, filename: string): Reply => ({ status: 200, body: { csv, filename } });

/** GET /export/mentor.csv: the mentor's own log, without confidential notes. */
export function exportMentorLog(store: MentoringStore, input: ExportInput): Reply {
  if (input.actor.role !== 'mentor') return fail(403, 'forbidden', 'Only mentors export their log.');
  const bundles = store.loadSessions({ mentor: input.actor.id }).filter(inRange(input.query));
  const fellows = [...new Set(bundles.flatMap((b) => b.session.fellows))];
  const csv = sessionsCsv(bundles, { names: names(store, bundles), placement: placements(store, fellows) });
  store.audit({
    actorId: input.actor.id,
    action: 'export.mentor_log',
    collection: 'mentoring_sessions',
    record: '',
    details: { sessions: bundles.length, from: input.query.from ?? '', to: input.query.to ?? '' },
  });
  return csvReply(csv, 'mentoring-log.csv');
}

/** GET /export/cohorts/{id}.csv: a cohort's log with confidential notes, for coordinators; audited. */
export function exportCohortLog(store: MentoringStore, input: ExportInput): Reply {
  if (input.actor.role !== 'coordinator') return fail(403, 'forbidden', 'Only coordinators export a cohort’s log.');
  const cohort = store.findCohort(input.params.id ?? '');
  if (!cohort) return fail(404, 'not_found', 'There is no such cohort.');
  const members = new Set(store.mentorships({ cohort: cohort.id }).map((m) => m.fellow));
  const bundles = store.loadSessions({ cohort: cohort.id }).filter(inRange(input.query));
  const notes = store.notesOf(bundles.map((b) => b.session.id));
  const csv = sessionsCsv(bundles, {
    names: names(store, bundles),
    placement: placements(store, [...members], cohort.id),
    notes,
    fellowFilter: (fellow) => members.has(fellow),
  });
  store.audit({
    actorId: input.actor.id,
    action: 'export.cohort_log',
    collection: 'cohorts',
    record: cohort.id,
    details: { sessions: bundles.length, withNotes: true, from: input.query.from ?? '', to: input.query.to ?? '' },
  });
  return csvReply(csv, `cohort-${cohort.id}-mentoring-log.csv`);
}
