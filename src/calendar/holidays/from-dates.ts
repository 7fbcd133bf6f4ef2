import { callerSupplied } from '../../sources/documents.js';
import { civilFromDays, isoOf } from '../../internal/days.js';
import { checkArray, invalidArgument, parseDay } from '../../internal/check.js';
import { checkKeys, keysOf } from '../../internal/keys.js';
import type { Holiday, HolidayCalendar } from './types.js';
import { yearCachedCalendar } from './year-cached.js';

/** A date for {@link calendarFromDates}: a plain `YYYY-MM-DD` or a named holiday. */
export type HolidayInput = string | { readonly date: string; readonly name: string };

/** The keys of a named {@link HolidayInput}. */
const HOLIDAY_KEYS = /* @__PURE__ */ keysOf<Exclude<HolidayInput, string>>()(['date', 'name']);

/** @internal A calendar over a fixed list of holidays, on the shared year-cached mechanism. */
export function listCalendar(
  id: string,
  name: string,
  source: HolidayCalendar['source'],
  holidays: readonly Holiday[],
): HolidayCalendar {
  const years = new Map<number, Holiday[]>();
  for (const h of holidays) {
    const year = civilFromDays(parseDay(h.date, ['dates']))[0];
    const list = years.get(year);
    if (list === undefined) years.set(year, [h]);
    else list.push(h);
  }
  return yearCachedCalendar({ id, name, source }, (year) => years.get(year) ?? []);
}

/**
 * A calendar from an explicit list of dates: a company's closure days, a what-if, a feed you load
 * yourself. Dates are validated; duplicates are kept once. The input is not kept or mutated.
 *
 * @throws {SecmodError} `invalid-argument` for an empty id or a key other than `date` and `name`,
 *   `invalid-date` (with the index) for a bad date.
 * @example
 * const closures = calendarFromDates('office-closures', ['2017-12-27', { date: '2017-12-28', name: 'Closure' }]);
 * closures.isHoliday('2017-12-27'); // true
 */
export function calendarFromDates(id: string, dates: readonly HolidayInput[], name?: string): HolidayCalendar {
  if (typeof id !== 'string' || id.length === 0)
    throw invalidArgument(id, ['id'], 'a calendar id must be a non-empty string');
  checkArray(dates, ['dates'], 'an array of dates');
  if (name !== undefined && typeof name !== 'string')
    throw invalidArgument(name, ['name'], 'expected a string or nothing');
  const calendarName = name ?? id;
  const seen = new Set<string>();
  const holidays: Holiday[] = [];
  dates.forEach((entry: HolidayInput, index) => {
    if (typeof entry === 'object' && entry !== null) checkKeys(entry, HOLIDAY_KEYS, ['dates', index]);
    const raw = typeof entry === 'object' && entry !== null ? (entry as { date?: unknown }).date : entry;
    const date = isoOf(parseDay(raw, ['dates', index]));
    const given = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
    if (given !== undefined && typeof given !== 'string')
      throw invalidArgument(given, ['dates', index, 'name'], 'expected a string or nothing');
    const holidayName = given ?? calendarName;
    const key = `${date}\u0000${holidayName}`;
    if (seen.has(key)) return;
    seen.add(key);
    holidays.push(Object.freeze({ date, name: holidayName }));
  });
  return listCalendar(id, calendarName, callerSupplied(calendarName), holidays);
}
