import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import table from '../fixtures/report-2017-10-progression-table.json' with { type: 'json' };
import {
  applyExtension,
  dccAssessmentStatus,
  dccDueDate,
  extensionStatus,
  extensionSummary,
  MILESTONE_ORDER,
  progressStatus,
  validateTimetable,
  type DccAssessment,
  type Extension,
  type Milestone,
  type Timetable,
} from '../../src/timetable/index.js';
import { codeOf as code } from '../helpers.js';

const ext = (agreedOn: string, months: number, reason = 'late DCC assessment'): Extension => ({
  agreedOn,
  months,
  reason,
  by: 'panel',
});

/** Splits `total` months into `count` positive whole extensions: the report (SECP_49_1310_11) gives only the totals. */
const splits = (count: number, total: number) =>
  count === 0
    ? fc.constant<number[]>([])
    : fc.array(fc.integer({ min: 1, max: total }), { minLength: count - 1, maxLength: count - 1 }).map((cuts) => {
        const points = [0, ...[...new Set(cuts.map((c) => Math.min(c, total - 1)))].sort((a, b) => a - b), total];
        const parts = points
          .slice(1)
          .map((p, i) => p - (points[i] as number))
          .filter((p) => p > 0);
        while (parts.length < count) {
          const i = parts.findIndex((p) => p > 1);
          parts.splice(i, 1, (parts[i] as number) - 1, 1);
        }
        return parts;
      });

describe('the progression table of SECP_49_1310_11 (section 6)', () => {
  it.each(table.rows.map((r) => [r.id, r.extensions, r.extensionMonths] as const))(
    '%s: %i extensions, %i months',
    (id, count, months) => {
      fc.assert(
        fc.property(splits(count, months), (parts) => {
          let t: Timetable = { proposal: id, path: 'authority-determination', milestones: [], extensions: [] };
          parts.forEach((m, i) => {
            t = applyExtension(t, ext(`2017-0${1 + i}-10`, m));
          });
          expect(extensionSummary(t)).toEqual({ count, totalMonths: months });
        }),
        { numRuns: 25 },
      );
    },
  );

  it('has the 30 rows of the report', () => {
    expect(table.rows).toHaveLength(30);
    expect(table.rows.find((r) => r.id === 'SECMP0015')).toMatchObject({ extensions: 4, extensionMonths: 16 });
    expect(table.rows.find((r) => r.id === 'SECMP0010')).toMatchObject({ extensions: 4, extensionMonths: 19 });
  });
});

describe('SECMP0023, SECP_49_1310_11 section 2, end to end', () => {
  /** As approved after the two earlier extensions (the first agreed at the February 2017 Panel, SECP_41_1002_09). */
  const base = (first: number): Timetable => ({
    proposal: 'SECMP0023',
    path: 'authority-determination',
    milestones: [
      { kind: 'refinement', approved: '2017-01', actual: '2017-01' },
      { kind: 'dcc-impact-assessment', approved: '2017-10' },
      { kind: 'draft-modification-report', approved: '2017-11' },
      { kind: 'change-board', approved: '2017-12' },
      { kind: 'authority-decision', approved: '2018-02' },
    ],
    extensions: [
      ext('2017-02-10', first, 'late DCC Preliminary Assessment'),
      ext('2017-06-09', 6 - first, 'late DCC Impact Assessment'),
    ],
  });

  it('a third extension of 2 months agreed on 13 Oct 2017 moves the DMR to January 2018: 3 extensions, 8 months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), (first) => {
        const before = base(first);
        expect(extensionSummary(before)).toEqual({ count: 2, totalMonths: 6 });
        const after = applyExtension(
          before,
          ext('2017-10-13', 2, 'further delay in the delivery of the DCC Impact Assessment'),
        );
        expect(after.milestones.find((m) => m.kind === 'draft-modification-report')?.approved).toBe('2018-01');
        expect(after.milestones.find((m) => m.kind === 'refinement')).toEqual({
          kind: 'refinement',
          approved: '2017-01',
          actual: '2017-01',
        });
        expect(extensionSummary(after)).toEqual({ count: 3, totalMonths: 8 });
        expect(before.milestones[2]?.approved).toBe('2017-11'); // not mutated
      }),
    );
  });

  it('is late on the report date, and Extended', () => {
    const t = {
      ...base(3),
      milestones: base(3).milestones.map((m) =>
        m.kind === 'dcc-impact-assessment' ? { ...m, approved: '2017-09' } : m,
      ),
    };
    expect(progressStatus(t, '2017-10-06')).toBe('late');
    expect(extensionStatus(t, '2017-10-06')).toBe('extended');
    expect(extensionStatus({ ...t, extensions: [] }, '2017-10-06')).toBe('required');
    expect(extensionStatus(t, '2017-09-15')).toBe('not-required');
  });
});

