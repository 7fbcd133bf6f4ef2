// npm run test:browser: builds the site, serves it on 127.0.0.1 and drives a real headless Chromium
// through it (test/site/), and loads and prints the HTML status report of the example register
// (test/report/report.browser.ts, rendered from src/: screenshot and PDF in browser-artifacts/). Chromium comes from the system (Debian's `chromium` package); nothing is
// downloaded. Without it the test is skipped with a plain message, unless SECMOD_REQUIRE_BROWSER=1
// (set by .ci/run), which makes a missing browser a failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';

// CHROMIUM_PATH, when set, is the only browser tried; otherwise the usual system paths.
const candidates = process.env.CHROMIUM_PATH
  ? [process.env.CHROMIUM_PATH]
  : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromium = candidates.find((p) => existsSync(p));
mkdirSync('coverage', { recursive: true });
if (chromium === undefined) {
  const message =
    'The browser test needs Chromium, which is not installed. Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.';
  writeFileSync('coverage/browser-test.json', JSON.stringify({ ran: false, message }));
  if (process.env.SECMOD_REQUIRE_BROWSER === '1') {
    console.error(`browser test: FAILED. ${message}`);
    process.exit(1);
  }
  console.log(`browser test: SKIPPED. ${message}`);
  process.exit(0);
}
const version = execFileSync(chromium, ['--version'], { encoding: 'utf8' }).trim();
console.log(`browser test: ${version} at ${chromium}`);
const site = spawnSync('npm', ['run', 'site', '--silent'], { stdio: 'inherit' });
if (site.status !== 0) process.exit(site.status ?? 1);
const run = spawnSync('npx', ['vitest', 'run', '--config', 'test/site/vitest.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
writeFileSync('coverage/browser-test.json', JSON.stringify({ ran: true, browser: version, passed: run.status === 0 }));
process.exit(run.status ?? 1);
