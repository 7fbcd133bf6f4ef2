import { civilFromDays, daysFromCivil, daysInMonth, MAX_YEAR, MIN_YEAR } from '../internal/days.js';
import { formatDay, parseDay } from '../internal/check.js';
import { checkWholeNumber } from '../internal/check.js';
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import type { IsoDate } from './iso-date.js';

/**
 * Adds `n` calendar months, keeping the day of the month and clamping to the last day of the
 * target month when it has no such day: the month rule of Regulation 1182/71 Art. 3(2)(c).
 *
 * @see Regulation (EEC, Euratom) No 1182/71, Art. 3(2)(c)
 * @throws {SecmodError} `invalid-date`, `invalid-argument` (non-integer `n`), `out-of-range`.
 * @example
 * addMonths('2016-11-28', 3); // '2017-02-28'
 * addMonths('2016-11-30', 3); // '2017-02-28' (clamped)
 * addMonths('2017-10-05', -1); // '2017-09-05'
 */
export function addMonths(date: string, n: number): IsoDate {
  return formatDay(addMonthsToDay(parseDay(date, ['date']), checkWholeNumber(n, ['n'])), ['n']);
}

/** `n` months from a day number; `path` names the argument blamed when the result leaves the supported years. @internal */
export function addMonthsToDay(dayNumber: number, n: number, path: InputPath = ['n']): number {
  const [year, month, day] = civilFromDays(dayNumber);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  if (y < MIN_YEAR || y > MAX_YEAR) {
    throw new SecmodError('out-of-range', `adding ${n} months gives year ${y}, outside ${MIN_YEAR}-${MAX_YEAR}`, {
      path,
    });
  }
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}
