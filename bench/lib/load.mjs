// Closed-loop load: each client sends its next request as soon as its last one is answered, so
// `clients` requests are in flight at any time, like that many people submitting at once.

/** Runs `clients` loops of `request(client)` (resolving to a status) until `stop()` is true. */
export async function runClients({ clients, stop, request }) {
  const latencies = [];
  const statuses = new Map();
  const started = performance.now();
  const loop = async (client) => {
    while (!stop()) {
      const sent = performance.now();
      const status = await request(client);
      latencies.push(performance.now() - sent);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  return { latencies, statuses, seconds: (performance.now() - started) / 1000 };
}

/** Several runClients results as one, as if run back to back. */
export function mergeRuns(runs) {
  const statuses = new Map();
  for (const run of runs) for (const [status, n] of run.statuses) statuses.set(status, (statuses.get(status) ?? 0) + n);
  return {
    latencies: runs.flatMap((run) => run.latencies),
    statuses,
    seconds: runs.reduce((sum, run) => sum + run.seconds, 0),
  };
}

/** A stop() for runClients that turns true `seconds` from now. */
export function after(seconds) {
  const end = performance.now() + seconds * 1000;
  return () => performance.now() >= end;
}

/** The nearest-rank percentile of latencies, in ms. */
export function percentile(latencies, p) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Answered requests (2xx) per second, other answers, and latency percentiles of a runClients result. */
export function loadSummary({ latencies, statuses, seconds }) {
  const ok = [...statuses].filter(([status]) => status >= 200 && status < 300).reduce((sum, [, n]) => sum + n, 0);
  const others = [...statuses].filter(([status]) => !(status >= 200 && status < 300)).map(([s, n]) => `${s}×${n}`);
  return {
    ok,
    others: others.join(' ') || 'none',
    perSecond: ok / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
