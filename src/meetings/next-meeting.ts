import { parseDay } from '../internal/check.js';
import { indexOf, meetingOf, meetingOnOrAfter, noMeeting } from './lookup.js';
import type { Meeting, MeetingCalendar } from './types.js';

/**
 * The first meeting on or after a date: a known one, or the projection's for a month with none known
 * (marked `projected: true`, with the projection's source).
 *
 * @throws {SecmodError} `invalid-date`; `no-meeting` when none is known or projected within 20 years.
 * @example
 * nextMeeting(SEC_PANEL, '2017-10-14'); // { date: '2017-11-10', body: 'panel', projected: true, ... }
 * nextMeeting(SEC_PANEL, '2017-10-01').number; // 49
 */
export function nextMeeting(calendar: MeetingCalendar, onOrAfter: string): Meeting {
  const index = indexOf(calendar, ['calendar']);
  const day = parseDay(onOrAfter, ['onOrAfter']);
  const found = meetingOnOrAfter(index, day);
  if (found === undefined) throw noMeeting(index, day, ['onOrAfter'], 'after');
  return meetingOf(index, found);
}
