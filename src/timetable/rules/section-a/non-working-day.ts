/**
 * SEC Section A, "Working Day": day-precise timetable dates are Working Days of the options' calendar.
 * A release goes live on its date whatever day that is (the November 2020 release went live on Sunday
 * 29 November 2020), so an implementation on a release date is not held to it.
 */
import { isWorkingDayNumber, workingDayOnOrAfter } from '../../../calendar/working-days/holiday-index.js';
import { isoOf } from '../../../internal/days.js';
import { WORKING_DAY } from '../../../sources/assumptions.js';
import { label, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';
import { onRelease } from '../release-management/releases.js';

const FIELDS = ['approved', 'until', 'actual'] as const;
const CALENDAR_PATH = ['options', 'calendar'] as const;

export const nonWorkingDay: TimetableRule<'non-working-day', SecFinding<'non-working-day'>> = {
  code: 'non-working-day',
  severity: 'error',
  source: WORKING_DAY.source,
  description: 'day-precise dates are Working Days, except an implementation on a release date',
  check(timetable, context) {
    const { calendar, releasePolicy } = context.options;
    const impl = context.milestone('implementation');
    let found: SecFinding<'non-working-day'>[] | undefined;
    for (const x of context.milestones) {
      for (const field of FIELDS) {
        const s = x[field];
        if (s === undefined || s.month || isWorkingDayNumber(calendar, s.first)) continue;
        if (x === impl && field !== 'until' && onRelease(s, releasePolicy)) continue;
        (found ??= []).push({
          message: `${timetable.proposal}: ${x.kind} ${field} ${label(s)} is not a Working Day (${calendar.name})`,
          path: ['milestones', x.index, field],
          kind: x.kind,
          field,
          date: isoOf(s.first),
        });
      }
    }
    return found ?? NONE;
  },
  plan(step, context) {
    const { calendar, releasePolicy } = context.options;
    if (isWorkingDayNumber(calendar, step.day)) return undefined;
    const s = { first: step.day, last: step.day, month: false };
    if (step.kind === 'implementation' && step.field === 'approved' && onRelease(s, releasePolicy)) return undefined;
    return {
      day: workingDayOnOrAfter(calendar, step.day, CALENDAR_PATH),
      priority: 1,
      reason: step.explain
        ? {
            rule: 'working-day',
            message: `moved to the next Working Day (${calendar.name})`,
            source: WORKING_DAY.source,
            calendar: calendar.name,
          }
        : undefined,
    };
  },
};
