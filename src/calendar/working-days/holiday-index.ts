/**
 * Private indexes of a calendar, built on first use and cached per calendar object (calendars are
 * immutable values):
 * - per year, its weekday holidays as sorted day numbers (for "is this a working day?");
 * - over the run of whole years asked about so far, two dense tables: the working days before each day,
 *   and the day of each working day in order. Counting the working days between two days, or finding the
 *   n-th working day after one, is then two array reads, whatever `n` or the span.
 * @internal
 */
import {
  civilFromDays,
  daysFromCivil,
  dayOf,
  isoOf,
  isWeekend,
  weekdayCount,
  weekdayWithCount,
  type IsoDate,
} from '../../internal/days.js';
import { checkDayInRange } from '../../internal/check.js';
import type { InputPath } from '../../errors/secmod-error.js';
import { holidaysOf } from '../holidays/assert-calendar.js';
import type { HolidayCalendar } from '../holidays/types.js';

const indexes = new WeakMap<HolidayCalendar, Map<number, Int32Array>>();

/** A year's weekday holidays, sorted. */
export function weekdayHolidaysIn(calendar: HolidayCalendar, year: number): Int32Array {
  let years = indexes.get(calendar);
  if (!years) {
    years = new Map();
    indexes.set(calendar, years);
  }
  let days = years.get(year);
  if (!days) {
    const set = new Set<number>();
    holidaysOf(calendar, year, ['calendar']).forEach((h) => {
      const day = dayOf(h.date); // holidaysOf has checked the date
      if (!isWeekend(day) && civilFromDays(day)[0] === year) set.add(day);
    });
    days = Int32Array.from([...set].sort((a, b) => a - b));
    years.set(year, days);
  }
  return days;
}

/** Number of elements of a sorted array that are <= value. */
export function upperBound(days: Int32Array, value: number): number {
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
  const days = weekdayHolidaysIn(calendar, civilFromDays(day)[0]);
  const i = upperBound(days, day);
  return i > 0 && days[i - 1] === day;
}

export function isWorkingDayNumber(calendar: HolidayCalendar, day: number): boolean {
  // The dense tables of the calendar asked about last answer in two array reads when they cover the day.
  const d = calendar === lastCalendar ? lastDense : undefined;
  if (d !== undefined && day >= d.lo && day <= d.hi)
    return (d.before[day - d.lo + 1] as number) !== (d.before[day - d.lo] as number);
  return !isWeekend(day) && !isWeekdayHoliday(calendar, day);
}

/** A calendar's working days over a run of whole years [`firstYear`, `lastYear`] = days [`lo`, `hi`]. */
interface Dense {
  readonly lo: number;
  readonly hi: number;
  readonly firstYear: number;
  readonly lastYear: number;
  /** `before[i]`: the working days in [lo, lo + i). */
  readonly before: Int32Array;
  /** `ordinal[k]`: the day of the k-th working day from `lo` (k from 0). */
  readonly ordinal: Int32Array;
  /** `YYYY-MM-DD` of the days answered so far, by `day - lo`. */
  readonly iso: (IsoDate | undefined)[];
}

const denses = new WeakMap<HolidayCalendar, Dense>();
/** The last calendar asked about and its tables: most calls in a row use one calendar. */
let lastCalendar: HolidayCalendar | undefined;
let lastDense: Dense | undefined;

/** Builds the tables over whole years; each year's holidays come from its (cached) weekday index. */
function build(calendar: HolidayCalendar, firstYear: number, lastYear: number): Dense {
  // Years are asked for in order, so a calendar that refuses a year fails before anything is kept.
  const holidays = Array.from({ length: lastYear - firstYear + 1 }, (_, i) =>
    weekdayHolidaysIn(calendar, firstYear + i),
  );
  const lo = daysFromCivil(firstYear, 1, 1);
  const hi = daysFromCivil(lastYear, 12, 31);
  const before = new Int32Array(hi - lo + 2);
  const ordinal = new Int32Array(weekdayCount(hi) - weekdayCount(lo - 1));
  let k = 0;
  let h = 0;
  let year = holidays[0] as Int32Array;
  let y = 0;
  let nextYearStart = daysFromCivil(firstYear + 1, 1, 1);
  for (let day = lo; day <= hi; day++) {
    if (day === nextYearStart) {
      year = holidays[++y] as Int32Array;
      h = 0;
      nextYearStart = daysFromCivil(firstYear + y + 1, 1, 1);
    }
    let working = !isWeekend(day);
    if (h < year.length && year[h] === day) {
      working = false;
      h++;
    }
    if (working) ordinal[k++] = day;
    before[day - lo + 1] = k;
  }
  return {
    lo,
    hi,
    firstYear,
    lastYear,
    before,
    ordinal: ordinal.subarray(0, k),
    iso: new Array<IsoDate | undefined>(hi - lo + 1),
  };
}

