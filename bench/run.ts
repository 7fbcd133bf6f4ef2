/**
 * `npm run bench`: every benchmark group, side by side with the alternatives, then the bundle
 * sizes. Never run in `npm test` (no timed assertions anywhere).
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { calendarBenchmarks } from './calendar.bench.js';
import { standstillBenchmarks } from './standstill.bench.js';
import { lifecycleBenchmarks } from './lifecycle.bench.js';
import { timetableBenchmarks } from './timetable.bench.js';
import { planBenchmarks } from './plan.bench.js';
import { renderBenchmarks, reportBenchmarks } from './report.bench.js';
import { cliBenchmarks } from './cli.bench.js';
import { sizeBenchmarks } from './size.bench.js';

console.log(
  `secmod benchmarks on Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores`,
);
const calendar = await calendarBenchmarks();

const ops = (group: string, name: string) =>
  calendar.find((g) => g.group === group)?.rows.find((r) => r.name.startsWith(name))?.opsPerSec ?? Number.NaN;
const at = (n: number) => ops(`addWorkingDays, n = ${n}`, 'secmod');
console.log('\nSummary');
console.log(
  `  addWorkingDays n = 250 vs date-fns loop: ${(at(250) / ops('addWorkingDays, n = 250', 'date-fns day loop')).toFixed(1)}x`,
);
console.log(`  secmod cost at n = 2,500 vs n = 250: ${(at(250) / at(2500)).toFixed(2)}x the time (10x the days)`);
for (const g of calendar) {
  const baseline = g.rows.find((r) => r.name.startsWith('hand-written'));
  if (baseline)
    console.log(`  ${g.group}: secmod runs at ${baseline.ratio.toFixed(2)} of the table baseline (target >= 0.25)`);
}
console.log(
  `  date-fns loop cost at n = 2,500 vs n = 250: ${(ops('addWorkingDays, n = 250', 'date-fns day loop') / ops('addWorkingDays, n = 2500', 'date-fns day loop')).toFixed(2)}x the time`,
);

const standstill = await standstillBenchmarks();
const ss = standstill[0]?.rows ?? [];
console.log(`  standstillPeriod vs date-fns: ${((ss[0]?.opsPerSec ?? 0) / (ss[1]?.opsPerSec ?? 1)).toFixed(1)}x`);

const lifecycle = await lifecycleBenchmarks();
const lc = lifecycle[0]?.rows ?? [];
for (const row of lc.slice(1)) console.log(`  replay 100,000 events vs ${row.name}: ${row.ratio.toFixed(1)}x`);

const timetable = await timetableBenchmarks();
const plan = await planBenchmarks();
console.log(
  `\n  validateTimetable vs 0.1.0: ${timetable.vs010.toFixed(2)}x as fast; planTimetable vs before one rule set: ${plan.vsBefore.toFixed(2)}x`,
);
reportBenchmarks();
renderBenchmarks();
sizeBenchmarks();
cliBenchmarks();

console.log('\nBundle size (size-limit, min+gzip)');
try {
  const out = execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
  for (const r of JSON.parse(out) as { name: string; size: number; passed: boolean }[])
    console.log(`  ${r.name}: ${(r.size / 1000).toFixed(2)} kB ${r.passed ? '(within limit)' : '(OVER LIMIT)'}`);
} catch (e) {
  console.log(`  size-limit failed: ${(e as Error).message}`);
}
