import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parseRegister, type Modification } from '../../src/register/index.js';
import { renderStatusReport, statusReport } from '../../src/report/index.js';
import { isIsoDate } from '../../src/calendar/index.js';

/** The research log: every fact of the example register with its stored page and the page's exact words. */
interface Fact {
  readonly fact: string;
  readonly url: string;
  readonly quote: string;
  readonly value?: unknown;
  readonly date?: string;
  readonly afterMonthEnd?: boolean;
}
interface Logged {
  readonly id: string;
  readonly facts: readonly Fact[];
  readonly stageAtMonthEnd: { state: string; stage?: string; refinement?: string; why: string };
}
const log = JSON.parse(readFileSync(new URL('../fixtures/register-2020-09-record.json', import.meta.url), 'utf8')) as {
  monthEnd: string;
  proposals: Logged[];
};
const text = readFileSync(new URL('../../examples/register-2020-09.json', import.meta.url), 'utf8');
const register = parseRegister(text);
const MONTH_END = '2020-09-30';
const report = statusReport(register, { asOf: MONTH_END });
const logged = new Map(log.proposals.map((p) => [p.id, p]));
const factsOf = (m: Modification): readonly Fact[] => logged.get(m.id)?.facts ?? [];
const value = (m: Modification, kind: string): unknown[] =>
  factsOf(m)
    .filter((f) => f.fact === kind && f.afterMonthEnd !== true)
    .map((f) => f.value);

