/**
 * The working-day arithmetic as it was before the dense index (a binary search per year of the span):
 * kept here as the reference the new path is checked against, day pair by day pair.
 */
import type { InputPath } from '../../src/errors/secmod-error.js';
import { checkDayInRange } from '../../src/internal/check.js';
import { civilFromDays, weekdayCount, weekdayWithCount } from '../../src/internal/days.js';
import { isWorkingDayNumber, upperBound, weekdayHolidaysIn } from '../../src/calendar/working-days/holiday-index.js';
import type { HolidayCalendar } from '../../src/calendar/holidays/types.js';

const yearIndex = weekdayHolidaysIn;

/** Weekday holidays in (from, to]; 0 when to <= from. */
function holidaysBetween(calendar: HolidayCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  const first = civilFromDays(from + 1)[0];
  const last = civilFromDays(to)[0];
  let count = 0;
  for (let year = first; year <= last; year++) {
    const days = yearIndex(calendar, year);
    count += (year === last ? upperBound(days, to) : days.length) - (year === first ? upperBound(days, from) : 0);
  }
  return count;
}

/** Working days in (from, to]; 0 when to <= from. */
export function referenceWorkingDaysAfter(calendar: HolidayCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  return weekdayCount(to) - weekdayCount(from) - holidaysBetween(calendar, from, to);
}

/** The n-th working day after `day` (n >= 1); `count` names the argument blamed when that leaves the supported years. */
function forward(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  const base = weekdayCount(day);
  // The range is checked before the calendar is asked about a year: a huge n fails at once.
  let target = checkDayInRange(weekdayWithCount(base + n), count);
  for (;;) {
    const deficit = n - referenceWorkingDaysAfter(calendar, day, target);
    if (deficit === 0) break;
    target = checkDayInRange(weekdayWithCount(weekdayCount(target) + deficit), count);
  }
  // The count reached n on or before `target`; step back over holidays to the working day itself.
  while (!isWorkingDayNumber(calendar, target)) target = checkDayInRange(target - 1, count);
  return target;
}

/** The n-th working day before `day` (n >= 1). */
function backward(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  // Working days in [t, day) equal working days in (t - 1, day - 1].
  let target = checkDayInRange(weekdayWithCount(weekdayCount(day - 1) - n + 1), count);
  for (;;) {
    const deficit = n - referenceWorkingDaysAfter(calendar, target - 1, day - 1);
    if (deficit === 0) break;
    target = checkDayInRange(weekdayWithCount(weekdayCount(target) - deficit), count);
  }
  while (!isWorkingDayNumber(calendar, target)) target = checkDayInRange(target + 1, count);
  return target;
}

/** `n` working days from `day` (back for negative `n`); `count` names the argument blamed when that leaves the supported years. */
export function referenceShiftWorkingDays(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  if (n === 0) return day;
  return n > 0 ? forward(calendar, day, n, count) : backward(calendar, day, -n, count);
}
