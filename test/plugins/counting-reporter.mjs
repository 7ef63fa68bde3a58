// A @web/test-runner reporter that counts passed, failed and skipped tests per browser, prints a
// table, and writes the counts to BP_RESULTS_FILE (JSON) for scripts/test.mjs. A test file that
// fails to load counts as one failure, so a broken file can never pass silently.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const perBrowser = {};
      for (const session of sessions) {
        const name = session.browser.name;
        const counts = (perBrowser[name] ??= { passed: 0, failed: 0, skipped: 0, files: 0 });
        counts.files++;
        if (session.testResults) countSuite(session.testResults, counts);
        const fileErrors = (session.errors?.length ?? 0) > 0 && !session.passed;
        const noTests =
          !session.testResults || (session.testResults.tests.length === 0 && session.testResults.suites.length === 0);
        if (fileErrors || (noTests && !session.passed)) counts.failed++;
      }
      const lines = Object.entries(perBrowser).map(
        ([name, c]) =>
          `  ${name.padEnd(12)} ${String(c.files).padStart(3)} files  ${String(c.passed).padStart(5)} passed  ${String(c.failed).padStart(3)} failed  ${String(c.skipped).padStart(3)} skipped`,
      );
      console.log(`\nBrowser tests per browser:\n${lines.join('\n')}`);
      if (process.env.BP_RESULTS_FILE) writeFileSync(process.env.BP_RESULTS_FILE, JSON.stringify(perBrowser, null, 2));
    },
  };
}
