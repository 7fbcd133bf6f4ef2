import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}
const dir = mkdtempSync(`${tmpdir()}/secmod-batch-`);
const file = (name: string, content: string | Uint8Array) => {
  writeFileSync(`${dir}/${name}`, content);
  return `${dir}/${name}`;
};

describe('secmod standstill --batch', () => {
  it('answers every CSV row, a bad row with its row number, exit 2 when any failed', async () => {
    const csv = file(
      'rows.csv',
      'receivedOn,detailedOpinion,measure\n2017-10-05,,\n2016-06-09,yes,\n2017-02-30,,\n"2017-10-05",no,voluntary-agreement\n',
    );
    const r = await cli('standstill', '--batch', csv);
    expect(r.code).toBe(2);
    expect(r.out[0]).toBe('row,receivedOn,months,endsOn,nominalEndsOn,convention,calendar,error');
    expect(r.out[1]).toMatch(/^2,2017-10-05,3,2018-01-08,2018-01-05,tris,/);
    expect(r.out[2]).toMatch(/^3,2016-06-09,6,2016-12-12,/);
    expect(r.out[3]).toMatch(/^4,,,,,,,"invalid-date at receivedOn: /);
    expect(r.out[4]).toMatch(/^5,2017-10-05,3,2018-01-08,/);
  });

  it('reads JSON lines and writes JSON lines with --json; exit 0 when every row is answered', async () => {
    const jsonl = file(
      'rows.jsonl',
      '{"receivedOn":"2017-10-05"}\n{"receivedOn":"2016-06-09","detailedOpinion":true}\n',
    );
    const r = await cli('standstill', '--batch', jsonl, '--json');
    expect(r.code).toBe(0);
    expect(r.out.map((l) => JSON.parse(l) as { row: number; endsOn: string })).toMatchObject([
      { row: 1, endsOn: '2018-01-08' },
      { row: 2, endsOn: '2016-12-12' },
    ]);
  });

  it('refuses a JSON line with a key it does not know, with its row number and the nearest field; exit 2', async () => {
    // detailed_opinion is not detailedOpinion: read as absent, it would give 3 months instead of 6.
    const jsonl = file(
      'typo.jsonl',
      '{"receivedOn":"2026-12-03","detailed_opinion":true}\n{"receivedOn":"2026-12-03","detailedOpinion":true}\n',
    );
    const r = await cli('standstill', '--batch', jsonl, '--json');
    expect(r.code).toBe(2);
    const [typo, good] = r.out.map((l) => JSON.parse(l) as { row: number; months?: number; error?: string });
    expect(typo).toEqual({
      row: 1,
      error:
        'invalid-argument at detailed_opinion: invalid argument: unknown key "detailed_opinion" (did you mean "detailedOpinion"?); expected one of receivedOn, measure, commissionAction, convention, notifyingState, detailedOpinion, councilFirstReadingPosition, urgency',
    });
    expect(good).toMatchObject({ row: 2, months: 6 });
  });

  it('answers 10,000 rows in one process', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      new Date(Date.UTC(2012, 0, 1 + (i % 3000))).toISOString().slice(0, 10),
    );
    const r = await cli('standstill', '--batch', file('many.csv', `receivedOn\n${rows.join('\n')}\n`), '--json');
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(10_000);
  });

  it('refuses a header it does not know, and facts given beside --batch', async () => {
    expect(await cli('standstill', '--batch', file('bad.csv', 'received,frob\n2017-10-05,1\n'))).toMatchObject({
      code: 2,
    });
    expect((await cli('standstill', '--batch', file('ok.csv', 'receivedOn\n2017-10-05\n'), '--urgency')).code).toBe(2);
  });

  it('refuses bytes that are not UTF-8 as every other command does, not reading them as U+FFFD', async () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('receivedOn,measure\n2017-10-05,caf'), 0xe9, 0x0a]);
    const r = await cli('standstill', '--batch', file('latin1.csv', latin1));
    expect(r).toMatchObject({ code: 2, out: [] });
    expect(r.err).toContain('invalid-utf8');
    expect(r.err).not.toContain('\uFFFD');
  });

  it('still accepts a UTF-8 byte-order mark', async () => {
    const r = await cli('standstill', '--batch', file('bom.csv', '\uFEFFreceivedOn\n2017-10-05\n'));
    expect(r.code).toBe(0);
    expect(r.out[1]).toMatch(/^2,2017-10-05,3,2018-01-08,/);
  });
});
