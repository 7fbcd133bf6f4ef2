/**
 * parseRegister of a generated 10,000-proposal register beside secmod 0.1.0 (a pinned build), side by
 * side in this process (the median of 9 alternating rounds): from JSON text, as a register is read from
 * a file, and from a value already parsed (goal: 2x as fast as 0.1.0, while replaying every history).
 */
import { parseRegister } from '../dist/register/index.js';
import { baseline, sideBySide } from './baseline.js';
import { generateInput } from './report.bench.js';

const N = 10_000;

export async function registerBenchmarks(): Promise<{ vs010: number }> {
  console.log(`\nparseRegister, ${N.toLocaleString('en-GB')} generated proposals, beside 0.1.0`);
  const old = await baseline<{ parseRegister: typeof parseRegister }>('0.1.0', 'src/register/index.ts');
  if (typeof old === 'string') {
    console.log(`  vs 0.1.0: skipped (${old})`);
    return { vs010: Number.NaN };
  }
  const input = generateInput(N);
  const text = JSON.stringify(input);
  let vs010 = Number.NaN;
  for (const [label, json] of [
    ['JSON text', text],
    ['parsed value', input],
  ] as const) {
    // Each side's result checked once, outside the timing: both accept the register whole.
    if (parseRegister(json).proposals.length !== N || old.parseRegister(json).proposals.length !== N)
      throw new Error('parseRegister refused the generated register');
    const t = sideBySide(
      () => void parseRegister(json),
      () => void old.parseRegister(json),
    );
    const ratio = t.b / t.a;
    if (label === 'JSON text') vs010 = ratio;
    console.log(
      `  ${label.padEnd(13)}: ${t.a.toFixed(0)} ms vs 0.1.0's ${t.b.toFixed(0)} ms (${((t.a * 1000) / N).toFixed(1)} vs ${((t.b * 1000) / N).toFixed(1)} µs per proposal): ${ratio.toFixed(2)}x as fast${label === 'JSON text' ? ' (goal >= 2x)' : ''}`,
    );
  }
  return { vs010 };
}
