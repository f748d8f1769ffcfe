import type PocketBase from 'pocketbase';
import { signedInAs, superuser } from './clients';

/** Calls a mentoring route (docs/mentoring-api.md) and returns status and parsed body, whatever the status. */
export async function api(pb: PocketBase, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (pb.authStore.token) headers.Authorization = pb.authStore.token;
  const response = await fetch(pb.buildURL(`/api/ertad/mentoring${path}`), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // CSV and empty replies stay text.
  }
  return { status: response.status, body: parsed, headers: response.headers, text };
}

let keys = 0;
export function clientKey() {
  keys += 1;
  return `k${process.pid}x${Date.now()}x${keys}`;
}

/** `days` before today, `YYYY-MM-DD` in UTC (the server's calendar). */
export function daysAgo(days: number) {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

let cohorts = 0;
/** A programme (24 h, gap 30 days, two topics) and a cohort of it, made as the superuser. */
export async function programCohort(hours = 24) {
  const admin = superuser();
  cohorts += 1;
  const slug = `mentoring-${process.pid}-${Date.now()}-${cohorts}`;
  const program = await admin.collection('programs').create({
    slug,
    title: { ka: 'პროგრამა', en: 'Programme' },
    supervisionHours: hours,
    maxSessionGapDays: 30,
    supervisionTopics: [
      { id: 'ethics', title: { en: 'Ethics', ka: 'ეთიკა' } },
      { id: 'self-care', title: { en: 'Self-care', ka: 'თვითზრუნვა' } },
    ],
  });
  const cohort = await admin.collection('cohorts').create({ program: program.id, name: `Cohort ${slug}` });
  return { program, cohort };
}

/**
 * The cast of the authorization tables: mentor of fellows A and B (in one cohort), another mentor,
 * fellows A and B, a fellow of the other mentor, a coordinator and a trainer.
 */
export async function mentoringCast() {
  const [mentor, otherMentor, fellowA, fellowB, fellowC, coordinator, trainer] = await Promise.all([
    signedInAs('mentor'),
    signedInAs('mentor'),
    signedInAs('fellow'),
    signedInAs('fellow'),
    signedInAs('fellow'),
    signedInAs('coordinator'),
    signedInAs('trainer'),
  ]);
  const { program, cohort } = await programCohort();
  const pair = async (m: typeof mentor, f: typeof fellowA) => {
    const reply = await api(coordinator.pb, 'POST', '/mentorships', {
      mentor: m.record.id,
      fellow: f.record.id,
      cohort: cohort.id,
    });
    if (reply.status !== 201) throw new Error(`pairing failed: ${JSON.stringify(reply.body)}`);
    return reply.body.mentorship;
  };
  const mentorshipA = await pair(mentor, fellowA);
  const mentorshipB = await pair(mentor, fellowB);
  const mentorshipC = await pair(otherMentor, fellowC);
  return {
    mentor,
    otherMentor,
    fellowA,
    fellowB,
    fellowC,
    coordinator,
    trainer,
    program,
    cohort,
    mentorships: { A: mentorshipA, B: mentorshipB, C: mentorshipC },
  };
}

export type Cast = Awaited<ReturnType<typeof mentoringCast>>;

/** A valid session body for the given fellows. */
export function sessionBody(fellows: string[], extra: Record<string, unknown> = {}) {
  return {
    clientKey: clientKey(),
    date: daysAgo(1),
    minutes: 60,
    mode: 'online',
    kind: fellows.length > 1 ? 'group_supervision' : 'individual_supervision',
    fellows,
    topics: ['ethics'],
    functions: ['support'],
    summary: 'We talked about boundaries.',
    actions: [{ text: 'Read the ethics code', owner: fellows[0], due: daysAgo(0) }],
    ...extra,
  };
}

/** Logs and mentor-signs a session; returns it. */
export async function loggedSession(mentor: PocketBase, fellows: string[], extra: Record<string, unknown> = {}) {
  const reply = await api(mentor, 'POST', '/sessions', sessionBody(fellows, { sign: true, ...extra }));
  if (reply.status !== 201) throw new Error(`logging failed: ${JSON.stringify(reply.body)}`);
  return reply.body.session;
}

/** A session signed by the mentor and every fellow (locked). */
export async function signedSession(cast: Cast, fellows: { pb: PocketBase }[], extra: Record<string, unknown> = {}) {
  const session = await loggedSession(
    cast.mentor.pb,
    fellows.map((f) => (f as { record: { id: string } } & { pb: PocketBase }).record.id),
    extra,
  );
  let last;
  for (const fellow of fellows)
    last = await api(fellow.pb, 'POST', `/sessions/${session.id}/signature`, { decision: 'signed' });
  return last!.body.session;
}
