// Quiz grading through POST /api/ertad/quizzes/{slug}/attempts next to plain record creates on the
// same PocketBase, the attempts stored against those acknowledged, and a SIGKILL in mid-load.
import { cpus, loadavg } from 'node:os';
import { compareWithStored, newLedger, storedAttempts } from './lib/attempt-ledger.mjs';
import { retryUnanswered, submitAttempts } from './lib/attempt-load.mjs';
import { gradingServer } from './lib/grading-server.mjs';
import { after, loadSummary, mergeRuns, runClients } from './lib/load.mjs';
import { createReflections } from './lib/reflection-load.mjs';

const CLIENTS = 50;
/** Create and grading runs at CLIENTS alternate this many times, ROUND_SECONDS each. */
const ROUNDS = 4;
const ROUND_SECONDS = 5;
const WARM_UP_SECONDS = 2;
const SERVICE_SECONDS = 5;
const KILL_AFTER_SECONDS = 5;

const met = (ok) => (ok ? 'met' : 'missed');
const times = (a, b) => `${(a / b).toFixed(2)}×`;

async function measure(clients, seconds, request) {
  await runClients({ clients, stop: after(WARM_UP_SECONDS), request });
  return loadSummary(await runClients({ clients, stop: after(seconds), request }));
}

/**
 * Creates and grading at CLIENTS in turn, ROUNDS times: the speed of a shared machine drifts by
 * 20–30 % within a minute, and alternating puts the drift on both rather than on whichever ran second.
 * Returns both requests' runs merged, and the cost of grading (create ÷ grading throughput) per round.
 */
async function alternate(create, grade) {
  const runs = { create: [], grade: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, request] of [
      ['create', create],
      ['grade', grade],
    ]) {
      await runClients({ clients: CLIENTS, stop: after(1), request });
      runs[name].push(await runClients({ clients: CLIENTS, stop: after(ROUND_SECONDS), request }));
    }
  }
  const costs = runs.create.map((c, i) => loadSummary(c).perSecond / loadSummary(runs.grade[i]).perSecond);
  return { create: loadSummary(mergeRuns(runs.create)), grade: loadSummary(mergeRuns(runs.grade)), costs };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const loadRow = (request, clients, s, goal) => ({
  request,
  clients,
  ok: s.ok,
  other: s.others,
  perSecond: s.perSecond,
  p50ms: s.p50,
  p95ms: s.p95,
  p99ms: s.p99,
  goal,
});

/** Grading against creates: p95 and cost (the inverse of throughput, or `cost` when given) as multiples. */
function ratioRow(clients, grading, create, cost = create.perSecond / grading.perSecond) {
  const ok = grading.p95 / create.p95 < 2 && cost < 2;
  return {
    request: 'grading ÷ create',
    clients,
    ok: '',
    other: '',
    perSecond: `cost ${cost.toFixed(2)}×`,
    p50ms: times(grading.p50, create.p50),
    p95ms: times(grading.p95, create.p95),
    p99ms: times(grading.p99, create.p99),
    goal: clients === CLIENTS ? `cost ≤ 3×: ${met(cost <= 3)}; < 2× in p95 and cost: ${met(ok)}` : '',
  };
}

function ledgerRows(c) {
  return [
    { count: 'acknowledged but not stored (lost)', value: c.lost, goal: `0: ${met(c.lost === 0)}` },
    { count: 'keys stored twice (doubled)', value: c.doubled, goal: `0: ${met(c.doubled === 0)}` },
    { count: 'stored keys no client sent', value: c.unknown, goal: `0: ${met(c.unknown === 0)}` },
  ];
}

