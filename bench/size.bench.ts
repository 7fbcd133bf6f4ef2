/**
 * Size: a register of 100,000 generated proposals through parseRegister, statusReport and every render
 * format (text, Markdown, JSON, HTML), each stage in a process of its own for its time and peak memory
 * (maxRSS), beside the comparator a caller has without secmod: JSON.parse of the same file and
 * JSON.stringify of what it read. Figures only; nothing here is asserted.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateInput } from './report.bench.js';

const N = 100_000;

interface Stage {
  readonly stage: string;
  readonly ms: Record<string, number>;
  readonly bytes: number;
  readonly maxRssMb: number;
}

function run(file: string, stage: string): Stage {
  const r = spawnSync(process.execPath, ['bench/size-child.mjs', file, stage], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`size stage ${stage}: exit ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return JSON.parse(r.stdout) as Stage;
}

export function sizeBenchmarks(): void {
  const dir = mkdtempSync(join(tmpdir(), 'secmod-size-'));
  try {
    const file = join(dir, 'register.json');
    const text = JSON.stringify(generateInput(N));
    writeFileSync(file, text);
    console.log(
      `\nSize: ${N.toLocaleString('en-GB')} proposals (${(text.length / 1e6).toFixed(1)} MB of JSON), each stage in its own process; ${availableParallelism()} cores`,
    );
    const base = run(file, 'json');
    const jsonParse = base.ms['JSON.parse'] ?? Number.NaN;
    const jsonOut = base.ms['JSON.stringify'] ?? Number.NaN;
    console.log(
      `  ${'comparator: JSON.parse + JSON.stringify'.padEnd(40)} ${jsonParse.toFixed(0).padStart(6)} ms + ${jsonOut.toFixed(0).padStart(5)} ms   peak ${base.maxRssMb.toFixed(0).padStart(5)} MB`,
    );
    const parse = run(file, 'parse');
    const parseMs = parse.ms['parseRegister'] ?? Number.NaN;
    console.log(
      `  ${'parseRegister'.padEnd(40)} ${parseMs.toFixed(0).padStart(6)} ms (${(parseMs / jsonParse).toFixed(1)}x JSON.parse)   peak ${parse.maxRssMb.toFixed(0).padStart(5)} MB (${(parse.maxRssMb / base.maxRssMb).toFixed(1)}x)`,
    );
    const report = run(file, 'report');
    console.log(
      `  ${'statusReport'.padEnd(40)} ${(report.ms['statusReport'] ?? Number.NaN).toFixed(0).padStart(6)} ms   peak ${report.maxRssMb.toFixed(0).padStart(5)} MB (${(report.maxRssMb / base.maxRssMb).toFixed(1)}x)`,
    );
    for (const format of ['text', 'markdown', 'json-render', 'html']) {
      const s = run(file, format);
      const ms = s.ms['render'] ?? Number.NaN;
      const name = `render ${format === 'json-render' ? 'json (the CLI: JSON.stringify)' : format}`;
      console.log(
        `  ${name.padEnd(40)} ${ms.toFixed(0).padStart(6)} ms (${(ms / jsonOut).toFixed(1)}x JSON.stringify of the input), ${(s.bytes / 1e6).toFixed(1)} MB   peak ${s.maxRssMb.toFixed(0).padStart(5)} MB (${(s.maxRssMb / base.maxRssMb).toFixed(1)}x)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
