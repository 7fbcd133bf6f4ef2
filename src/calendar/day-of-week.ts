import { weekdayOf } from '../internal/days.js';
import { parseDay } from '../internal/check.js';

/** ISO day of the week: 1 = Monday ... 7 = Sunday. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The ISO day of the week of a date, 1 = Monday ... 7 = Sunday (independent of the process time zone).
 *
 * @example
 * dayOfWeek('2017-10-13'); // 5 (a Friday: the October 2017 Panel meeting)
 */
export function dayOfWeek(date: string): DayOfWeek {
  return weekdayOf(parseDay(date, ['date'])) as DayOfWeek;
}
