/**
 * A small side-by-side harness on tinybench: every group measures secmod and what a user would
 * otherwise write in the same run, and reports ops/s and the ratio secmod / alternative.
 */
import { Bench } from 'tinybench';

export interface Contender {
  readonly name: string;
  readonly fn: () => unknown;
}

export interface GroupResult {
  readonly group: string;
  readonly rows: { name: string; opsPerSec: number; ratio: number }[];
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-GB') : n.toPrecision(3));

/** Runs one group; the first contender is secmod, the ratio is secmod's ops/s over each contender's. */
export async function group(
  name: string,
  contenders: readonly Contender[],
  time = 400,
  iterations?: number,
): Promise<GroupResult> {
  // Slow contenders (a whole 100,000-event replay) set a small iteration floor instead of tinybench's default.
  const bench = new Bench({
    time,
    warmupTime: 100,
    ...(iterations === undefined ? {} : { iterations, warmupIterations: 1 }),
  });
  for (const c of contenders) bench.add(c.name, c.fn);
  await bench.run();
  const ops = bench.tasks.map((t) => {
    const r = t.result;
    if (r.state !== 'completed') throw new Error(`${t.name}: ${r.state}`);
    return r.throughput.mean;
  });
  const base = ops[0] ?? 0;
  const rows = contenders.map((c, i) => ({ name: c.name, opsPerSec: ops[i] ?? 0, ratio: base / (ops[i] ?? 1) }));
  console.log(`\n${name}`);
  for (const r of rows)
    console.log(`  ${r.name.padEnd(52)} ${fmt(r.opsPerSec).padStart(14)} ops/s   secmod is ${fmt(r.ratio)}x`);
  return { group: name, rows };
}
