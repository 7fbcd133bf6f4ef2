import { civilFromDays } from '../internal/days.js';
import { parseDay } from '../internal/check.js';

/**
 * The year, month (1-12) and day of a date.
 *
 * @example
 * dateParts('2017-10-05'); // { year: 2017, month: 10, day: 5 }
 */
export function dateParts(date: string): { year: number; month: number; day: number } {
  const [year, month, day] = civilFromDays(parseDay(date, ['date']));
  return { year, month, day };
}
