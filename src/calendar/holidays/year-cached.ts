import { civilFromDays, isoOf } from '../../internal/days.js';
import { checkYear, parseDay } from '../../internal/check.js';
import type { Holiday, HolidayCalendar } from './types.js';

/** What a calendar is, apart from its holidays. */
export type CalendarMeta = Pick<HolidayCalendar, 'id' | 'name' | 'source'>;

const byDate = (a: Holiday, b: Holiday) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * @internal The calendars made here: frozen plain objects whose `id`, `holidaysIn` and `isHoliday` are
 * data properties, so one that passed `assertCalendar` passes it for good (a caller's object or Proxy
 * may change, or be revoked, between calls, and is checked every time).
 */
const MADE = new WeakSet<object>();

/** @internal Whether secmod made the calendar (see {@link MADE}). */
export const isMadeCalendar = (value: unknown): boolean => MADE.has(value as object);

/**
 * @internal A calendar whose holidays are generated a year at a time, on first use, then kept: the
 * year's list is sorted and frozen, and `isHoliday` answers from a set of that year's dates. The one
 * mechanism behind rule, union and date-holidays calendars.
 */
/* @__NO_SIDE_EFFECTS__ */
export function yearCachedCalendar<X extends object = object>(
  meta: CalendarMeta,
  generate: (year: number) => readonly Holiday[],
  extra?: X,
): HolidayCalendar & X {
  const years = new Map<number, { list: readonly Holiday[]; dates: ReadonlySet<string> }>();
  const load = (year: number) => {
    let entry = years.get(year);
    if (!entry) {
      const list = Object.freeze([...generate(year)].sort(byDate).map((h) => Object.freeze({ ...h })));
      entry = { list, dates: new Set(list.map((h) => h.date)) };
      years.set(year, entry);
    }
    return entry;
  };
  const calendar = Object.freeze({
    ...meta,
    ...(extra as X),
    holidaysIn: (year: number) => load(checkYear(year, ['year'])).list,
    isHoliday(date: string): boolean {
      const day = parseDay(date, ['date']);
      return load(civilFromDays(day)[0]).dates.has(isoOf(day));
    },
  });
  MADE.add(calendar);
  return calendar;
}
