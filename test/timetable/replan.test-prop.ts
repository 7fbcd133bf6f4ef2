import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import {
  applyExtension,
  planTimetable,
  replanTimetable,
  validateTimetable,
  type Timetable,
  type ValidateTimetableOptions,
} from '../../src/timetable/index.js';
import { requestArb } from './arbitraries.js';

const RUNS = Number(process.env['PLAN_RUNS'] ?? 2000) / 4;
const options: ValidateTimetableOptions = {
  panelMeetings: SEC_PANEL,
  changeBoardMeetings: SEC_CHANGE_BOARD,
  minConsultationWorkingDays: 15,
  paperDeadlineWorkingDays: 5,
};

/** The plan with its first `done` milestones achieved on their dates. */
const achieved = (t: Timetable, done: number): Timetable => ({
  ...t,
  milestones: t.milestones.map((m, i) => (i < done ? { ...m, actual: m.approved } : m)),
});

describe('replanTimetable (property)', () => {
  it('keeps what happened, moves what is to come, and validates clean under the same options', () => {
    let brokenByExtension = 0;
    fc.assert(
      fc.property(requestArb, fc.nat(), fc.integer({ min: 1, max: 9 }), (request, at, months) => {
        const plan = planTimetable(request, options);
        const n = plan.timetable.milestones.length;
        const done = at % n;
        const t = achieved(plan.timetable, done);
        const agreedOn = t.milestones[Math.max(0, done - 1)]?.approved as string;
        const extension = { agreedOn, months, reason: 'more time', by: 'panel' } as const;
        if (validateTimetable(applyExtension(t, extension), plan.options).some((i) => i.severity === 'error'))
          brokenByExtension++;
        const next = replanTimetable(t, extension, plan.options);
        expect(validateTimetable(next.timetable, plan.options).filter((i) => i.severity === 'error')).toEqual([]);
        // What happened is kept; what is to come is no earlier than the extension put it.
        const moved = applyExtension(t, extension).milestones;
        next.timetable.milestones.forEach((m, i) => {
          if (i < done) expect(m).toEqual(t.milestones[i]);
          else expect(m.approved >= (moved[i]?.approved as string)).toBe(true);
        });
        expect(next.timetable.extensions).toEqual([extension]);
      }),
      { numRuns: RUNS },
    );
    // The case the re-plan is for: an extension alone mostly breaks the timetable's own validation.
    expect(brokenByExtension).toBeGreaterThan(RUNS / 2);
  });
});
