/**
 * A register record's timetable and `secmod/timetable`'s `Timetable` are one shape: a timetable can be put
 * in a record as it is, and comes back as it was; what it says that is the record's must agree with it.
 */
import { describe, expect, it } from 'vitest';
import { parseRegister, recordTimetable, RegisterError } from '../../src/register/index.js';
import type { Timetable } from '../../src/timetable/index.js';
import { validateTimetable } from '../../src/timetable/index.js';

const timetable: Timetable = {
  proposal: 'MP084',
  path: 'self-governance',
  milestones: [
    { kind: 'draft-modification-report', approved: '2020-04-17' },
    { kind: 'change-board', approved: '2020-06-24' },
  ],
  extensions: [],
  dccAssessments: [{ kind: 'preliminary', requestedOn: '2020-01-06', originalDueOn: '2020-02-03' }],
};

const issuesOf = (proposal: Record<string, unknown>) => {
  try {
    parseRegister({ proposals: [proposal] });
  } catch (error) {
    if (error instanceof RegisterError) return error.issues.map((i) => [i.path.join('.'), i.message]);
    throw error;
  }
  return [];
};

describe("a Timetable as a register record's timetable", () => {
  it('is accepted as it is, and recordTimetable gives it back', () => {
    const register = parseRegister({ proposals: [{ id: 'MP084', path: 'self-governance', timetable }] });
    const record = register.proposals[0]!;
    expect(record.timetable).toEqual({ milestones: timetable.milestones, extensions: [] });
    expect(record.dccAssessments).toEqual(timetable.dccAssessments);
    expect(recordTimetable(record)).toEqual(timetable);
    expect(validateTimetable(recordTimetable(record)!, { rules: [] })).toEqual([]);
  });

  it('gives the record its path when the record has none (nothing it says is lost)', () => {
    const register = parseRegister({ proposals: [{ id: 'MP084', timetable }] });
    expect(register.proposals[0]!.path).toBe('self-governance');
    expect(recordTimetable(register.proposals[0]!)).toEqual(timetable);
  });

  it("refuses another proposal's timetable, another path, and DCC assessments in both places", () => {
    expect(issuesOf({ id: 'MP085', path: 'self-governance', timetable })).toEqual([
      ['proposals.0.timetable.proposal', `the timetable is "MP084"'s, not this record's (MP085)`],
    ]);
    expect(issuesOf({ id: 'MP084', path: 'authority-determination', timetable })).toEqual([
      [
        'proposals.0.timetable.path',
        "the timetable's path self-governance contradicts the record's (authority-determination)",
      ],
    ]);
    expect(
      issuesOf({ id: 'MP084', path: 'self-governance', timetable, dccAssessments: timetable.dccAssessments }),
    ).toEqual([
      ['proposals.0.timetable.dccAssessments', 'give the DCC assessments on the record or in its timetable, not both'],
    ]);
  });

  it('still refuses a key a Timetable does not have, naming the nearest', () => {
    expect(issuesOf({ id: 'MP084', timetable: { ...timetable, extension: [] } })).toEqual([
      [
        'proposals.0.timetable.extension',
        'unknown key "extension" (did you mean "extensions"?); expected one of proposal, path, milestones, extensions, dccAssessments',
      ],
    ]);
  });
});
