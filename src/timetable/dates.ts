/**
 * Timetable dates: a day or a month. A month is the interval from its first to its last day.
 * @internal
 */
import { addMonthsToDay } from '../calendar/add-months.js';
import type { InputPath } from '../errors/secmod-error.js';
import { civilFromDays, daysFromCivil, daysInMonth, isoOf } from '../internal/days.js';
import { invalidDate, parseDay } from '../internal/check.js';

export interface Span {
  readonly first: number;
  readonly last: number;
  readonly month: boolean;
}

const MONTH = /^(\d{4})-(\d{2})$/;

/** Parses a `YYYY-MM` or `YYYY-MM-DD` timetable date into the days it covers. */
export function span(value: unknown, path: InputPath): Span {
  if (typeof value === 'string') {
    const m = MONTH.exec(value);
    if (m) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (year < 1 || month < 1 || month > 12) throw invalidDate(value, path, 'expected YYYY-MM with a month 01-12');
      return {
        first: daysFromCivil(year, month, 1),
        last: daysFromCivil(year, month, daysInMonth(year, month)),
        month: true,
      };
    }
  }
  const day = parseDay(value, path);
  return { first: day, last: day, month: false };
}

/** Moves a timetable date by whole months, keeping its precision. */
export function shiftMonths(value: string, months: number, path: InputPath): string {
  const s = span(value, path);
  const moved = addMonthsToDay(s.first, months, path);
  if (!s.month) return isoOf(moved);
  const [year, month] = civilFromDays(moved);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
