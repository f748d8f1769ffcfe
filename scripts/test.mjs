// `npm test`: formatting and types (scripts/lint.mjs), unit and integration tests (vitest, real
// PocketBase), then end-to-end tests (Playwright, real Chromium), then one line
// `N passed, N failed, N skipped` summed over both.
// The run fails when a test fails, a test file does not load, a test is flaky, or a test is
// skipped without a reason in tests/skip-reasons.json.
// `--project DIR` runs the runners of another project (a fixture of the runner's own tests)
// without linting or building the site.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from './lib/pocketbase-process.mjs';
import { root } from './lib/root.mjs';
import { buildSite } from './lib/site-build.mjs';
import { playwrightCounts, summaryLine, unexplainedSkips, vitestCounts } from './lib/test-summary.mjs';

const { values } = parseArgs({ options: { project: { type: 'string' } } });
const projectDir = values.project ? resolve(values.project) : root;
const results = join(projectDir, 'test-results');
const reasonsFile = join(projectDir, 'tests/skip-reasons.json');
const bin = (name) => join(root, 'node_modules/.bin', name);

// Every temporary file of the runners (data folders, fixture builds, downloads) goes into one
// folder that is removed at the end, so runs do not pile up thousands of folders in /tmp.
const scratch = mkdtempSync(join(tmpdir(), 'ertad-test-run-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

function run(command, args, env = {}) {
  return spawnSync(command, args, {
    cwd: projectDir,
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: scratch, ...env },
  }).status;
}

/** The counts of one runner; a missing report or a failing exit with nothing failed is a failure too. */
function countsOf(runner, status, file, count) {
  const counts = existsSync(file)
    ? count(JSON.parse(readFileSync(file, 'utf8')))
    : { passed: 0, failed: 0, skipped: 0, problems: [`wrote no report (${file})`], skippedTests: [] };
  if ((status !== 0 || !existsSync(file)) && counts.failed === 0) {
    counts.failed = 1;
    counts.problems.push(`exited with status ${status} without a failed test in its report`);
  }
  return { runner, ...counts };
}

// Cheap and decisive: no point running minutes of tests on code that does not type-check.
if (!values.project && run(process.execPath, [join(root, 'scripts/lint.mjs')]) !== 0) {
  console.log('\nlint failed: 0 passed, 1 failed, 0 skipped');
  process.exit(1);
}

rmSync(results, { recursive: true, force: true });
if (!values.project) buildSite();

const vitestFile = join(results, 'vitest.json');
const vitestStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestFile}`,
]);
const vitest = countsOf('vitest', vitestStatus, vitestFile, (report) => vitestCounts(report, projectDir));

const playwrightStatus = run(bin('playwright'), ['test'], { E2E_PORT: String(await freePort()) });
const playwright = countsOf('playwright', playwrightStatus, join(results, 'playwright.json'), playwrightCounts);

const reasons = existsSync(reasonsFile) ? JSON.parse(readFileSync(reasonsFile, 'utf8')) : {};
const unexplained = unexplainedSkips([...vitest.skippedTests, ...playwright.skippedTests], reasons);

console.log('');
for (const { runner, passed, failed, skipped, problems } of [vitest, playwright]) {
  console.log(`${runner}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  for (const problem of problems) console.log(`  ${runner} ${problem}`);
}
for (const id of unexplained) console.log(`  skipped without a reason in tests/skip-reasons.json: ${id}`);
console.log(summaryLine([vitest, playwright]));
process.exit(vitest.failed + playwright.failed === 0 && unexplained.length === 0 ? 0 : 1);
