import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

describe('secmod standstill: every step with its reason, adoption, and the after-2020 warning', () => {
  it('keeps its lines and adds the first day of adoption and the steps, the TRIS "+1 day" among them', async () => {
    const r = await cli('standstill', '2017-10-05');
    expect(r.code).toBe(0);
    expect(r.out).toContain('  ends on:      2018-01-08 (TRIS convention: the date TRIS publishes)');
    expect(r.out).toContain('  adoptable:    2018-01-09 (the first day the measure may be adopted: step 4)');
    const steps = r.out.slice(r.out.indexOf('  steps:') + 1, r.out.indexOf('  basis:'));
    expect(steps.map((l) => l.slice(0, 32))).toEqual([
      '    1. 2018-01-05 months: the pe',
      '    2. 2018-01-06 day-after: +1 ',
      '    3. 2018-01-08 working-day: f',
      '    4. 2018-01-09 adoptable-from',
    ]);
    expect(steps[1]).toContain("TRIS publishes the day after the period's last day");
    expect(steps[1]).toMatch(/\[TRIS notifications .*\(observed\)\]$/);
  });

  it('warns a UK notification after 2020 and takes XI for Northern Ireland, without date-holidays', async () => {
    const uk = await cli('standstill', '2026-05-02');
    expect(uk.code).toBe(0);
    expect(uk.out.find((l) => l.startsWith('  warning:'))).toContain('not-notified-after-2020');
    const ni = await cli('standstill', '2026-05-02', '--state', 'XI', '--json');
    expect(ni.code).toBe(0);
    expect(JSON.parse(ni.out.join('\n'))).toMatchObject({
      calendar: 'tris-commission-core+northern-ireland',
      endsOn: '2026-08-03',
      adoptableFrom: '2026-08-04',
      warnings: [],
    });
  });

  it('earliest-release decides by the standstill’s first day of adoption', async () => {
    const r = await cli('earliest-release', '--approved', '2017-09-29', '--standstill-received', '2017-10-05');
    expect(r.out).toContain('EC standstill: the measure may be adopted from 2018-01-09 (the day after it ends)');
  });

  it('batch JSON lines carry adoptableFrom and warning codes (the CSV keeps its columns)', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/secmod-steps-`)}/rows.jsonl`;
    writeFileSync(file, '{"receivedOn":"2017-10-05"}\n{"receivedOn":"2026-05-02"}\n');
    const r = await cli('standstill', '--batch', file, '--json');
    expect(r.out.map((l) => JSON.parse(l))).toMatchObject([
      { row: 1, endsOn: '2018-01-08', adoptableFrom: '2018-01-09' },
      { row: 2, adoptableFrom: '2026-08-05', warnings: ['not-notified-after-2020'] },
    ]);
  });
});
