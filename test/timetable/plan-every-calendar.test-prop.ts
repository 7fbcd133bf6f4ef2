/**
 * The plan/validate invariant over every calendar secmod ships (issue 30: a plan with `calendar:
 * scotland` put the DCC due date on a Scottish bank holiday, so `validateTimetable(plan.timetable,
 * plan.options)` was not `[]`, against planTimetable's documented promise).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInCalendars } from '../../src/calendar/index.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import { planTimetable, validateTimetable } from '../../src/timetable/index.js';
import { requestArb } from './arbitraries.js';

const RUNS = Number(process.env['PLAN_RUNS'] ?? 300);

describe('planTimetable under every built-in calendar (property)', () => {
  it.each(Object.keys(builtInCalendars))('%s: validateTimetable(plan.timetable, plan.options) is []', (id) => {
    const calendar = builtInCalendars[id as keyof typeof builtInCalendars];
    fc.assert(
      fc.property(requestArb, fc.integer({ min: 0, max: 10 }), (request, papers) => {
        const plan = planTimetable(request, {
          panelMeetings: SEC_PANEL,
          changeBoardMeetings: SEC_CHANGE_BOARD,
          minConsultationWorkingDays: 15,
          paperDeadlineWorkingDays: papers,
          calendar,
        });
        expect(validateTimetable(plan.timetable, plan.options)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
