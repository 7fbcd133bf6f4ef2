import { invalidArgument } from '../internal/check.js';
import { europeanCommission, trisCommissionCore } from './eu/calendars.js';
import type { HolidayCalendar } from './holidays/types.js';
import { englandAndWales, northernIreland, scotland, unitedKingdom } from './uk/calendars.js';

/** Ids of the built-in calendars. */
export type CalendarId =
  | 'england-and-wales'
  | 'scotland'
  | 'northern-ireland'
  | 'united-kingdom'
  | 'european-commission'
  | 'tris-commission-core';

/** The built-in calendars by id. */
export const builtInCalendars: Readonly<Record<CalendarId, HolidayCalendar>> = /* @__PURE__ */ Object.freeze({
  'england-and-wales': englandAndWales,
  scotland,
  'northern-ireland': northernIreland,
  'united-kingdom': unitedKingdom,
  'european-commission': europeanCommission,
  'tris-commission-core': trisCommissionCore,
});

/**
 * A built-in calendar by its id.
 *
 * @throws {SecmodError} `invalid-argument` for an unknown id, listing the known ones.
 * @example
 * calendarById('scotland').isHoliday('2017-11-30'); // true
 */
export function calendarById(id: string): HolidayCalendar {
  if (typeof id === 'string' && Object.hasOwn(builtInCalendars, id)) return builtInCalendars[id as CalendarId];
  throw invalidArgument(id, ['id'], `unknown calendar; known calendars: ${Object.keys(builtInCalendars).join(', ')}`);
}
