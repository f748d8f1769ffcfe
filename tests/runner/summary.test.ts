import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import playwrightConfig from '../../playwright.config';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
// Inside the project, so the fixtures' `import 'vitest'` resolves to the project's packages, and
// not under test-results/, where Playwright finds no tests.
const fixturesDir = join(projectRoot, '.runner-fixtures');

const VITEST_CONFIG = `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['tests/**/*.test.mjs'] } });
`;
const playwrightConfigFile = (retries: number) => `import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: 'e2e',
  retries: ${retries},
  workers: 1,
  reporter: [['json', { outputFile: 'test-results/playwright.json' }]],
});
`;
const PASSING_VITEST = `import { expect, it } from 'vitest';
it('adds', () => expect(1 + 1).toBe(2));
`;
// No page fixture: Playwright starts no browser for these.
const PASSING_PLAYWRIGHT = `import { expect, test } from '@playwright/test';
test('multiplies', () => expect(2 * 3).toBe(6));
`;

/** Writes a scratch project (path → text) with both runners' configs and returns its folder. */
function fixtureProject(files: Record<string, string>, { retries = 0 } = {}) {
  mkdirSync(fixturesDir, { recursive: true });
  const dir = mkdtempSync(join(fixturesDir, 'project-'));
  const all = {
    'vitest.config.mjs': VITEST_CONFIG,
    'playwright.config.mjs': playwrightConfigFile(retries),
    'tests/passing.test.mjs': PASSING_VITEST,
    'e2e/passing.spec.mjs': PASSING_PLAYWRIGHT,
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** Runs `scripts/test.mjs --project DIR`, outside this Vitest run's environment. */
function runTests(dir: string): Promise<{ status: number | null; output: string; lastLine: string }> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(name)),
  );
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'scripts/test.mjs'), '--project', dir], {
      cwd: projectRoot,
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output, lastLine: output.trim().split('\n').at(-1) ?? '' }));
  });
}

afterAll(() => rmSync(fixturesDir, { recursive: true, force: true }));

describe('npm test on a fixture project', { timeout: 240_000 }, () => {
  it('prints every test as passed and exits 0 when everything passes', async () => {
    const run = await runTests(fixtureProject({}));
    expect(run.lastLine, run.output).toBe('2 passed, 0 failed, 0 skipped');
    expect(run.status).toBe(0);
  });

  it('counts a file whose beforeAll throws and a file that fails to import as failed, and exits non-zero', async () => {
    const dir = fixtureProject({
      'tests/broken-setup.test.mjs': `import { beforeAll, it } from 'vitest';
beforeAll(() => { throw new Error('the setup is broken on purpose'); });
it('needs the setup', () => {});
it('needs it too', () => {});
`,
      'tests/broken-import.test.mjs': `import './a-module-that-does-not-exist.mjs';
import { it } from 'vitest';
it('never runs', () => {});
`,
    });
    const run = await runTests(dir);
    // The two tests of the broken setup are reported skipped by Vitest: they are counted, not hidden.
    expect(run.lastLine, run.output).toBe('2 passed, 2 failed, 2 skipped');
    expect(run.output).toContain('did not run: tests/broken-setup.test.mjs: the setup is broken on purpose');
    expect(run.output).toContain('did not run: tests/broken-import.test.mjs');
    expect(run.status).toBe(1);
  });

  it('counts an error thrown outside any test, which Vitest reports only in its exit code, as a failure', async () => {
    const dir = fixtureProject({
      'tests/unhandled.test.mjs': `import { expect, it } from 'vitest';
it('passes, but leaves a rejected promise behind', () => {
  Promise.reject(new Error('nobody handles this'));
  expect(true).toBe(true);
});
`,
    });
    const run = await runTests(dir);
    expect(run.lastLine, run.output).toBe('3 passed, 1 failed, 0 skipped');
    expect(run.output).toContain('vitest exited with status 1 without a failed test in its report');
    expect(run.status).toBe(1);
  });

  it('fails the run on a test skipped without a recorded reason, and accepts it once the reason is recorded', async () => {
    const dir = fixtureProject({
      'tests/skipping.test.mjs': `import { it } from 'vitest';
it.skip('waits for the mentoring collections', () => {});
`,
    });
    const unexplained = await runTests(dir);
    expect(unexplained.lastLine, unexplained.output).toBe('2 passed, 0 failed, 1 skipped');
    expect(unexplained.output).toContain(
      'skipped without a reason in tests/skip-reasons.json: vitest: tests/skipping.test.mjs > waits for the mentoring collections',
    );
    expect(unexplained.status).toBe(1);

    writeFileSync(
      join(dir, 'tests/skip-reasons.json'),
      JSON.stringify({
        'vitest: tests/skipping.test.mjs > waits for the mentoring collections': 'Issue 11 adds them.',
      }),
    );
    const explained = await runTests(dir);
    expect(explained.lastLine, explained.output).toBe('2 passed, 0 failed, 1 skipped');
    expect(explained.status).toBe(0);
  });

  it('reports a Playwright test that passes only on a retry as flaky and counts it as failed', async () => {
    const dir = fixtureProject(
      {
        'e2e/flaky.spec.mjs': `import { expect, test } from '@playwright/test';
test('passes on the second try', ({}, info) => expect(info.retry).toBe(1));
`,
      },
      { retries: 1 },
    );
    const run = await runTests(dir);
    expect(run.lastLine, run.output).toBe('2 passed, 1 failed, 0 skipped');
    expect(run.output).toContain('flaky (failed, then passed on a retry): flaky.spec.mjs > passes on the second try');
    expect(run.status).toBe(1);
  });

  it('counts a Playwright spec file that fails to load as failed', async () => {
    const dir = fixtureProject({
      'e2e/broken.spec.mjs': `import './a-module-that-does-not-exist.mjs';
`,
    });
    const run = await runTests(dir);
    expect(run.lastLine, run.output).toMatch(/^1 passed, 1 failed, 0 skipped$/);
    expect(run.output).toContain('error outside a test');
    expect(run.status).toBe(1);
  });
});

describe("the project's Playwright configuration", () => {
  it('retries no test, so a flaky test cannot pass as a retried one', () => {
    expect(playwrightConfig.retries ?? 0).toBe(0);
  });
});
