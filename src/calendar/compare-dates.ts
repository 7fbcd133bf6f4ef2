import { parseDay } from '../internal/check.js';

/**
 * Compares two calendar dates: -1 if `a` is earlier, 1 if later, 0 if the same day. Usable as an
 * `Array.prototype.sort` comparator.
 *
 * @example
 * ['2018-01-08', '2017-10-05'].sort(compareDates); // ['2017-10-05', '2018-01-08']
 */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  const x = parseDay(a, ['a']);
  const y = parseDay(b, ['b']);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Calendar days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * differenceInDays('2017-10-05', '2018-01-08'); // 95
 */
export function differenceInDays(from: string, to: string): number {
  return parseDay(to, ['to']) - parseDay(from, ['from']);
}
