import { describe, expectTypeOf, it } from 'vitest';
import {
  defineTimetableRule,
  planTimetable,
  SEC_TIMETABLE_RULES,
  validateTimetable,
  type Plan,
  type Timetable,
  type TimetableIssue,
  type ValidateTimetableOptions,
  type ValidationIssue,
} from '../../../src/timetable/index.js';

declare const t: Timetable;
const noAugust = defineTimetableRule({
  code: 'no-august-milestone',
  severity: 'error',
  source: { document: 'house', status: 'observed' },
  check: (_timetable, context) =>
    context.milestones.map((m) => ({ message: 'August', path: ['milestones', m.index], month: 8 as const })),
});

describe('the issues of a rule list are typed by its rules', () => {
  it('with no rules given, validateTimetable returns TimetableIssue', () => {
    expectTypeOf(validateTimetable(t)).toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf<ValidationIssue>().toEqualTypeOf<TimetableIssue>();
    const options: ValidateTimetableOptions = { minConsultationWorkingDays: 10 };
    expectTypeOf(validateTimetable(t, options)[0]).toEqualTypeOf<TimetableIssue | undefined>();
  });

  it("a house rule's code and fields join the union", () => {
    const issue = validateTimetable(t, { rules: [...SEC_TIMETABLE_RULES, noAugust] })[0];
    if (issue?.code === 'no-august-milestone') expectTypeOf(issue.month).toEqualTypeOf<8>();
    if (issue?.code === 'consultation-too-short') expectTypeOf(issue.minimum).toEqualTypeOf<number>();
    // @ts-expect-error: a code no rule of the list has
    if (issue?.code === 'no-such-code') void issue;
  });

  it("a plan's options keep the rules", () => {
    const plan = planTimetable(
      { proposal: 'MP1', path: 'fast-track', raisedOn: '2021-03-01' },
      { panelMeetings: [], rules: [noAugust] },
    );
    expectTypeOf(plan).toEqualTypeOf<Plan<typeof noAugust>>();
  });
});
