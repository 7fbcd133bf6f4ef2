import { checkDayInRange, formatDay, parseDay } from '../../internal/check.js';
import { checkWholeNumber } from '../../internal/check.js';
import { dayOf } from '../../internal/days.js';
import { assertCalendar } from '../holidays/assert-calendar.js';
import { isMadeCalendar } from '../holidays/year-cached.js';
import type { HolidayCalendar } from '../holidays/types.js';
import type { IsoDate } from '../iso-date.js';
import {
  isoOfWorkingDay,
  isWorkingDayNumber,
  shiftedIsoIfKnown,
  shiftWorkingDays,
  workingDayOnOrAfter,
  workingDaysAfter,
} from './holiday-index.js';

/**
 * The last calendar checked that cannot change since (one secmod made): checking it again is a
 * comparison. At first an object of its own, which no argument is.
 */
let checked: object = {};

/** `assertCalendar`, remembered for the last calendar secmod made. */
function checkCalendar(calendar: unknown): asserts calendar is HolidayCalendar {
  if (calendar === checked) return;
  assertCalendar(calendar, ['calendar']);
  if (isMadeCalendar(calendar)) checked = calendar;
}

/**
 * Whether a date is a working day: a Monday to Friday that is not a holiday of the calendar.
 *
 * The SEC's Working Day excludes bank holidays; which division's is **unconfirmed** (the definition in
 * SEC Section A could not be checked), so the calendar is always the caller's choice: `englandAndWales` by default in secmod's
 * own rules.
 *
 * @see SEC Section A (definition of "Working Day")
 * @example
 * isWorkingDay('2017-08-28', englandAndWales); // false (Summer bank holiday)
 * isWorkingDay('2017-08-28', scotland); // true
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  checkCalendar(calendar);
  return isWorkingDayNumber(calendar, parseDay(date, ['date']));
}

/**
 * The date itself if it is a working day, otherwise the next working day after it.
 *
 * @example
 * nextWorkingDay('2017-12-23', englandAndWales); // '2017-12-27'
 */
export function nextWorkingDay(date: string, calendar: HolidayCalendar): IsoDate {
  checkCalendar(calendar);
  return formatDay(workingDayOnOrAfter(calendar, parseDay(date, ['date']), ['date']), ['date']);
}

/**
 * The date itself if it is a working day, otherwise the last working day before it.
 *
 * @example
 * previousWorkingDay('2017-12-26', englandAndWales); // '2017-12-22'
 */
export function previousWorkingDay(date: string, calendar: HolidayCalendar): IsoDate {
  checkCalendar(calendar);
  let day = parseDay(date, ['date']);
  while (!isWorkingDayNumber(calendar, day)) day = checkDayInRange(day - 1, ['date']);
  return formatDay(day, ['date']);
}

/**
 * The `n`-th working day after `date` (`n` > 0) or before it (`n` < 0); `date` itself when `n` is 0.
 * The start date need not be a working day: one working day after a Saturday is the Monday (or the
 * first working day after it).
 *
 * Cost does not grow with `n` or the span: the calendar's working days are indexed once per calendar
 * (over the years asked about), and an answer is two array reads.
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument` (non-integer `n`, not a calendar), `out-of-range`.
 * @example
 * addWorkingDays('2017-10-06', 5, englandAndWales); // '2017-10-13'
 * addWorkingDays('2017-12-22', 1, englandAndWales); // '2017-12-27'
 * addWorkingDays('2017-10-13', -5, englandAndWales); // '2017-10-06'
 */
export function addWorkingDays(date: string, n: number, calendar: HolidayCalendar): IsoDate {
  // The common path: a calendar checked before, a small whole `n`, a valid date (`dayOf` is NaN for
  // anything else) and an answer inside the tables already built. Anything else takes the full path,
  // which checks the arguments in order and throws what it always has.
  if (calendar === checked && typeof n === 'number' && (n | 0) === n && n !== 0) {
    const answer = shiftedIsoIfKnown(calendar, dayOf(date), n);
    if (answer !== undefined) return answer;
  }
  checkCalendar(calendar);
  const day = parseDay(date, ['date']);
  const count = checkWholeNumber(n, ['n']);
  // A shifted day is within the supported years (shiftWorkingDays checks) and within the calendar's tables.
  return count === 0
    ? formatDay(day, ['date'])
    : isoOfWorkingDay(calendar, shiftWorkingDays(calendar, day, count, ['n']));
}

/**
 * Working days after `from` up to and including `to`; negative (minus the working days after `to`
 * up to and including `from`) when `to` is earlier. `workingDaysBetween(d, addWorkingDays(d, n)) === n`
 * for every `n` >= 0, and for every `n` when `d` is a working day.
 *
 * @example
 * workingDaysBetween('2017-10-06', '2017-10-13', englandAndWales); // 5
 * workingDaysBetween('2017-10-13', '2017-10-06', englandAndWales); // -5
 */
export function workingDaysBetween(from: string, to: string, calendar: HolidayCalendar): number {
  checkCalendar(calendar);
  const a = parseDay(from, ['from']);
  const b = parseDay(to, ['to']);
  return b >= a ? workingDaysAfter(calendar, a, b) : 0 - workingDaysAfter(calendar, b, a);
}
