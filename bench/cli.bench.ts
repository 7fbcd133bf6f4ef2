/**
 * Whole-process start-up of the CLI: each command run as a user runs it, beside a bare `node -e 0`
 * (target: the calendar, standstill and release commands within 1.4x of it).
 */
import { spawnSync } from 'node:child_process';

const RUNS = 15;

/** Median wall time of a whole `node` process, in ms. */
function median(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - start);
    if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] as number;
}

export function cliBenchmarks(): void {
  console.log(`\nCLI start-up (whole process, median of ${RUNS})`);
  const bare = median(['-e', '0']);
  console.log(`  ${'node -e 0'.padEnd(60)} ${bare.toFixed(0).padStart(5)} ms   1.00x`);
  for (const command of [
    ['standstill', '2017-10-05'],
    ['working-days', 'add', '2017-10-06', '15'],
    ['holidays', '2026'],
    ['releases', '2026'],
    ['report', 'examples/register-2017-10.json', '--as-of', '2017-10-06'],
  ]) {
    const ms = median(['dist/cli/bin.js', ...command]);
    console.log(
      `  ${`secmod ${command.join(' ')}`.padEnd(60)} ${ms.toFixed(0).padStart(5)} ms   ${(ms / bare).toFixed(2)}x`,
    );
  }
}
