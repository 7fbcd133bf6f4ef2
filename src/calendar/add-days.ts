import { formatDay, parseDay } from '../internal/check.js';
import { checkWholeNumber } from '../internal/check.js';
import type { IsoDate } from './iso-date.js';

/**
 * Adds `n` calendar days (negative to go back).
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument` (non-integer `n`), `out-of-range`.
 * @example
 * addDays('2017-12-31', 1); // '2018-01-01'
 */
export function addDays(date: string, n: number): IsoDate {
  return formatDay(parseDay(date, ['date']) + checkWholeNumber(n, ['n']), ['n']);
}
