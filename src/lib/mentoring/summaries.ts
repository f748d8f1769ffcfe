import type { Reply } from '../records/store';
import { daysBetween, dayOf } from './dates';
import { currentSignatures, effectiveContent, minutesByFellow } from './hours';
import { fail, ok, type Actor, type MentoringStore, type UserRow } from './store';
import type { CohortRow, MentorshipRow, ProgramRow, SessionBundle } from './types';
import { peopleOf, sessionView } from './view';
import { byText } from './compare';

const RECENT = 100;

const newestFirst = (a: SessionBundle, b: SessionBundle) =>
  byText(b.session.date, a.session.date) || byText(b.session.created, a.session.created);

function programView(program: ProgramRow | null) {
  return (
    program && {
      id: program.id,
      slug: program.slug,
      title: program.title,
      supervisionHours: program.supervisionHours,
      maxSessionGapDays: program.maxSessionGapDays,
    }
  );
}

/** Cohorts and programmes by id, loaded once per reply. */
function catalog(store: MentoringStore) {
  const cohorts = new Map<string, CohortRow | null>();
  const programs = new Map<string, ProgramRow | null>();
  const cohort = (id: string) => {
    if (!cohorts.has(id)) cohorts.set(id, store.findCohort(id));
    return cohorts.get(id) ?? null;
  };
  const program = (id: string) => {
    if (!programs.has(id)) programs.set(id, store.findProgram(id));
    return programs.get(id) ?? null;
  };
  return { cohort, program };
}

/** The date of a fellow's last session that is not a draft nor disputed (what the gap is measured from). */
function lastSessionDate(bundles: SessionBundle[], fellow: string): string {
  let last = '';
  for (const { session } of bundles)
    if (session.fellows.includes(fellow) && session.state !== 'draft' && session.date > last) last = session.date;
  return last;
}

/** Overdue: no session for longer than the programme allows (counted from the mentorship's start when none). */
export function isOverdue(last: string, mentorshipStart: string, today: string, maxGapDays: number): boolean {
  if (maxGapDays <= 0) return false;
  return daysBetween(last || dayOf(mentorshipStart), today) > maxGapDays;
}

function usersMap(store: MentoringStore, ids: string[]) {
  return new Map(store.usersByIds(ids).map((u) => [u.id, u]));
}

