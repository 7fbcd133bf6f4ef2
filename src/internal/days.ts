/**
 * Private day-number arithmetic. A calendar date is handled as an integer count of days since
 * 1970-01-01 (proleptic Gregorian), computed with integer arithmetic only: no `Date`, so no time
 * zone can leak in.
 *
 * @see Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil / civil_from_days).
 * Nothing here throws: the argument checks that turn bad input into errors are in `check.ts`.
 * @internal
 */

declare const isoDateBrand: unique symbol;

/**
 * A calendar date in ISO 8601 extended form, `YYYY-MM-DD`: a day, never an instant. The brand says
 * the string has been validated; every secmod function also accepts plain strings and validates them.
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

/** Day number of a valid civil date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil year, month (1-12) and day of a day number. */
export function civilFromDays(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Day numbers of 0001-01-01 and 9999-12-31: every date secmod accepts or returns lies between them. */
export const MIN_DAY = daysFromCivil(MIN_YEAR, 1, 1);
export const MAX_DAY = daysFromCivil(MAX_YEAR, 12, 31);

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** ISO day of the week, 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(dayNumber: number): boolean {
  return weekdayOf(dayNumber) >= 6;
}

/** 1970-01-05, a Monday: the origin of the weekday counter below. */
const MONDAY = 4;

/** Number of weekdays (Mon-Fri) in (MONDAY - 1, dayNumber]; differences give weekdays in a range. */
export function weekdayCount(dayNumber: number): number {
  const k = dayNumber - MONDAY;
  const weeks = Math.floor(k / 7);
  const r = k - weeks * 7;
  return weeks * 5 + Math.min(r + 1, 5);
}

/** The weekday whose {@link weekdayCount} is `count` (inverse of weekdayCount on weekdays). */
export function weekdayWithCount(count: number): number {
  const c = count - 1;
  const weeks = Math.floor(c / 5);
  return MONDAY + weeks * 7 + (c - weeks * 5);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** '00'..'31', so formatting a date needs no padding work. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** `YYYY-MM-DD` of a day number within years 0001-9999 (the caller has checked the range). */
export function isoOf(dayNumber: number): IsoDate {
  const [year, month, day] = civilFromDays(dayNumber);
  return `${year >= 1000 ? String(year) : pad(year, 4)}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}` as IsoDate;
}

/** The digits of `s` from `from` to `to` as a number, or -1 if any is not a digit. */
export function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * The day number of a valid `YYYY-MM-DD` string in years 0001-9999, or `NaN` for anything else: the
 * non-throwing reading (a schema refinement, a type guard); `parseDay` in `check.ts` says what is wrong.
 */
export function dayOf(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    return Number.NaN;
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** A date literal of secmod's own data, typed `YYYY-MM-DD`: its validity is under test, not checked at run time. */
export const isoDateOf = (date: `${number}-${number}-${number}`): IsoDate => date as IsoDate;

/** Whether a value is a real `YYYY-MM-DD` date in the supported years: exactly the strings an `IsoDate` is. */
export const isIsoDateValue = (value: unknown): value is IsoDate => !Number.isNaN(dayOf(value));
