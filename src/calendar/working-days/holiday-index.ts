/**
 * Private index of a calendar's weekday holidays, per year, as sorted day numbers. Built from
 * `holidaysIn(year)` on first use and cached per calendar object, so counting the holidays in a
 * range costs a binary search per year, not a loop per day.
 * @internal
 */
import { civilFromDays, isWeekend, weekdayCount, weekdayWithCount } from '../../internal/days.js';
import { checkDayInRange, parseDay } from '../../internal/check.js';
import type { InputPath } from '../../errors/secmod-error.js';
import { holidaysOf } from '../holidays/assert-calendar.js';
import type { HolidayCalendar } from '../holidays/types.js';

const indexes = new WeakMap<HolidayCalendar, Map<number, Int32Array>>();

function yearIndex(calendar: HolidayCalendar, year: number): Int32Array {
  let years = indexes.get(calendar);
  if (!years) {
    years = new Map();
    indexes.set(calendar, years);
  }
  let days = years.get(year);
  if (!days) {
    const set = new Set<number>();
    holidaysOf(calendar, year, ['calendar']).forEach((h, i) => {
      const day = parseDay(h.date, ['calendar', 'holidaysIn', i, 'date']);
      if (!isWeekend(day) && civilFromDays(day)[0] === year) set.add(day);
    });
    days = Int32Array.from([...set].sort((a, b) => a - b));
    years.set(year, days);
  }
  return days;
}

/** Number of elements of a sorted array that are <= value. */
function upperBound(days: Int32Array, value: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a day is a holiday that falls on a weekday. */
export function isWeekdayHoliday(calendar: HolidayCalendar, day: number): boolean {
  const days = yearIndex(calendar, civilFromDays(day)[0]);
  const i = upperBound(days, day);
  return i > 0 && days[i - 1] === day;
}

export function isWorkingDayNumber(calendar: HolidayCalendar, day: number): boolean {
  return !isWeekend(day) && !isWeekdayHoliday(calendar, day);
}

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
export function workingDaysAfter(calendar: HolidayCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  return weekdayCount(to) - weekdayCount(from) - holidaysBetween(calendar, from, to);
}

/** The n-th working day after `day` (n >= 1); `count` names the argument blamed when that leaves the supported years. */
export function forward(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  const base = weekdayCount(day);
  // The range is checked before the calendar is asked about a year: a huge n fails at once.
  let target = checkDayInRange(weekdayWithCount(base + n), count);
  for (;;) {
    const deficit = n - workingDaysAfter(calendar, day, target);
    if (deficit === 0) break;
    target = checkDayInRange(weekdayWithCount(weekdayCount(target) + deficit), count);
  }
  // The count reached n on or before `target`; step back over holidays to the working day itself.
  while (!isWorkingDayNumber(calendar, target)) target = checkDayInRange(target - 1, count);
  return target;
}

/** The n-th working day before `day` (n >= 1). */
export function backward(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  // Working days in [t, day) equal working days in (t - 1, day - 1].
  let target = checkDayInRange(weekdayWithCount(weekdayCount(day - 1) - n + 1), count);
  for (;;) {
    const deficit = n - workingDaysAfter(calendar, target - 1, day - 1);
    if (deficit === 0) break;
    target = checkDayInRange(weekdayWithCount(weekdayCount(target) - deficit), count);
  }
  while (!isWorkingDayNumber(calendar, target)) target = checkDayInRange(target + 1, count);
  return target;
}

/** `n` working days from `day` (back for negative `n`); `count` names the argument blamed when that leaves the supported years. */
export function shiftWorkingDays(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  if (n === 0) return day;
  return n > 0 ? forward(calendar, day, n, count) : backward(calendar, day, -n, count);
}
