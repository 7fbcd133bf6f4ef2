import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors/parse-error.js';
import { parseTimetable, parseValidateOptions, validateTimetable } from '../../src/timetable/index.js';

const failure = (f: () => unknown): ParseError<string & never> => {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e as never;
    throw e;
  }
  throw new Error('parsed');
};

const mp084 = {
  proposal: 'MP084',
  path: 'authority-determination',
  milestones: [
    { kind: 'draft-modification-report', approved: '2020-02' },
    { kind: 'change-board', approved: '2020-04-22' },
    { kind: 'authority-decision', approved: '2020-05-27' },
  ],
  extensions: [],
};

describe('parseTimetable: a timetable read at the edge', () => {
  it('returns the timetable for validateTimetable, months kept as months', () => {
    const t = parseTimetable(JSON.stringify(mp084));
    expect(t).toEqual(mp084);
    expect(validateTimetable(t)).toEqual([]);
  });

  it('lists every problem with its path, an unknown milestone kind by name with the nearest known kind', () => {
    const e = failure(() =>
      parseTimetable({
        ...mp084,
        path: 'self-govern',
        milestones: [
          { kind: 'chnage-board', approved: '2020-04-22' },
          { kind: 'panel-decision', approved: '2020-13' },
          { kind: 'panel-decision', approved: '2020-02-30' },
        ],
        extensions: [{ agreedOn: '2020-01-10', months: 0, reason: 'x', by: 'panel', from: 'refinment' }],
      }),
    );
    expect(e.code).toBe('invalid-timetable');
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['schema', 'path'],
      ['unknown-milestone', 'milestones.0.kind'],
      ['schema', 'milestones.1.approved'],
      ['schema', 'milestones.2.approved'],
      ['schema', 'extensions.0.months'],
      ['unknown-milestone', 'extensions.0.from'],
    ]);
    expect(e.issues[0]?.message).toContain('(did you mean "self-governance"?)');
    expect(e.issues[1]?.message).toContain('unknown milestone kind "chnage-board" (did you mean "change-board"?)');
    expect(e.issues[2]?.message).toContain('invalid month "2020-13"');
    expect(e.issues[3]?.message).toContain('day must be 01-29 in 2020-02');
    expect(e.issues[5]?.message).toContain('(did you mean "refinement"?)');
  });

  it('reads the JSON options of validateTimetable', () => {
    expect(parseValidateOptions({ panelMeetings: ['2020-04-17'], minConsultationWorkingDays: 15 })).toEqual({
      panelMeetings: ['2020-04-17'],
      minConsultationWorkingDays: 15,
    });
    const e = failure(() => parseValidateOptions({ panelMeetings: 5, calendar: 'england' }));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['options.panelMeetings', 'options.calendar']);
    expect(e.issues[1]?.message).toContain(
      'unknown key "calendar"; expected one of panelMeetings, changeBoardMeetings',
    );
  });
});