describe('extensions are refused when the rules say so', () => {
  const t: Timetable = {
    proposal: 'X',
    path: 'self-governance',
    milestones: [
      { kind: 'refinement', approved: '2017-03', actual: '2017-03' },
      { kind: 'change-board', approved: '2017-09-13' },
    ],
    extensions: [],
  };
  it.each([
    [{ ...ext('2017-06-09', 2), by: 'working-group' as never }, 'invalid-extension'],
    [ext('2017-06-09', 0), 'invalid-extension'],
    [ext('2017-06-09', -1), 'invalid-extension'],
    [ext('2017-06-09', 1.5), 'invalid-extension'],
    [{ ...ext('2017-06-09', 1), from: 'refinement' as const }, 'moves-achieved-milestone'],
    [ext('2017-02-30', 1), 'invalid-date'],
  ])('%j → %s', (e, expected) => {
    expect(code(() => applyExtension(t, e))).toBe(expected);
  });
  it('keeps day precision and clamps to the month end', () => {
    const moved = applyExtension(
      { ...t, milestones: [{ kind: 'change-board', approved: '2017-08-31' }] },
      ext('2017-06-09', 1),
    );
    expect(moved.milestones[0]?.approved).toBe('2017-09-30');
    expect(code(() => applyExtension(moved, ext('2017-06-01', 1)))).toBe('invalid-extension');
  });
});