/** GET /workspace: the mentor's fellows, flags, and recent sessions. */
export function mentorWorkspace(store: MentoringStore, input: { actor: Actor; now: string }): Reply {
  if (input.actor.role !== 'mentor') return fail(403, 'forbidden', 'The workspace is for mentors.');
  const today = dayOf(input.now);
  const mentorships = store.mentorships({ mentor: input.actor.id, status: 'active' });
  // Hours count every signed session of the fellow, also with earlier mentors.
  const all = store.loadSessions({ workspace: input.actor.id }, true);
  const own = all.filter((b) => b.session.mentor === input.actor.id);
  const fellowIds = mentorships.map((m) => m.fellow);
  const minutes = minutesByFellow(all);
  const progress = store.progressOf(fellowIds);
  const { cohort, program } = catalog(store);
  const users = usersMap(store, [...new Set([...fellowIds, ...peopleOf(own), input.actor.id])]);
  const topics = new Map<string, ProgramRow['supervisionTopics'][number]>();

  // Sessions by fellow, built once: a workspace has hundreds of sessions per mentor.
  const byFellow = new Map<string, SessionBundle[]>();
  for (const b of all)
    for (const f of b.session.fellows) {
      if (!byFellow.has(f)) byFellow.set(f, []);
      byFellow.get(f)!.push(b);
    }
  const fellows = mentorships.map((m) => {
    const c = cohort(m.cohort);
    const p = c ? program(c.programId) : null;
    p?.supervisionTopics.forEach((t) => topics.set(t.id, t));
    const theirs = byFellow.get(m.fellow) ?? [];
    const mine = theirs.filter((b) => b.session.mentor === input.actor.id);
    const last = lastSessionDate(theirs, m.fellow);
    const openActions = mine.reduce((n, b) => {
      if (b.session.state === 'draft') return n;
      const done = new Set(b.ticks.filter((t) => t.done).map((t) => t.action));
      // The fellow's own open actions and the mentor's towards them, not a group peer's.
      const open = effectiveContent(b).actions.filter(
        (a) => !done.has(a.id) && (a.owner === m.fellow || a.owner === input.actor.id),
      );
      return n + open.length;
    }, 0);
    const user = users.get(m.fellow);
    return {
      fellow: { id: m.fellow, name: user?.name ?? '', email: user?.email ?? '' },
      mentorship: { id: m.id, cohort: c && { id: c.id, name: c.name }, startedAt: m.startedAt },
      program: programView(p),
      hours: { signedMinutes: minutes.get(m.fellow) ?? 0, requiredMinutes: (p?.supervisionHours ?? 0) * 60 },
      lastSessionDate: last,
      flags: {
        overdue: isOverdue(last, m.startedAt, today, p?.maxSessionGapDays ?? 0),
        unsignedSessions: mine.filter((b) => b.session.state !== 'signed').length,
        disputedSessions: mine.filter((b) => b.session.state === 'disputed').length,
        openActions,
      },
      progress: progress.get(m.fellow) ?? { courses: 0, coursesCompleted: 0, modules: 0, modulesCompleted: 0 },
    };
  });
  const recentIds = [...own]
    .sort(newestFirst)
    .slice(0, RECENT)
    .map((b) => b.session.id);
  const recent = recentIds.length ? store.loadSessions({ ids: recentIds }).sort(newestFirst) : [];
  const lastLogged = [...own].sort((a, b) => byText(b.session.created, a.session.created))[0];
  return ok({
    mentor: { id: input.actor.id, name: users.get(input.actor.id)?.name ?? '' },
    fellows,
    sessions: recent.map((b) => sessionView(b, users, input.actor)),
    topics: [...topics.values()],
    lastMode: lastLogged?.session.mode ?? '',
  });
}

/** GET /me: a fellow's sessions (awaiting signature first), hours per programme, mentors, open actions. */
export function fellowSummary(store: MentoringStore, input: { actor: Actor; now: string }): Reply {
  const me = input.actor.id;
  const bundles = store.loadSessions({ fellow: me }).filter((b) => b.session.state !== 'draft');
  const users = usersMap(store, peopleOf(bundles));
  const awaiting = bundles
    .filter((b) => b.session.state === 'awaiting_fellows' && !currentSignatures(b).has(me))
    .sort((a, b) => byText(a.session.date, b.session.date));
  const awaitingIds = new Set(awaiting.map((b) => b.session.id));
  const others = bundles.filter((b) => !awaitingIds.has(b.session.id)).sort(newestFirst);
  const minutes = minutesByFellow(bundles).get(me) ?? 0;
  const mentorships = store.mentorships({ fellow: me });
  const { cohort, program } = catalog(store);
  const hours = [...new Set(mentorships.map((m) => m.cohort))].flatMap((cohortId) => {
    const c = cohort(cohortId);
    const p = c ? program(c.programId) : null;
    return c && p
      ? [
          {
            program: programView(p),
            cohort: { id: c.id, name: c.name },
            signedMinutes: minutes,
            requiredMinutes: p.supervisionHours * 60,
          },
        ]
      : [];
  });
  const mentorUsers = usersMap(
    store,
    mentorships.map((m) => m.mentor),
  );
  const mentors = mentorships
    .filter((m) => m.status === 'active')
    .map((m) => {
      const c = cohort(m.cohort);
      return {
        mentorship: m.id,
        mentor: { id: m.mentor, name: mentorUsers.get(m.mentor)?.name ?? '' },
        cohort: c && { id: c.id, name: c.name },
      };
    });
  const openActions = bundles.flatMap((b) => {
    const done = new Set(b.ticks.filter((t) => t.done).map((t) => t.action));
    return effectiveContent(b)
      .actions.filter((a) => !done.has(a.id))
      .map((action) => ({ session: b.session.id, action }));
  });
  const view = (b: SessionBundle) => sessionView(b, users, input.actor);
  return ok({
    awaiting: awaiting.map(view),
    sessions: others.slice(0, RECENT).map(view),
    hours,
    totalSignedMinutes: minutes,
    mentors,
    openActions,
  });
}

