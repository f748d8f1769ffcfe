// `npm test`: formatting and types (scripts/lint.mjs), unit and integration tests (vitest, real
// PocketBase), then end-to-end tests (Playwright, real Chromium), then one line `N passed, N failed`
// summed over both.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './lib/pocketbase-process.mjs';
import { root } from './lib/root.mjs';
import { buildSite } from './lib/site-build.mjs';

const results = join(root, 'test-results');
const bin = (name) => join(root, 'node_modules/.bin', name);

function run(command, args, env = {}) {
  return spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } }).status;
}

function readCounts(file, pick) {
  if (!existsSync(file)) return { passed: 0, failed: 1 };
  return pick(JSON.parse(readFileSync(file, 'utf8')));
}

// Cheap and decisive: no point running minutes of tests on code that does not type-check.
if (run(process.execPath, [join(root, 'scripts/lint.mjs')]) !== 0) {
  console.log('\nlint failed: 0 passed, 1 failed');
  process.exit(1);
}

rmSync(results, { recursive: true, force: true });
buildSite();

const vitestFile = join(results, 'vitest.json');
const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
const vitest = readCounts(vitestFile, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) }));

const playwrightStatus = run(bin('playwright'), ['test'], { E2E_PORT: String(await freePort()) });
const playwright = readCounts(join(results, 'playwright.json'), (r) => ({
  passed: r.stats.expected + r.stats.flaky,
  failed: r.stats.unexpected + (r.errors?.length ?? 0),
}));

const passed = vitest.passed + playwright.passed;
const failed = vitest.failed + playwright.failed;
console.log(`\nvitest: ${vitest.passed} passed, ${vitest.failed} failed · playwright: ${playwright.passed} passed, ${playwright.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(vitestStatus === 0 && playwrightStatus === 0 && failed === 0 ? 0 : 1);
