import type { InputPath } from '../../errors/secmod-error.js';
import { dateError, firstHole, invalidArgument, isRevokedProxy } from '../../internal/check.js';
import { isIsoDateValue } from '../../internal/days.js';
import type { Holiday, HolidayCalendar } from './types.js';

/** @internal Throws `invalid-argument` unless the value has the shape of a {@link HolidayCalendar}. */
export function assertCalendar(value: unknown, path: InputPath): asserts value is HolidayCalendar {
  const c = value as Partial<HolidayCalendar> | null | undefined;
  // Written out rather than with isReadable/isCallable: this check is in every working-day bundle, where
  // the two helpers cost 20 B (min+gzip). A revoked Proxy of a function is still a 'function'.
  if (
    typeof c !== 'object' ||
    c === null ||
    isRevokedProxy(c) ||
    typeof c.id !== 'string' ||
    typeof c.holidaysIn !== 'function' ||
    typeof c.isHoliday !== 'function' ||
    isRevokedProxy(c.holidaysIn) ||
    isRevokedProxy(c.isHoliday)
  ) {
    throw invalidArgument(
      value,
      path,
      'expected a HolidayCalendar ({ id, name, source, isHoliday, holidaysIn }); use calendarById() for a calendar id',
    );
  }
}

/**
 * @internal A calendar's holidays of a year, checked and copied: `holidaysIn` must return an array of
 * `{ date, name }` with real dates. The copies are secmod's own, so nothing secmod does (freezing,
 * caching) touches the objects a caller's calendar returned. The year cache copies again; returning the
 * checked objects instead (or freezing the generated ones in place) measured slower downstream, not
 * faster: `validateTimetable` over 10,000 timetables took 41-46 µs each in seven runs, against 24-32 µs
 * in four of five runs with both copies. So both copies stay.
 */
export function holidaysOf(calendar: HolidayCalendar, year: number, path: InputPath): Holiday[] {
  const list: unknown = calendar.holidaysIn(year);
  const at = [...path, 'holidaysIn'];
  // A revoked Proxy cannot be asked whether it is an array; an array with a hole (or whose length lies) is
  // refused at its first hole rather than walked by its length.
  if (isRevokedProxy(list) || !Array.isArray(list) || firstHole(list) >= 0)
    throw invalidArgument(list, at, `holidaysIn(${year}) must return an array of { date, name } without holes`);
  return list.map((h: unknown, i) => {
    const holiday = h as Partial<Holiday> | null;
    if (typeof holiday !== 'object' || holiday === null)
      throw invalidArgument(h, [...at, i], `holidaysIn(${year}) must return { date, name } entries`);
    const date = holiday.date;
    // The path is built only for a bad date: most calendars have none.
    if (!isIsoDateValue(date)) throw dateError(date, [...at, i, 'date']);
    const name = typeof holiday.name === 'string' ? holiday.name : calendar.name;
    return holiday.substituteFor === undefined ? { date, name } : { date, name, substituteFor: holiday.substituteFor };
  });
}
