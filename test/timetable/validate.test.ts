import { describe, expect, it } from 'vitest';
import { validateTimetable, type Timetable } from '../../src/timetable/index.js';
import { releasesIn } from '../../src/releases/index.js';

const codes = (t: Timetable, options = {}) => validateTimetable(t, options).map((i) => i.code);

describe('an implementation on a release date is valid whatever day it falls on', () => {
  const nov2020: Timetable = {
    proposal: 'MP-NOV-2020',
    path: 'self-governance',
    // A whole Path 3 timetable, on the SEC's meeting dates: the Panel of 17 April 2020 and the Change Board
    // of 24 June 2020 (a projected fourth Wednesday).
    milestones: [
      { kind: 'draft-modification-report', approved: '2020-04-17' },
      { kind: 'change-board', approved: '2020-06-24' },
      { kind: 'implementation', approved: '2020-11-29' },
    ],
    extensions: [],
  };

  it('the November 2020 release (Sunday 29 November 2020) passes the validation', () => {
    expect(releasesIn(2020).map((r) => r.date)).toContain('2020-11-29');
    expect(validateTimetable(nov2020)).toEqual([]);
  });
  it('an actual implementation on that Sunday passes too', () => {
    const done = {
      ...nov2020,
      milestones: [
        ...nov2020.milestones.slice(0, 2),
        { kind: 'implementation' as const, approved: '2020-11-29', actual: '2020-11-29' },
      ],
    };
    expect(validateTimetable(done)).toEqual([]);
  });
  it('the milestones that are work keep the working-day rule', () => {
    const onSunday = {
      ...nov2020,
      milestones: [
        nov2020.milestones[0]!,
        { kind: 'change-board' as const, approved: '2020-06-28' },
        nov2020.milestones[2]!,
      ],
    };
    // Without the meeting calendars, which would add that no Change Board meets on that Sunday.
    expect(codes(onSunday)).toEqual(['non-working-day']);
  });
  it('an implementation on a Sunday that is no release date is still reported', () => {
    const off = {
      ...nov2020,
      milestones: [...nov2020.milestones.slice(0, 2), { kind: 'implementation' as const, approved: '2020-11-22' }],
    };
    expect(codes(off)).toEqual(['implementation-not-on-release', 'non-working-day']);
  });
});

describe('a misspelt milestone kind is named, not turned into false errors', () => {
  const typo = {
    proposal: 'MP200',
    path: 'self-governance',
    milestones: [
      { kind: 'refinement', approved: '2019-01' },
      { kind: 'changeboard', approved: '2019-05-22' },
      { kind: 'draft-modification-report', approved: '2019-04' },
      { kind: 'implementation', approved: '2019-06-27' },
    ],
    extensions: [],
  } as unknown as Timetable;

  it('reports unknown-milestone with its path and the nearest known kind', () => {
    const issues = validateTimetable(typo);
    const unknown = issues.filter((i) => i.code === 'unknown-milestone');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ severity: 'error', path: ['milestones', 1, 'kind'] });
    expect(unknown[0]!.message).toContain('"changeboard"');
    expect(unknown[0]!.message).toContain('did you mean "change-board"?');
  });
  it('leaves the unknown kind out of the order checks (no contradictory out-of-order errors)', () => {
    expect(codes(typo)).not.toContain('milestones-out-of-order');
    expect(validateTimetable(typo).every((i) => !i.message.includes('comes before changeboard'))).toBe(true);
  });
  it('a kind that is not a string at all is unknown too', () => {
    const t = { ...typo, milestones: [{ kind: 42, approved: '2019-01' }] } as unknown as Timetable;
    expect(validateTimetable(t).find((i) => i.code === 'unknown-milestone')?.path).toEqual(['milestones', 0, 'kind']);
  });
});

describe('consultation length is counted from the day after it opens up to and including the day it closes', () => {
  const consultation = (approved: string, until: string): Timetable => ({
    proposal: 'MP112',
    path: 'authority-determination',
    milestones: [
      { kind: 'working-group-consultation', approved, until },
      { kind: 'draft-modification-report', approved: '2020-05' },
      { kind: 'change-board', approved: '2020-07' },
      { kind: 'authority-decision', approved: '2020-09' },
    ],
    extensions: [],
  });

  it('MP112: 17 March to 7 April 2020 is a 15 Working Day consultation, as the record says', () => {
    expect(codes(consultation('2020-03-17', '2020-04-07'), { minConsultationWorkingDays: 15 })).toEqual([]);
    const short = validateTimetable(consultation('2020-03-17', '2020-04-07'), { minConsultationWorkingDays: 16 });
    expect(short.map((i) => i.code)).toEqual(['consultation-too-short']);
    expect(short[0]!.message).toContain(
      'closes 15 Working Days after it opens: 17 March 2020 to 7 April 2020, under the minimum of 16',
    );
  });
  it('the message says how it counts: 1 May to 15 May 2019 closes 9 Working Days after it opens', () => {
    const [issue] = validateTimetable(consultation('2019-05-01', '2019-05-15'), { minConsultationWorkingDays: 10 });
    expect(issue?.message).toContain('closes 9 Working Days after it opens: 1 May 2019 to 15 May 2019');
  });
});
