#!/usr/bin/env node
// Prints the closing line of `npm test`: the unit-test totals from vitest's JSON report.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../coverage/vitest-report.json', import.meta.url), 'utf8'));
const { numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTotalTests: total } = report;
if (total === 0) {
  console.error('vitest ran no test');
  process.exit(1);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
// The browser test (npm run test:browser) leaves its outcome beside the report.
try {
  const browser = JSON.parse(readFileSync(new URL('../coverage/browser-test.json', import.meta.url), 'utf8'));
  console.log(
    browser.ran
      ? `browser test: ${browser.passed ? 'passed' : 'FAILED'} in ${browser.browser}`
      : `browser test: not run. ${browser.message}`,
  );
} catch {
  console.log('browser test: no record (npm run test:browser did not run)');
}
process.exit(failed === 0 ? 0 : 1);
