import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { englandAndWales } from '../calendar/uk/calendars.js';
import { isoOfWorkingDay, shiftWorkingDays } from '../calendar/working-days/holiday-index.js';
import { checkWholeNumber, parseDay } from '../internal/check.js';
import type { IsoDate } from '../internal/days.js';

/**
 * The day papers for a meeting are issued: `workingDaysBefore` Working Days before it (default 5,
 * unconfirmed: see `assumptions()`, `paper-deadline`). What the papers report on must be done by then.
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument`, `out-of-range`.
 * @example
 * paperDeadline('2017-10-13'); // '2017-10-06': the October 2017 report covers the period to 6 October
 * paperDeadline('2018-01-12', 5); // '2018-01-05'
 */
export function paperDeadline(
  meetingDate: string,
  workingDaysBefore = 5,
  calendar: HolidayCalendar = englandAndWales,
): IsoDate {
  const day = parseDay(meetingDate, ['meetingDate']);
  const n = checkWholeNumber(workingDaysBefore, ['workingDaysBefore'], 0, 3650);
  assertCalendar(calendar, ['calendar']);
  return isoOfWorkingDay(calendar, shiftWorkingDays(calendar, day, -n, ['workingDaysBefore']));
}
