import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/calendar/index.js';
import { parseRegister, type Modification } from '../../src/register/index.js';

/** The research log behind examples/register-2017-10.json: each fact with its source and exact words. */
interface Fact {
  readonly field: string;
  readonly value: string;
  /** A section of SECP_49_1310_11 ("SECP_49_1310_11 s4") or the URL of a stored SEC page. */
  readonly source: string;
  readonly quote: string;
  readonly date?: string;
  readonly note?: string;
}
interface Log {
  readonly asOf: string;
  readonly proposals: readonly { readonly id: string; readonly facts: readonly Fact[] }[];
  readonly published: readonly { measure: string; count: number; section: string; quote: string; note?: string }[];
  readonly afterAsOf: readonly { id: string; date: string; source: string; quote: string }[];
}
const log = JSON.parse(
  readFileSync(new URL('../fixtures/register-2017-10-record.json', import.meta.url), 'utf8'),
) as Log;
const text = readFileSync(new URL('../../examples/register-2017-10.json', import.meta.url), 'utf8');
const register = parseRegister(text);
const factsOf = (m: Modification): readonly Fact[] => log.proposals.find((p) => p.id === m.id)?.facts ?? [];
const URL_LINE = /^https:\/\/smartenergycodecompany\.co\.uk\//;

describe('the October 2017 example register and its research log (test/fixtures/register-2017-10-record.json)', () => {
  it('is dated as npm start reads it (6 October 2017, the date of SECP_49_1310_11)', () => {
    const start = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts.start;
    expect(start).toContain('examples/register-2017-10.json --as-of 2017-10-06');
    expect(log.asOf).toBe('2017-10-06');
  });

  it('is valid against the shipped JSON Schema, published block included', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('../../schema/register.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const validate = new Ajv2020({
      allErrors: true,
      strict: false,
      formats: { date: (s: string) => isIsoDate(s) },
    }).compile(shipped);
    expect(validate(JSON.parse(text)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('every raised date, path, stage, Refinement sub-stage, decision date and implementation date has its log entry', () => {
    let checked = 0;
    for (const m of register.proposals) {
      const has = (field: string, value: string | undefined) => {
        if (value === undefined) return;
        checked++;
        expect(
          factsOf(m).some((f) => f.field === field && f.value === value),
          `${m.id} ${field} ${value}`,
        ).toBe(true);
      };
      has('raisedOn', m.raisedOn);
      has('path', m.path);
      has('status.stage', m.status?.stage);
      has('status.refinement', m.status?.refinement);
      has('decision.decidedOn', m.decision?.decidedOn);
      has('implementedOn', m.implementedOn);
    }
    // 5 raised dates, 4 paths, 12 stages (SECMP0006 and 0008 are placed by their approval), 11 sub-stages,
    // 3 decisions, 6 implementations.
    expect(checked).toBe(41);
  });

  it('and every logged fact is in the register, cited: a page as `URL : "quote"`, a section of the report by its number', () => {
    for (const p of log.proposals) {
      const m = register.proposals.find((x) => x.id === p.id);
      expect(m, p.id).toBeDefined();
      for (const f of p.facts) {
        expect(f.quote.trim().length, `${p.id} ${f.field}`).toBeGreaterThan(0);
        if (f.date !== undefined) expect(f.date <= log.asOf, `${p.id} ${f.date}`).toBe(true);
        if (URL_LINE.test(f.source))
          expect(m?.sources, `${p.id} ${f.field}`).toContain(`${f.source} : "${f.quote.replaceAll('\n', ' ')}"`);
        else {
          expect(f.source, `${p.id} ${f.field}`).toMatch(/^SECP_49_1310_11 s\d/);
          const section = /s(\d)/.exec(f.source)?.[1] ?? '';
          expect(
            m?.sources?.some((s) => s.includes('SECP_49_1310_11') && s.includes(`s${section}`)),
            `${p.id} ${f.field}`,
          ).toBe(true);
        }
      }
    }
  });

  it('every page line in a record’s sources is a logged fact', () => {
    for (const m of register.proposals)
      for (const line of m.sources ?? []) {
        if (!URL_LINE.test(line)) continue;
        expect(
          factsOf(m).some((f) => line === `${f.source} : "${f.quote.replaceAll('\n', ' ')}"`),
          `${m.id}: ${line}`,
        ).toBe(true);
      }
  });

  it('nothing dated after 6 October 2017 is in the register', () => {
    for (const a of log.afterAsOf) {
      expect(a.date > log.asOf).toBe(true);
      const m = register.proposals.find((x) => x.id === a.id);
      expect(m?.sources?.some((s) => s.includes(a.quote.replaceAll('\n', ' '))) ?? false).toBe(false);
    }
  });

  it('the published block is the logged printed figures, each with its section of SECP_49_1310_11', () => {
    const figures = register.published?.figures ?? [];
    expect(figures.map(({ measure, count, section }) => ({ measure, count, section }))).toEqual(
      log.published.map(({ measure, count, section }) => ({ measure, count, section })),
    );
    for (const f of figures) expect(f.section).toMatch(/^SECP_49_1310_11 s[16]: /);
    const count = (m: string) => figures.find((f) => f.measure === m)?.count;
    expect([count('open'), count('open.refinement'), count('open.pending-implementation')]).toEqual([28, 25, 2]);
    expect([count('open.refinement.wg-solution-development'), count('open.refinement.dcc-assessment')]).toEqual([
      20, 5,
    ]);
    expect(
      ['raised-to-date.authority-determination', 'raised-to-date.self-governance', 'raised-to-date.fast-track'].map(
        count,
      ),
    ).toEqual([28, 13, 1]);
    expect([count('progression.late'), count('progression.on-time')]).toEqual([18, 11]);
    expect(['extensions.extended', 'extensions.required', 'extensions.not-required'].map(count)).toEqual([13, 5, 11]);
  });

  it('stage coverage: 14 of the 28 open proposals, up from the 12 the report alone places', () => {
    const open = register.proposals.filter((m) => m.status?.state === 'open' || m.status?.state === 'approved');
    expect(open).toHaveLength(28);
    const placed = open.filter((m) => m.status?.stage !== undefined || m.status?.state === 'approved');
    expect(placed.map((m) => m.id).filter((id) => id === 'SECMP0037' || id === 'SECMP0038')).toEqual([
      'SECMP0037',
      'SECMP0038',
    ]);
    expect(placed).toHaveLength(14);
  });
});
