// Certificates: the latency that automatic issuance adds to the grading route when a pass completes
// a course, and the time to make a certificate PDF (the same code the browser runs, here in Node).
import { build } from 'esbuild';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from '../scripts/lib/root.mjs';
import { answersFor } from '../scripts/lib/quiz-answers.mjs';
import { buildSite } from '../scripts/lib/site-build.mjs';
import { syncContent } from '../scripts/sync-content.mjs';
import { enrolledFellows } from './lib/fellows.mjs';
import { ownPocketBase } from './lib/own-pocketbase.mjs';

const FELLOWS = 20;
const PDF_RUNS = 5;
const require = createRequire(import.meta.url);

const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];

/** Two one-module courses on a copy of a real quiz: one whose pass earns a certificate, one without a rule. */
function benchBuild() {
  const server = join(root, 'build/server');
  if (!existsSync(join(server, 'quizzes.json'))) buildSite({ force: true });
  const real = JSON.parse(readFileSync(join(server, 'quizzes.json'), 'utf8'))[0];
  const { maxAttempts, ...definition } = real.definition;
  const course = (slug, certified) => ({
    slug,
    title: { ka: 'სატესტო კურსი', en: 'Bench course' },
    programs: [],
    modules: [{ id: 'quiz-module', order: 1, completion: 'quiz', quiz: `${slug}-quiz` }],
    certificate: certified
      ? {
          modules: ['quiz-module'],
          quizzes: [`${slug}-quiz`],
          description: { en: 'Bench' },
          criteria: { en: 'Pass the quiz' },
        }
      : null,
  });
  const courses = [course('bench-certified', true), course('bench-plain', false)];
  const quizzes = courses.map((c) => ({
    slug: `${c.slug}-quiz`,
    course: c.slug,
    definition: { ...definition, id: `${c.slug}-quiz` },
  }));
  const dir = join(mkdtempSync(join(tmpdir(), 'ertad-bench-cert-')), 'server');
  mkdirSync(dir);
  for (const [name, list] of Object.entries({ programs: [], courses, quizzes }))
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(list));
  return { dir, definition };
}

async function timedPass(url, fellow, quizSlug, definition) {
  const body = {
    idempotencyKey: randomUUID(),
    lang: fellow.lang,
    answers: answersFor(definition, fellow.lang, 'pass'),
  };
  const started = performance.now();
  const response = await fetch(`${url}/api/ertad/quizzes/${quizSlug}/attempts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', Authorization: fellow.token },
    body: JSON.stringify(body),
  });
  await response.json();
  if (response.status !== 201) throw new Error(`grading answered ${response.status}`);
  return performance.now() - started;
}

/** Verification of real and of never-issued codes, alternating; as superuser, whom the rate limiter lets through. */
async function verifyTimes(server, codes) {
  const times = { known: [], unknown: [] };
  const get = async (code) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/api/ertad/verify/${code}`, {
      headers: { Authorization: server.token },
    });
    await response.json();
    return performance.now() - started;
  };
  for (const code of codes) {
    times.known.push(await get(code));
    times.unknown.push(await get(code.replace(/^..../, 'ZZZZ')));
  }
  return times;
}

async function issuanceLatency() {
  const { dir, definition } = benchBuild();
  const server = await ownPocketBase();
  try {
    await syncContent(server.url, server.token, dir);
    const admin = server.admin();
    const id = async (slug) =>
      (await admin.collection('courses').getFirstListItem(admin.filter('slug = {:slug}', { slug }))).id;
    const certified = await enrolledFellows(admin, await id('bench-certified'), FELLOWS);
    const plain = await enrolledFellows(admin, await id('bench-plain'), FELLOWS);
    const times = { certified: [], plain: [] };
    // One request at a time, alternating, so both see the same machine load.
    for (let i = 0; i < FELLOWS; i++) {
      times.plain.push(await timedPass(server.url, plain[i], 'bench-plain-quiz', definition));
      times.certified.push(await timedPass(server.url, certified[i], 'bench-certified-quiz', definition));
    }
    const issued = await admin.collection('certificates').getList(1, 50, { filter: "course.slug = 'bench-certified'" });
    const verify = await verifyTimes(
      server,
      issued.items.map((c) => c.code),
    );
    const row = (request, values) => ({
      request,
      passes: values.length,
      p50ms: percentile(values, 50),
      p95ms: percentile(values, 95),
    });
    const added = percentile(times.certified, 50) - percentile(times.plain, 50);
    return [
      {
        title: 'certificate issuance on the grading route (one request at a time)',
        rows: [
          row('pass, course without a certificate rule', times.plain),
          row('pass that completes the course and issues', times.certified),
          { request: 'added by issuance (p50 difference)', passes: '', p50ms: added, p95ms: '' },
          { request: `certificates issued (expected ${FELLOWS})`, passes: issued.totalItems, p50ms: '', p95ms: '' },
        ],
      },
      {
        title: 'public verification: known and unknown codes answer alike',
        rows: [
          row('GET /api/ertad/verify/{known code}', verify.known),
          row('GET /api/ertad/verify/{unknown code}', verify.unknown),
        ],
      },
    ];
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function pdfTime() {
  // Inside the project, so that the libraries, left outside the bundle, resolve from node_modules.
  const out = join(root, 'node_modules/.cache/ertad-bench/certificate-pdf.mjs');
  await build({
    stdin: {
      contents: "export { certificatePdf } from './pdf'; export { fontFile } from './pdf-fonts';",
      resolveDir: join(root, 'src/lib/certificates'),
      loader: 'ts',
    },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'warning',
  });
  const { certificatePdf, fontFile } = await import(pathToFileURL(out).href);
  const fontkit = (await import('@pdf-lib/fontkit')).default;
  const ka = JSON.parse(readFileSync(join(root, 'src/i18n/ka.json'), 'utf8'));
  const keys = ['title', 'certifies', 'completedCourse', 'completedProgram', 'issuedBy', 'issuedOn', 'verify', 'code'];
  const labels = Object.fromEntries(keys.map((key) => [key, ka[`certificate.pdf.${key}`]]));
  const document = {
    id: 'bench',
    holderName: 'ნინო ბერიძე',
    kind: 'course',
    achievementTitle: { ka: 'GESI-ის საფუძვლები', en: 'GESI foundations', az: 'GESI-nin əsasları' },
    lang: 'ka',
    issuerName: 'Ertad',
    issuedAt: '2026-06-01 10:00:00.000Z',
    status: 'issued',
    revokedAt: '',
    code: 'K7MQ-2XHT-9ABC-DEFG-HJKM-NPQR-STVW',
    verifyUrl: 'https://learn.example.ge/verify/K7MQ-2XHT-9ABC-DEFG-HJKM-NPQR-STVW',
  };
  const loadFont = async (subset, weight) => new Uint8Array(readFileSync(require.resolve(fontFile(subset, weight))));
  const times = [];
  let bytes;
  for (let run = 0; run < PDF_RUNS; run++) {
    const started = performance.now();
    bytes = await certificatePdf(document, labels, loadFont, fontkit);
    times.push(performance.now() - started);
  }
  return [
    {
      title: 'certificate PDF generation (Georgian name, Node; the browser runs the same code)',
      rows: [
        {
          runs: PDF_RUNS,
          minMs: Math.min(...times),
          p50ms: percentile(times, 50),
          maxMs: Math.max(...times),
          kilobytes: bytes.length / 1024,
        },
      ],
    },
  ];
}

export async function run() {
  return [...(await issuanceLatency()), ...(await pdfTime())];
}