async function loadAndLedger() {
  const { server, fellows, course, quiz, source } = await gradingServer(CLIENTS);
  try {
    const ledger = newLedger();
    const create = createReflections({ url: server.url, course: course.id, fellows });
    const grade = submitAttempts({ url: server.url, quiz, fellows, ledger });
    const serviceCreate = await measure(1, SERVICE_SECONDS, create);
    const serviceGrade = await measure(1, SERVICE_SECONDS, grade);
    const load = await alternate(create, grade);
    const stored = compareWithStored(ledger, await storedAttempts(server.admin(), quiz.id));
    const p95Goal = (s) => `p95 < 50 ms: ${met(s.p95 < 50)}`;
    const machine = `${cpus().length} CPUs shared with the load generator, load average ${loadavg()[0].toFixed(1)}`;
    return [
      {
        title:
          `Grading route vs plain create (quiz copied from ${source}; ${machine}). At ${CLIENTS} clients, ${ROUNDS} ` +
          `alternating rounds of ${ROUND_SECONDS} s each; the cost is the median of the rounds' ` +
          `${load.costs.map((c) => `${c.toFixed(2)}×`).join(', ')}`,
        rows: [
          loadRow('grade + store an attempt (route)', 1, serviceGrade, ''),
          loadRow('create a reflection (records API)', 1, serviceCreate, ''),
          ratioRow(1, serviceGrade, serviceCreate),
          loadRow('grade + store an attempt (route)', CLIENTS, load.grade, p95Goal(load.grade)),
          loadRow('create a reflection (records API)', CLIENTS, load.create, p95Goal(load.create)),
          ratioRow(CLIENTS, load.grade, load.create, median(load.costs)),
        ],
      },
      {
        title: 'Grading run: attempts in the database vs acknowledged submissions',
        rows: [
          { count: 'acknowledged submissions (2xx)', value: stored.acknowledged, goal: '' },
          {
            count: 'attempts stored',
            value: stored.stored,
            goal: `= acknowledged: ${met(stored.stored === stored.acknowledged)}`,
          },
          ...ledgerRows(stored),
        ],
      },
    ];
  } finally {
    await server.stop();
  }
}

/** Grading load until SIGKILL, a restart on the same data, the comparison, then the unanswered retried. */
async function killMidLoad() {
  const { server, fellows, quiz } = await gradingServer(CLIENTS);
  try {
    const ledger = newLedger();
    let killed = false;
    const request = submitAttempts({ url: server.url, quiz, fellows, ledger });
    const load = runClients({ clients: CLIENTS, stop: () => killed, request });
    await new Promise((resolve) => setTimeout(resolve, KILL_AFTER_SECONDS * 1000));
    killed = true;
    await server.kill();
    await load;
    await server.restart();
    const unanswered = ledger.unanswered.size;
    const restarted = compareWithStored(ledger, await storedAttempts(server.admin(), quiz.id));
    const retried = await retryUnanswered({ url: server.url, quiz, ledger });
    const retriedOk = compareWithStored(ledger, await storedAttempts(server.admin(), quiz.id));
    const inFlightOnly = restarted.storedUnacknowledged <= unanswered && restarted.storedUnacknowledgedWithReply === 0;
    return [
      {
        title: `SIGKILL after ${KILL_AFTER_SECONDS} s of grading load at ${CLIENTS} clients, restart on the same data`,
        rows: [
          { count: 'submissions sent', value: ledger.sent.size, goal: '' },
          { count: 'acknowledged (2xx) before the kill', value: restarted.acknowledged, goal: '' },
          { count: 'no reply (in flight at the kill)', value: unanswered, goal: '' },
          { count: 'attempts stored after restart', value: restarted.stored, goal: '' },
          ...ledgerRows(restarted),
          {
            count: 'stored but never acknowledged',
            value: restarted.storedUnacknowledged,
            goal: `only unanswered ones, ≤ ${unanswered}: ${met(inFlightOnly)}`,
          },
          {
            count: 'unanswered resent: already stored (200)',
            value: retried.filter((s) => s === 200).length,
            goal: '',
          },
          { count: 'unanswered resent: graded now (201)', value: retried.filter((s) => s === 201).length, goal: '' },
          {
            count: 'attempts stored after resending',
            value: retriedOk.stored,
            goal: `= sent, none doubled: ${met(retriedOk.stored === ledger.sent.size && retriedOk.doubled === 0)}`,
          },
        ],
      },
    ];
  } finally {
    await server.stop();
  }
}

export async function run() {
  return [...(await loadAndLedger()), ...(await killMidLoad())];
}
