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
import { registerBenchmarks } from './register.bench.js';
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
const register = await registerBenchmarks();
reportBenchmarks();
renderBenchmarks();
sizeBenchmarks();
const cli = cliBenchmarks();

console.log('\nBundle size (size-limit, min+gzip)');
let workingDayBundle = Number.NaN;
try {
  const out = execFileSync('npx', ['size-limit', '--json'], { encoding: 'utf8' });
  for (const r of JSON.parse(out) as { name: string; size: number; passed: boolean }[]) {
    console.log(`  ${r.name}: ${(r.size / 1000).toFixed(2)} kB ${r.passed ? '(within limit)' : '(OVER LIMIT)'}`);
    if (r.name.startsWith('addWorkingDays + englandAndWales')) workingDayBundle = r.size / 1000;
  }
} catch (e) {
  console.log(`  size-limit failed: ${(e as Error).message}`);
}

// The figures the issue "Speed seams of 0.2.0" set goals for, from this run.
const n10 = calendar
  .find((g) => g.group === 'addWorkingDays, n = 10')
  ?.rows.find((r) => r.name.startsWith('hand-written'));
const standstillCli = cli.find((c) => c.command === 'standstill')?.ratio ?? Number.NaN;
const goals: [string, string, string, boolean][] = [
  ['secmod standstill start-up vs node -e 0', `${standstillCli.toFixed(2)}x`, '<= 1.3x', standstillCli <= 1.3],
  ['parseRegister, 10,000 proposals, vs 0.1.0', `${register.vs010.toFixed(2)}x as fast`, '>= 2x', register.vs010 >= 2],
  [
    'addWorkingDays n = 10 vs the table baseline',
    `${(n10?.ratio ?? Number.NaN).toFixed(2)}`,
    '>= 0.25',
    (n10?.ratio ?? 0) >= 0.25,
  ],
  [
    'addWorkingDays + englandAndWales bundle',
    `${workingDayBundle.toFixed(2)} kB`,
    '<= 4.7 kB',
    workingDayBundle <= 4.7,
  ],
  ['validateTimetable, 10,000, vs 0.1.0', `${timetable.vs010.toFixed(2)}x as fast`, '>= 1.4x', timetable.vs010 >= 1.4],
];
console.log(`\nGoals (Node ${process.version}, ${availableParallelism()} cores)`);
for (const [what, figure, goal, met] of goals)
  console.log(`  ${what.padEnd(46)} ${figure.padStart(16)}   goal ${goal.padEnd(9)} ${met ? 'met' : 'NOT MET'}`);
