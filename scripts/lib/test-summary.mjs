// Turns Vitest's and Playwright's JSON reports into honest counts for `npm test`: a file that
// failed to load or whose hooks threw is a failure even when it contributed no failed test, a
// flaky test is a failure, and every skipped test is counted and must have a recorded reason.
import { relative } from 'node:path';

/**
 * Counts of a Vitest JSON report. `failed` adds, to the failed tests, every file whose status is
 * failed without a failed test in it (an import error, a throwing beforeAll or afterAll): Vitest
 * marks the tests of such a file skipped, or reports none.
 */
export function vitestCounts(report, projectDir) {
  const brokenFiles = [];
  const skippedTests = [];
  for (const file of report.testResults ?? []) {
    const name = relative(projectDir, file.name);
    const tests = file.assertionResults ?? [];
    if (file.status === 'failed' && !tests.some((test) => test.status === 'failed')) {
      brokenFiles.push(`${name}: ${firstLine(file.message) || 'failed outside its tests'}`);
    }
    for (const test of tests) {
      if (test.status === 'skipped' || test.status === 'pending' || test.status === 'todo') {
        skippedTests.push(`vitest: ${[name, ...(test.ancestorTitles ?? []), test.title].join(' > ')}`);
      }
    }
  }
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + brokenFiles.length,
    skipped: skippedTests.length,
    problems: brokenFiles.map((file) => `did not run: ${file}`),
    skippedTests,
  };
}

/**
 * Counts of a Playwright JSON report. A flaky test (failed, then passed on a retry) counts as
 * failed, and each error outside a test (a spec file that does not load, a web server that does
 * not start) counts as one failure.
 */
export function playwrightCounts(report) {
  const flakyTests = [];
  const skippedTests = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      const id = [spec.file, ...titles, spec.title].join(' > ');
      for (const test of spec.tests ?? []) {
        if (test.status === 'flaky') flakyTests.push(id);
        if (test.status === 'skipped') skippedTests.push(`playwright: ${id}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // Top-level suites are files, titled by their path: spec.file names the file already.
  for (const file of report.suites ?? []) walk(file, []);
  const errors = (report.errors ?? []).map((error) => `error outside a test: ${firstLine(error.message)}`);
  const stats = report.stats ?? {};
  return {
    passed: stats.expected ?? 0,
    failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) + errors.length,
    skipped: stats.skipped ?? 0,
    problems: [...flakyTests.map((id) => `flaky (failed, then passed on a retry): ${id}`), ...errors],
    skippedTests,
  };
}

/** The skipped tests that have no reason in `reasons` (test id → why it is skipped). */
export function unexplainedSkips(skippedTests, reasons) {
  return skippedTests.filter((id) => typeof reasons[id] !== 'string' || reasons[id].trim() === '');
}

/** The one line CI reads: `N passed, N failed, N skipped`. */
export function summaryLine(counts) {
  const sum = (key) => counts.reduce((total, count) => total + count[key], 0);
  return `${sum('passed')} passed, ${sum('failed')} failed, ${sum('skipped')} skipped`;
}

function firstLine(text) {
  return String(text ?? '')
    .trim()
    .split('\n')[0];
}
