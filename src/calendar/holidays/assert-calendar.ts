import type { InputPath } from '../../errors/secmod-error.js';
import { invalidArgument } from '../../internal/days.js';
import type { HolidayCalendar } from './types.js';

/** @internal Throws `invalid-argument` unless the value has the shape of a {@link HolidayCalendar}. */
export function assertCalendar(value: unknown, path: InputPath): asserts value is HolidayCalendar {
  const c = value as Partial<HolidayCalendar> | null | undefined;
  if (typeof c !== 'object' || c === null || typeof c.id !== 'string' || typeof c.holidaysIn !== 'function' || typeof c.isHoliday !== 'function') {
    throw invalidArgument(
      typeof value === 'object' && value !== null ? '[object]' : value,
      path,
      'expected a HolidayCalendar ({ id, name, source, isHoliday, holidaysIn }); use calendarById() for a calendar id',
    );
  }
}