describe('the second example register (examples/register-2020-09.json), from the stored public record', () => {
  it('parses with no issue and holds at least 20 proposals', () => {
    expect(register.proposals.length).toBe(31);
    expect(log.monthEnd).toBe(MONTH_END);
  });

  it('is valid against the shipped JSON Schema', () => {
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

  it('every proposal has facts in the research log, each with a stored SEC page and its exact words', () => {
    expect(new Set(register.proposals.map((m) => m.id))).toEqual(new Set(logged.keys()));
    for (const m of register.proposals) {
      const facts = factsOf(m);
      expect(facts.length, m.id).toBeGreaterThan(0);
      for (const f of facts) {
        expect(f.url, m.id).toMatch(/^https:\/\/smartenergycodecompany\.co\.uk\//);
        expect(f.quote.trim().length, `${m.id} ${f.fact}`).toBeGreaterThan(0);
      }
    }
  });

  it('every field the register states is a logged fact dated on or before the month-end', () => {
    for (const m of register.proposals) {
      const facts = factsOf(m);
      if (m.title !== undefined) expect(value(m, 'title'), m.id).toContain(m.title);
      if (m.raisedOn !== undefined) expect(value(m, 'raisedOn'), m.id).toContain(m.raisedOn);
      if (m.path !== undefined) expect(value(m, 'path'), m.id).toContain(m.path);
      if (m.implementedOn !== undefined) expect(value(m, 'implementedOn'), m.id).toContain(m.implementedOn);
      if (m.decision !== undefined) expect(value(m, 'decision'), m.id).toContainEqual(m.decision);
      for (const date of [m.raisedOn, m.implementedOn, m.decision?.decidedOn])
        if (date !== undefined) expect(date <= MONTH_END, `${m.id} ${date}`).toBe(true);
      // Each page the record cites is quoted in its sources, and nothing dated after the month-end is.
      for (const f of facts.filter((x) => x.afterMonthEnd !== true))
        expect(
          m.sources?.some((s) => s.startsWith(`${f.url} : `)),
          `${m.id} ${f.url}`,
        ).toBe(true);
      // (A sentence cited for something the register states, such as the path it names, may also report a later
      // decision: the decision itself stays out of the record's fields.)
      const cited = new Set(facts.filter((x) => x.afterMonthEnd !== true).map((x) => x.quote));
      for (const f of facts.filter((x) => x.afterMonthEnd === true && !cited.has(x.quote)))
        expect(
          m.sources?.some((s) => s.includes(f.quote.replaceAll('\n', ' '))),
          `${m.id} ${f.quote}`,
        ).toBe(false);
    }
  });

  it("every stage is the log's stage on 30 September 2020, and every record says how its stage was (or was not) derived", () => {
    for (const m of register.proposals) {
      const s = logged.get(m.id)?.stageAtMonthEnd;
      expect(s?.why.length, m.id).toBeGreaterThan(40);
      expect(m.status?.state, m.id).toBe(s?.state);
      expect(m.status?.stage, m.id).toBe(s?.state === 'open' ? s.stage : undefined);
      expect(m.status?.refinement, m.id).toBe(s?.refinement);
      expect(m.sources?.at(-1), m.id).toBe(`Stage on ${MONTH_END}: ${s?.why}`);
    }
  });

  it('the report on 30 September 2020: 20 open, 11 implemented in the year before, MP102A approved in the month', () => {
    expect(report.open.total).toBe(20);
    expect(report.open.unknown).toBe(0);
    expect(report.statistics.closedToDate).toMatchObject({ approved: 11, rejected: 0, withdrawn: 0 });
    expect(report.open.byCategory).toMatchObject({
      'development-stage': 3,
      refinement: 4,
      'modification-report': 3,
      'change-board': 1,
      'pending-implementation': 4,
    });
    expect(report.open.onHold).toBe(1);
    expect(report.approvals.map((a) => [a.id, a.decidedOn, a.decidedBy])).toEqual([
      ['MP102A', '2020-09-23', 'change-board'],
    ]);
    expect(report.newProposals.map((n) => n.id)).toEqual(['MP142']);
  });

  it('5 of the 20 open proposals have no dated stage (one in four, the most the issue allows: the stored pages stop before their timelines), each with its reason', () => {
    expect(report.open.byCategory['not-recorded']).toBe(5);
    const noStage = register.proposals.filter((m) => m.status?.state === 'open' && m.status.stage === undefined);
    expect(noStage.map((m) => m.id)).toEqual(['MP077', 'MP081', 'MP102B', 'MP115', 'MP121']);
    expect(noStage.length * 4).toBeLessThanOrEqual(report.open.total);
    for (const m of noStage)
      expect(logged.get(m.id)?.stageAtMonthEnd.why, m.id).toMatch(/not recorded|no dated|not in reach|does not date/);
    expect(report.gaps).toContain('5 of 20 open proposals have no recorded stage');
  });

  it('the stages a later fact puts in doubt say so', () => {
    for (const id of ['SECMP0007', 'MP099', 'MP118', 'MP120', 'MP127', 'MP142'])
      expect(logged.get(id)?.stageAtMonthEnd.why, id).toContain('Doubt:');
  });

  it('the second pass: each stage it added rests on the dated row its record quotes, on or before the month-end', () => {
    const rows: [string, string, string][] = [
      ['MP078', 'refinement', '2019-08-30'],
      ['MP083', 'development-stage', '2020-09-17'],
      ['MP118', 'modification-report', '2020-06-22'],
      ['MP127', 'change-board', '2020-08-26'],
    ];
    for (const [id, stage, date] of rows) {
      const m = register.proposals.find((p) => p.id === id);
      expect(m?.status?.stage, id).toBe(stage);
      const last = logged
        .get(id)
        ?.facts.filter((f) => f.date !== undefined && f.afterMonthEnd !== true)
        .map((f) => f.date ?? '')
        .sort()
        .at(-1);
      expect(last, id).toBe(date);
      expect(date <= MONTH_END, id).toBe(true);
    }
    expect(register.proposals.find((p) => p.id === 'MP083')?.status?.onHold).toBe(true);
  });

  it('renders as text and markdown', () => {
    expect(renderStatusReport(report, { format: 'text' })).toContain('Total open                             20');
    expect(renderStatusReport(report, { format: 'markdown' })).toContain('MP127');
  });
});
