// `npm run bench -- capacity`: how many concurrently active fellows one server holds. Each step
// doubles the fellows; each reads module pages, records progress and submits quizzes with 5–15 s
// of reading between actions, for STEP_SECONDS. A step holds when every answer is a 2xx and the
// p95 of every kind of action stays under 300 ms. The load generator shares the machine (and its
// cores) with the server, so the figure is a floor for a dedicated 2-vCPU server, and noisy.
import { cpus, loadavg } from 'node:os';
import { gradingServer } from './lib/grading-server.mjs';
import { actAsFellow, modulePages } from './lib/fellow-mix.mjs';
import { after, percentile } from './lib/load.mjs';

const STEPS = [50, 100, 200, 400, 800, 1600, 3200, 6400, 12_800];
// Accounts the simulated fellows share (fellow i signs in as account i mod ACCOUNTS): creating thousands of
// accounts would spend minutes hashing passwords, and the server's work per request is the same.
const ACCOUNTS = 100;
const STEP_SECONDS = 15;
const P95_LIMIT_MS = 300;
const thinkMs = () => 5000 + Math.random() * 10_000;

async function step({ url, fellows, quiz, pages }) {
  const answers = new Map();
  const record = (kind, status, ms) => {
    if (!answers.has(kind)) answers.set(kind, { latencies: [], errors: 0 });
    const entry = answers.get(kind);
    entry.latencies.push(ms);
    if (!(typeof status === 'number' && status >= 200 && status < 300)) entry.errors += 1;
  };
  const stop = after(STEP_SECONDS);
  await Promise.all(fellows.map((fellow) => actAsFellow({ url, fellow, quiz, pages, stop, thinkMs, record })));
  return [...answers].map(([kind, { latencies, errors }]) => ({
    kind,
    count: latencies.length,
    errors,
    p50ms: percentile(latencies, 50),
    p95ms: percentile(latencies, 95),
  }));
}

export async function run() {
  const { server, fellows: accounts, course, quiz } = await gradingServer(ACCOUNTS);
  const rows = [];
  let held = 0;
  let broke = '';
  try {
    const pages = modulePages();
    const benchQuiz = { ...quiz, courseSlug: course.slug, moduleId: 'bench-quiz-module' };
    for (const count of STEPS) {
      const fellows = Array.from({ length: count }, (_, i) => accounts[i % ACCOUNTS]);
      const kinds = await step({ url: server.url, fellows, quiz: benchQuiz, pages });
      console.log(
        `ertad bench: ${count} active fellows: ${kinds.map((k) => `${k.kind} p95 ${Math.round(k.p95ms)} ms, ${k.errors} errors`).join('; ')}`,
      );
      const ok = kinds.every((k) => k.errors === 0 && k.p95ms < P95_LIMIT_MS);
      for (const k of kinds) rows.push({ activeFellows: count, ...k, holds: ok ? 'yes' : 'no' });
      if (!ok) {
        const worst = kinds
          .filter((k) => k.errors > 0 || k.p95ms >= P95_LIMIT_MS)
          .map((k) => `${k.kind}: p95 ${Math.round(k.p95ms)} ms, ${k.errors} errors`);
        broke = `${count} active fellows (${worst.join('; ')})`;
        break;
      }
      held = count;
    }
  } finally {
    await server.stop();
  }
  const machine = `${cpus().length} CPUs shared with the load generator and other work, load average ${loadavg()[0].toFixed(1)}`;
  return [
    {
      title: `Capacity: active fellows (5–15 s reading between actions; 60 % page reads, 30 % progress, 10 % quiz attempts), ${STEP_SECONDS} s a step; ${machine}`,
      rows,
    },
    {
      title: 'Capacity: active fellows held at p95 < 300 ms with 0 errors',
      rows: [{ held, brokeAt: broke || `not reached; the largest step was ${STEPS.at(-1)}` }],
    },
  ];
}