/** The tables covering at least the days [from, to] (within the supported years). */
function cover(calendar: HolidayCalendar, from: number, to: number): Dense {
  let d = calendar === lastCalendar ? lastDense : denses.get(calendar);
  if (d === undefined || from < d.lo || to > d.hi) {
    const firstYear = Math.min(civilFromDays(from)[0], d?.firstYear ?? Number.POSITIVE_INFINITY);
    const lastYear = Math.max(civilFromDays(to)[0], d?.lastYear ?? Number.NEGATIVE_INFINITY);
    d = build(calendar, firstYear, lastYear);
    denses.set(calendar, d);
  }
  lastCalendar = calendar;
  lastDense = d;
  return d;
}

/** Working days in (from, to]; 0 when to <= from. */
export function workingDaysAfter(calendar: HolidayCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  const d = cover(calendar, from + 1, to);
  return (d.before[to - d.lo + 1] as number) - (d.before[from - d.lo + 1] as number);
}

/** The n-th working day after `day` (n >= 1); `count` names the argument blamed when that leaves the supported years. */
function forward(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  // The answer is no earlier than the n-th weekday after `day`: checked before any year is asked for,
  // so a huge n fails at once.
  let target = checkDayInRange(weekdayWithCount(weekdayCount(day) + n), count);
  for (;;) {
    const d = cover(calendar, day + 1, target);
    const k = (d.before[day - d.lo + 1] as number) + n - 1;
    if (k < d.ordinal.length) return d.ordinal[k] as number;
    target = checkDayInRange(weekdayWithCount(weekdayCount(d.hi) + k - d.ordinal.length + 1), count);
  }
}

/** The n-th working day before `day` (n >= 1). */
function backward(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  // The answer is no later than the n-th weekday before `day`.
  let target = checkDayInRange(weekdayWithCount(weekdayCount(day - 1) - n + 1), count);
  for (;;) {
    const d = cover(calendar, target, day - 1);
    const k = (d.before[day - d.lo] as number) - n;
    if (k >= 0) return d.ordinal[k] as number;
    target = checkDayInRange(weekdayWithCount(weekdayCount(d.lo - 1) + k + 1), count);
  }
}

/** The day itself if it is a working day, otherwise the next one; `path` names the argument blamed past the supported years. */
export function workingDayOnOrAfter(calendar: HolidayCalendar, day: number, path: InputPath): number {
  return isWorkingDayNumber(calendar, day) ? day : shiftWorkingDays(calendar, day, 1, path);
}

/** `n` working days from `day` (back for negative `n`); `count` names the argument blamed when that leaves the supported years. */
export function shiftWorkingDays(calendar: HolidayCalendar, day: number, n: number, count: InputPath): number {
  if (n === 0) return day;
  return n > 0 ? forward(calendar, day, n, count) : backward(calendar, day, -n, count);
}

/**
 * The common path of `addWorkingDays`: `YYYY-MM-DD` of the `n`-th working day from `day` (back for
 * negative `n`, `n` not 0) when the calendar is the last one asked about and its tables already hold
 * the answer: three array reads. `undefined` otherwise (a `NaN` day included), for the full path to answer
 * (or throw) instead.
 */
export function shiftedIsoIfKnown(calendar: HolidayCalendar, day: number, n: number): IsoDate | undefined {
  const d = lastDense;
  if (calendar !== lastCalendar || d === undefined) return undefined;
  // Forward: the working days in [lo, day], before[day - lo + 1]; back: those in [lo, day), before[day - lo].
  const i = n > 0 ? day - d.lo + 1 : day - d.lo;
  if (!(i >= 0 && i < d.before.length)) return undefined;
  const k = (d.before[i] as number) + (n > 0 ? n - 1 : n);
  if (!(k >= 0 && k < d.ordinal.length)) return undefined;
  const j = (d.ordinal[k] as number) - d.lo;
  return d.iso[j] ?? (d.iso[j] = isoOf(j + d.lo));
}

/**
 * `YYYY-MM-DD` of a day {@link shiftWorkingDays} returned for the calendar (so within its tables),
 * computed once per day and kept: the answer's string costs a read.
 */
export function isoOfWorkingDay(calendar: HolidayCalendar, day: number): IsoDate {
  const d = calendar === lastCalendar ? lastDense : denses.get(calendar);
  if (d === undefined || day < d.lo || day > d.hi) return isoOf(day);
  const i = day - d.lo;
  return d.iso[i] ?? (d.iso[i] = isoOf(day));
}
