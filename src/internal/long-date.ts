import { parseDay } from './check.js';
import { civilFromDays } from './days.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A date as the status report writes it: `28 June 2018`. @internal */
export function longDate(iso: string): string {
  const [year, month, day] = civilFromDays(parseDay(iso, []));
  return `${day} ${MONTHS[month - 1] as string} ${year}`;
}

/** A day number as a diagram label writes it: `1 Nov 2018`. @internal */
export function shortDate(day: number): string {
  const [year, month, d] = civilFromDays(day);
  return `${d} ${(MONTHS[month - 1] as string).slice(0, 3)} ${year}`;
}
