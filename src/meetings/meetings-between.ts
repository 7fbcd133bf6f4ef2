import { parseDay } from '../internal/check.js';
import { invalidArgument } from '../internal/check.js';
import { indexOf, meetingOf, meetingsIn } from './lookup.js';
import type { Meeting, MeetingCalendar } from './types.js';

/**
 * Every meeting of a calendar from `from` to `to` (both included), in date order: the known ones, and
 * where no meeting is known in a month, the projected one (marked `projected: true`).
 *
 * @throws {SecmodError} `invalid-date`; `invalid-argument` for a malformed calendar or `to` before `from`.
 * @example
 * meetingsBetween(SEC_PANEL, '2017-09-01', '2017-11-30').map((m) => `${m.date}${m.projected ? ' (projected)' : ''}`);
 * // ['2017-09-08 (projected)', '2017-10-13', '2017-11-10 (projected)']
 */
export function meetingsBetween(calendar: MeetingCalendar, from: string, to: string): Meeting[] {
  const index = indexOf(calendar, ['calendar']);
  const first = parseDay(from, ['from']);
  const last = parseDay(to, ['to']);
  if (last < first) throw invalidArgument(to, ['to'], `expected a date on or after from (${from})`);
  return meetingsIn(index, first, last).map((found) => meetingOf(index, found));
}
