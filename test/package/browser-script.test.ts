import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from './docs/consumer.js';

/** Without Chromium, `npm run test:browser` says plainly what it needs; CI makes that a failure. */
describe('npm run test:browser without a browser', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['scripts/browser-test.mjs'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', ...env },
    });

  it('skips with the install command', () => {
    const r = run({ SECMOD_REQUIRE_BROWSER: '' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('browser test: SKIPPED. The browser test needs Chromium');
    expect(r.stdout).toContain('apt-get install -y chromium');
  });

  it('fails when the browser is required, as in CI', () => {
    const r = run({ SECMOD_REQUIRE_BROWSER: '1' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('browser test: FAILED. The browser test needs Chromium');
  });
});
