import { describe, expect, it } from 'vitest';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import {
  applyExtension,
  planTimetable,
  replanTimetable,
  validateTimetable,
  type ValidateTimetableOptions,
} from '../../src/timetable/index.js';
import { codeOf } from '../helpers.js';

const options: ValidateTimetableOptions = {
  panelMeetings: SEC_PANEL,
  changeBoardMeetings: SEC_CHANGE_BOARD,
  minConsultationWorkingDays: 15,
  paperDeadlineWorkingDays: 5,
};

describe('replanTimetable', () => {
  const plan = planTimetable({ proposal: 'MP2', path: 'self-governance', convertedOn: '2022-01-21' }, options);
  const extension = { agreedOn: '2022-03-18', months: 2, reason: 'more Working Group time', by: 'panel' } as const;

  it('applyExtension alone moves dates onto days with no meeting; replanning moves them to the next valid ones', () => {
    const codes = validateTimetable(applyExtension(plan.timetable, extension), plan.options).map((i) => i.code);
    expect(codes).toContain('change-board-date-not-meeting');
    const next = replanTimetable(plan.timetable, extension, plan.options);
    expect(validateTimetable(next.timetable, plan.options)).toEqual([]);
    expect(next.timetable.extensions).toEqual([extension]);
    const board = next.reasons.find((r) => r.kind === 'change-board');
    expect(board).toMatchObject({ rule: 'meeting', body: 'change-board' });
    expect(next.timetable.milestones.find((m) => m.kind === 'change-board')?.approved).toBe(board?.date);
  });

  it('keeps what happened', () => {
    const t = {
      ...plan.timetable,
      milestones: plan.timetable.milestones.map((m, i) => (i === 0 ? { ...m, actual: m.approved } : m)),
    };
    const next = replanTimetable(t, extension, plan.options);
    expect(next.timetable.milestones[0]).toEqual(t.milestones[0]);
  });

  it('refuses what applyExtension refuses, and a kind given twice', () => {
    expect(codeOf(() => replanTimetable(plan.timetable, { ...extension, months: 0 }, plan.options))).toBe(
      'invalid-extension',
    );
    const twice = { ...plan.timetable, milestones: [...plan.timetable.milestones, plan.timetable.milestones[0]!] };
    expect(codeOf(() => replanTimetable(twice, extension, plan.options))).toBe('invalid-argument');
  });
});
