// A web-test-runner reporter that counts every test, and counts a test file that failed to load
// (syntax error, failed import) as a failure: web-test-runner's own summary does neither plainly.
// It writes the counts for scripts/test.mjs and prints `N passed, N failed, N skipped`.
import { mkdirSync, writeFileSync } from 'node:fs';

function countTests(suite, counts, prefix, failures) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else { counts.failed += 1; failures.push(`${prefix}${test.name}`); }
  }
  for (const child of suite.suites ?? []) countTests(child, counts, `${prefix}${child.name} › `, failures);
}

export function countingReporter({ outFile = 'node_modules/.cache/opioid-tests/browser.json' } = {}) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const failures = [];
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        const where = `${session.group?.name ?? ''} ${session.testFile}`;
        const loadFailed = !session.testResults || (session.errors?.length ?? 0) > 0;
        if (session.testResults) countTests(session.testResults, counts, `${where}: `, failures);
        if (loadFailed) {
          counts.failed += 1;
          failures.push(`${where}: ${session.errors?.map((e) => e.message).join('; ') || 'did not run'}`);
        }
      }
    },
    stop() {
      mkdirSync(outFile.replace(/\/[^/]+$/, ''), { recursive: true });
      writeFileSync(outFile, JSON.stringify({ ...counts, failures }, null, 2));
      if (failures.length) console.log(`\nFailed:\n  ${failures.join('\n  ')}`);
      console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    },
  };
}
