#!/usr/bin/env node
// Runs the date-dependent suites once per time zone: results must not depend on the process zone.
// The zones span UTC-11 to UTC+14 and both sides of the date line.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];
const suites = [
  'test/calendar',
  'test/standstill',
  'test/date-holidays',
  'test/lifecycle',
  'test/timetable',
  'test/releases',
  'test/register',
  'test/report',
];
let failed = 0;
for (const tz of zones) {
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...suites], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  const summary = (r.stdout.match(/Tests\s+.*$/m)?.[0] ?? 'no summary').replace(
    new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'),
    '',
  );
  console.log(`TZ=${tz.padEnd(20)} ${r.status === 0 ? 'ok  ' : 'FAIL'} ${summary}`);
  if (r.status !== 0) {
    failed++;
    process.stdout.write(r.stdout);
  }
}
console.log(`${zones.length - failed} passed, ${failed} failed (time-zone matrix)`);
process.exit(failed === 0 ? 0 : 1);
