/**
 * Private day-number arithmetic. A calendar date is handled as an integer count of days since
 * 1970-01-01 (proleptic Gregorian), computed with integer arithmetic only: no `Date`, so no time
 * zone can leak in.
 *
 * @see Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms" (days_from_civil / civil_from_days).
 * @internal
 */
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import { checkWholeNumber, invalidArgument, show } from './check.js';

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

/** Throws `out-of-range`, blaming `path`, unless the day number is within years 0001-9999. */
export function checkDayInRange(dayNumber: number, path: InputPath): number {
  if (!(dayNumber >= MIN_DAY && dayNumber <= MAX_DAY)) {
    throw new SecmodError('out-of-range', `the result falls outside the supported years ${MIN_YEAR}-${MAX_YEAR}`, {
      path,
    });
  }
  return dayNumber;
}

/** Validates a year argument: a whole number within the supported years. */
export function checkYear(value: unknown, path: InputPath): number {
  const year = checkWholeNumber(value, path);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new SecmodError('out-of-range', `year ${year} is outside the supported years ${MIN_YEAR}-${MAX_YEAR}`, {
      path,
    });
  }
  return year;
}

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

/**
 * Formats a day number computed from the caller's arguments as `YYYY-MM-DD`; throws `out-of-range`,
 * with the `path` of the argument that took it there, outside years 0001-9999.
 */
export function formatDay(dayNumber: number, path: InputPath): string {
  const [year, month, day] = civilFromDays(dayNumber);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new SecmodError(
      'out-of-range',
      `the result falls in year ${year}, outside the supported years ${MIN_YEAR}-${MAX_YEAR}`,
      { path },
    );
  }
  return `${year >= 1000 ? String(year) : pad(year, 4)}-${TWO_DIGITS[month] as string}-${TWO_DIGITS[day] as string}`;
}

/** Formats a day number that came from a valid date (so is in range) as `YYYY-MM-DD`. */
export function isoOf(dayNumber: number): string {
  return formatDay(dayNumber, []);
}

export function invalidDate(value: unknown, path: InputPath, why: string): SecmodError {
  const where = path.length > 0 ? ` at ${path.join('.')}` : '';
  return new SecmodError('invalid-date', `invalid date ${show(value)}${where}: ${why}`, { path });
}

export { invalidArgument };

export function checkedDay(year: number, month: number, day: number, value: unknown, path: InputPath): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidDate(value, path, `year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalidDate(value, path, 'month must be 01-12');
  const dim = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > dim) {
    throw invalidDate(value, path, `day must be 01-${dim} in ${pad(year, 4)}-${pad(month, 2)}`);
  }
  return daysFromCivil(year, month, day);
}

/** Parses a `YYYY-MM-DD` string into a day number, validating it. */
export function parseDay(value: unknown, path: InputPath): number {
  if (typeof value !== 'string') {
    throw invalidDate(value, path, 'expected a "YYYY-MM-DD" string');
  }
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    throw invalidDate(value, path, 'expected the form YYYY-MM-DD');
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 0 || day < 0) throw invalidDate(value, path, 'expected the form YYYY-MM-DD');
  return checkedDay(year, month, day, value, path);
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
