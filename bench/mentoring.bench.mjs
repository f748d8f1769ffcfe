// The mentoring API under data a busy programme has: the mentor workspace (GET
// /api/ertad/mentoring/workspace) for a mentor with 30 fellows × 40 sessions, and the
// coordinator's cohort CSV export for 200 fellows × 40 sessions.
// ERTAD_BENCH_SMALL=1 shrinks both tenfold, to try the benchmark without the full wait.
import { ownPocketBase } from './lib/own-pocketbase.mjs';
import { percentile } from './lib/load.mjs';
import { benchCohort, mentoringLoad, tokenOf } from './lib/mentoring-data.mjs';

const SMALL = process.env.ERTAD_BENCH_SMALL === '1';
const WORKSPACE = { fellows: SMALL ? 3 : 30, sessions: 40, requests: SMALL ? 10 : 50, goalMs: 500 };
const COHORT = { fellows: SMALL ? 20 : 200, sessions: 40, mentors: SMALL ? 2 : 10, runs: SMALL ? 2 : 5, goalMs: 5000 };

async function timed(url, token) {
  const started = performance.now();
  const response = await fetch(url, { headers: { Authorization: token } });
  const body = await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

async function series(url, token, count, warmUp) {
  // Warm-up: each pooled JS runtime loads the hooks bundle on its first request.
  for (let i = 0; i < warmUp; i++) await timed(url, token);
  const runs = [];
  for (let i = 0; i < count; i++) runs.push(await timed(url, token));
  return { ms: runs.map((r) => r.ms), bytes: runs[0].bytes };
}

export async function run() {
  const server = await ownPocketBase();
  try {
    const admin = server.admin();
    const cohort = await benchCohort(admin);

    const one = await mentoringLoad(admin, {
      cohort,
      mentorCount: 1,
      fellowCount: WORKSPACE.fellows,
      sessionsEach: WORKSPACE.sessions,
    });
    const workspace = await series(
      `${server.url}/api/ertad/mentoring/workspace`,
      await tokenOf(admin, one.mentors[0].id),
      WORKSPACE.requests,
      10,
    );

    const bigCohort = await benchCohort(admin);
    await mentoringLoad(admin, {
      cohort: bigCohort,
      mentorCount: COHORT.mentors,
      fellowCount: COHORT.fellows,
      sessionsEach: COHORT.sessions,
    });
    const coordinator = await admin.collection('users').create({
      email: `coordinator-${Date.now()}@bench.ertad.example`,
      password: 'bench-mentoring-password',
      passwordConfirm: 'bench-mentoring-password',
      name: 'Bench coordinator',
      role: 'coordinator',
    });
    const csv = await series(
      `${server.url}/api/ertad/mentoring/export/cohorts/${bigCohort.id}/log.csv`,
      await tokenOf(admin, coordinator.id),
      COHORT.runs,
      1,
    );

    const p95 = percentile(workspace.ms, 95);
    const csvWorst = Math.max(...csv.ms);
    return [
      {
        title: 'Mentoring API',
        rows: [
          {
            request: `GET workspace (${WORKSPACE.fellows} fellows × ${WORKSPACE.sessions} sessions)`,
            runs: WORKSPACE.requests,
            p50ms: percentile(workspace.ms, 50),
            p95ms: p95,
            kB: Math.round(workspace.bytes / 1024),
            goal: `p95 < ${WORKSPACE.goalMs} ms: ${p95 < WORKSPACE.goalMs ? 'met' : 'missed'}`,
          },
          {
            request: `GET cohort CSV (${COHORT.fellows} fellows × ${COHORT.sessions} sessions, with notes)`,
            runs: COHORT.runs,
            p50ms: percentile(csv.ms, 50),
            p95ms: csvWorst,
            kB: Math.round(csv.bytes / 1024),
            goal: `slowest < ${COHORT.goalMs} ms: ${csvWorst < COHORT.goalMs ? 'met' : 'missed'}`,
          },
        ],
      },
    ];
  } finally {
    await server.stop();
  }
}