/** GET /cohorts: the cohorts a coordinator can open. */
export function listCohorts(store: MentoringStore, input: { actor: Actor }): Reply {
  if (input.actor.role !== 'coordinator') return fail(403, 'forbidden', 'Only coordinators see cohorts.');
  const { program } = catalog(store);
  return ok({
    cohorts: store.cohorts().map((c) => {
      const p = program(c.programId);
      return { id: c.id, name: c.name, program: p && { id: p.id, slug: p.slug, title: p.title } };
    }),
  });
}

const personOf = (users: Map<string, UserRow>, id: string) => ({ id, name: users.get(id)?.name ?? '' });

/** GET /cohorts/{id}/overview: mentorships with history, fellows behind on hours or gap, disputes. */
export function cohortOverview(
  store: MentoringStore,
  input: { actor: Actor; now: string; params: Record<string, string> },
): Reply {
  if (input.actor.role !== 'coordinator') return fail(403, 'forbidden', 'Only coordinators see a cohort overview.');
  const c = store.findCohort(input.params.id ?? '');
  if (!c) return fail(404, 'not_found', 'There is no such cohort.');
  const p = store.findProgram(c.programId);
  const today = dayOf(input.now);
  const mentorships = store.mentorships({ cohort: c.id });
  const bundles = store.loadSessions({ cohort: c.id });
  const minutes = minutesByFellow(bundles);
  const mentors = store.usersByRole('mentor');

  const byFellow = new Map<string, MentorshipRow[]>();
  // Enrolled fellows without a mentor yet are listed too: they are the ones to pair.
  for (const fellow of store.cohortMembers(c.id)) byFellow.set(fellow, []);
  for (const m of mentorships) byFellow.set(m.fellow, [...(byFellow.get(m.fellow) ?? []), m]);
  const users = usersMap(store, [...peopleOf(bundles), ...mentorships.map((m) => m.mentor), ...byFellow.keys()]);
  const required = (p?.supervisionHours ?? 0) * 60;
  const listed = [...byFellow.entries()].filter(
    ([id, history]) => history.length > 0 || users.get(id)?.role === 'fellow',
  );
  const fellows = listed.map(([fellow, history]) => {
    const active = history.find((m) => m.status === 'active');
    const first = [...history].sort((a, b) => byText(a.startedAt, b.startedAt))[0] as MentorshipRow | undefined;
    const last = lastSessionDate(bundles, fellow);
    const signed = minutes.get(fellow) ?? 0;
    return {
      fellow: personOf(users, fellow),
      mentor: active ? personOf(users, active.mentor) : null,
      hours: { signedMinutes: signed, requiredMinutes: required },
      lastSessionDate: last,
      belowHours: signed < required,
      overGap: !!active && isOverdue(last, first!.startedAt, today, p?.maxSessionGapDays ?? 0),
    };
  });
  return ok({
    cohort: { id: c.id, name: c.name, program: programView(p) },
    mentorships: mentorships
      .sort((a, b) => byText(b.startedAt, a.startedAt))
      .map((m) => ({
        id: m.id,
        mentor: personOf(users, m.mentor),
        fellow: personOf(users, m.fellow),
        status: m.status,
        startedAt: m.startedAt,
        endedAt: m.endedAt,
        endReason: m.endReason,
      })),
    fellows,
    disputed: bundles.filter((b) => b.session.state === 'disputed').map((b) => sessionView(b, users, input.actor)),
    mentors: mentors.map((m) => ({ id: m.id, name: m.name })),
  });
}
