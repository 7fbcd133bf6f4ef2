/**
 * Whole-process start-up of the CLI: each command run as a user runs it, beside a bare `node -e 0`,
 * in interleaved rounds (one run of each per round), so a busy machine slows them alike (goal: the
 * date questions, `standstill`, `working-days` and `holidays`, within 1.3x of `node -e 0`).
 */
import { spawnSync } from 'node:child_process';
import { median } from './baseline.js';

const ROUNDS = 31;

const COMMANDS: readonly (readonly string[])[] = [
  ['standstill', '2017-10-05'],
  ['working-days', 'add', '2017-10-06', '15'],
  ['holidays', '2026'],
  ['releases', '2026'],
  ['report', 'examples/register-2017-10.json', '--as-of', '2017-10-06'],
];

/** Wall time of one whole `node` process, in ms. */
function once(args: readonly string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

export function cliBenchmarks(): { command: string; ratio: number }[] {
  console.log(`\nCLI start-up (whole process, median of ${ROUNDS} interleaved rounds)`);
  const runs = [['-e', '0'], ...COMMANDS.map((c) => ['dist/cli/bin.js', ...c])];
  const times = runs.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) runs.forEach((args, i) => times[i]?.push(once(args)));
  const bare = median(times[0] ?? []);
  console.log(`  ${'node -e 0'.padEnd(60)} ${bare.toFixed(0).padStart(5)} ms   1.00x`);
  return COMMANDS.map((command, i) => {
    const ms = median(times[i + 1] ?? []);
    const ratio = ms / bare;
    console.log(
      `  ${`secmod ${command.join(' ')}`.padEnd(60)} ${ms.toFixed(0).padStart(5)} ms   ${ratio.toFixed(2)}x${i < 3 ? ' (goal <= 1.3x)' : ''}`,
    );
    return { command: command[0] as string, ratio };
  });
}
