import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { englandAndWales, northernIreland, scotland } from '../../../src/calendar/index.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../../src/meetings/index.js';
import {
  defineTimetableRule,
  planTimetable,
  SEC_TIMETABLE_RULES,
  validateTimetable,
  type AnyTimetableRule,
} from '../../../src/timetable/index.js';

import { requestArb } from '../arbitraries.js';

const RUNS = Number(process.env['PLAN_RUNS'] ?? 2000) / 4;

/** A house rule with no plan side: nothing on the 13th of a month. */
const not13th = defineTimetableRule({
  code: 'not-on-the-13th',
  severity: 'error',
  source: { document: 'house practice', status: 'observed' },
  check: (_t, context) =>
    context.milestones.flatMap((m) =>
      (['approved', 'until'] as const)
        .filter((f) => m.milestone[f]?.slice(8) === '13')
        .map((f) => ({ message: `${m.kind} on the 13th`, path: ['milestones', m.index, f] })),
    ),
});

describe('the rules run forward (property)', () => {
  it('whatever rules and calendar are chosen, a plan satisfies every error-level rule under the same options', () => {
    fc.assert(
      fc.property(
        requestArb,
        fc.subarray([...SEC_TIMETABLE_RULES] as AnyTimetableRule[]),
        fc.boolean(),
        fc.constantFrom(englandAndWales, scotland, northernIreland),
        fc.integer({ min: 0, max: 10 }),
        (request, rules, house, calendar, papers) => {
          const options = {
            panelMeetings: SEC_PANEL,
            changeBoardMeetings: SEC_CHANGE_BOARD,
            minConsultationWorkingDays: 15,
            paperDeadlineWorkingDays: papers,
            calendar,
            rules: house ? [...rules, not13th] : rules,
          };
          const plan = planTimetable(request, options);
          expect(validateTimetable(plan.timetable, plan.options).filter((i) => i.severity === 'error')).toEqual([]);
          // Every date has a reason, in the order of the milestones.
          expect(plan.reasons.map((r) => `${r.kind}.${r.field}`)).toEqual(
            plan.timetable.milestones.flatMap((m) => [`${m.kind}.approved`, ...(m.until ? [`${m.kind}.until`] : [])]),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});