describe('properties (fast-check)', () => {
  const kinds = fc.uniqueArray(fc.constantFrom(...MILESTONE_ORDER), {
    minLength: 1,
    maxLength: MILESTONE_ORDER.length,
  });
  const timetable = fc
    .tuple(kinds, fc.integer({ min: 0, max: 11 }), fc.integer({ min: 2015, max: 2030 }))
    .map(([ks, achieved, year]): Timetable => {
      const sorted = [...ks].sort((a, b) => MILESTONE_ORDER.indexOf(a) - MILESTONE_ORDER.indexOf(b));
      const milestones: Milestone[] = sorted.map((kind, i) => {
        const month = `${year + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
        return i < achieved ? { kind, approved: month, actual: month } : { kind, approved: month };
      });
      return { proposal: 'P', path: 'authority-determination', milestones, extensions: [] };
    });

  it('never moves an achieved milestone, never reorders, and the total is the sum of the parts', () => {
    fc.assert(
      fc.property(timetable, fc.array(fc.integer({ min: 1, max: 24 }), { maxLength: 6 }), (t0, parts) => {
        let t = t0;
        for (const [i, m] of parts.entries())
          t = applyExtension(t, ext(`2031-01-${String(i + 1).padStart(2, '0')}`, m));
        t.milestones.forEach((m, i) => {
          if (m.actual !== undefined) expect(m).toEqual(t0.milestones[i]);
        });
        const order = t.milestones.map((m) => m.approved);
        expect([...order].sort()).toEqual(order);
        expect(extensionSummary(t)).toEqual({ count: parts.length, totalMonths: parts.reduce((a, b) => a + b, 0) });
        expect(
          validateTimetable(t, { releasePolicy: false }).filter((x) => x.code === 'milestones-out-of-order'),
        ).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('DCC assessments', () => {
  const ia: DccAssessment = {
    kind: 'impact',
    requestedOn: '2017-05-02',
    originalDueOn: '2017-07-28',
    revisedDueOn: ['2017-09-29', '2017-10-31'],
    onHold: [{ from: '2017-08-01', to: '2017-08-31' }],
  };
  it('judges against the original and the latest revised due date', () => {
    expect(dccAssessmentStatus({ ...ia, returnedOn: '2017-10-20' }, '2017-11-01', 'original')).toBe('returned-late');
    expect(dccAssessmentStatus({ ...ia, returnedOn: '2017-10-20' }, '2017-11-01', 'revised')).toBe('returned-on-time');
    expect(dccAssessmentStatus(ia, '2017-08-15', 'original')).toBe('on-hold');
    expect(dccAssessmentStatus(ia, '2017-10-06', 'revised')).toBe('outstanding');
    expect(dccAssessmentStatus({ ...ia, returnedOn: '2017-10-20' }, '2017-10-06', 'revised')).toBe('outstanding');
    expect(dccAssessmentStatus({ ...ia, revisedDueOn: [] }, '2017-10-06', 'revised')).toBe('outstanding');
    expect(code(() => dccAssessmentStatus(ia, '2017-10-06', 'latest' as never))).toBe('invalid-argument');
  });
  it('gives working-day due dates under the standard timescales, from 1 Nov 2018 only', () => {
    expect(dccDueDate('2019-01-07', 'preliminary')).toBe('2019-02-04');
    expect(dccDueDate('2017-05-02', 'impact')).toBeUndefined();
  });
});

describe('validateTimetable returns every problem', () => {
  const meetings = ['2019-01-11', '2019-02-08', '2019-03-08', '2019-04-12', '2019-05-10', '2019-06-14', '2019-07-12'];
  const good: Timetable = {
    proposal: 'MP070',
    path: 'self-governance',
    milestones: [
      { kind: 'refinement', approved: '2019-01' },
      { kind: 'working-group-consultation', approved: '2019-02-11', until: '2019-03-01' },
      { kind: 'draft-modification-report', approved: '2019-04-12' },
      { kind: 'modification-report-consultation', approved: '2019-04-15', until: '2019-05-03' },
      { kind: 'change-board', approved: '2019-05-22' },
      { kind: 'implementation', approved: '2019-11-29' },
    ],
    extensions: [],
  };
  it('passes a sound timetable', () => {
    expect(validateTimetable(good, { panelMeetings: meetings, minConsultationWorkingDays: 10 })).toEqual([]);
  });
  it('finds every broken rule, with paths and sources', () => {
    const bad: Timetable = {
      proposal: 'MP999',
      path: 'fast-track',
      milestones: [
        { kind: 'refinement', approved: '2019-03' },
        { kind: 'draft-modification-report', approved: '2019-02-15' },
        { kind: 'modification-report-consultation', approved: '2019-02-18', until: '2019-02-22' },
        { kind: 'authority-decision', approved: '2019-06-01' },
        { kind: 'implementation', approved: '2019-05-30' },
        { kind: 'implementation', approved: '2019-13-01' },
      ],
      extensions: [],
    };
    const issues = validateTimetable(bad, {
      panelMeetings: meetings,
      minConsultationWorkingDays: 10,
      standstillEndsOn: '2019-07-01',
    });
    expect(issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'invalid-date@milestones.5.approved',
      'duplicate-milestone@milestones.5.kind',
      'milestones-out-of-order@milestones.1.approved',
      'milestones-out-of-order@milestones.2.approved',
      'milestones-out-of-order@milestones.4.approved',
      'milestone-not-on-path@milestones.0.kind',
      'milestone-not-on-path@milestones.1.kind',
      'milestone-not-on-path@milestones.2.kind',
      'milestone-not-on-path@milestones.3.kind',
      'milestone-missing@milestones',
      'panel-date-not-meeting@milestones.1.approved',
      'consultation-too-short@milestones.2.until',
      'implementation-not-on-release@milestones.4.approved',
      'implementation-before-standstill-end@milestones.4.approved',
      'non-working-day@milestones.3.approved',
    ]);
    expect(issues.every((i) => i.message.startsWith('MP999'))).toBe(true);
    // An error since the SEC defaults made the path's required milestones errors (it was a warning).
    expect(issues.find((i) => i.code === 'milestone-missing')?.severity).toBe('error');
    expect(issues.find((i) => i.code === 'milestone-not-on-path')?.source?.clause).toBe('D2, D6, D7.1');
  });
  it('finds implementation before the decision, and Authority decisions on Self-Governance', () => {
    const t: Timetable = {
      ...good,
      milestones: [
        ...good.milestones.filter((m) => m.kind !== 'implementation'),
        { kind: 'authority-decision', approved: '2019-06' },
        { kind: 'implementation', approved: '2019-02-28' },
      ],
    };
    const codes = validateTimetable(t).map((i) => i.code);
    expect(codes).toContain('implementation-before-decision');
    expect(codes).toContain('milestone-not-on-path');
  });
});
