import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { checkArray, checkString, formatDay, parseDay } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { callerSupplied } from '../sources/documents.js';
import type { Versions } from '../sources/dated.js';
import { indexOf } from './lookup.js';
import type { MeetingBody, MeetingCalendar, MeetingRule } from './types.js';

/** What {@link meetingCalendar} builds a calendar from. */
export interface MeetingCalendarInput {
  readonly name: string;
  readonly body: MeetingBody;
  /** Known meeting dates, in any order; duplicates are kept once. */
  readonly dates: readonly string[];
  /** A projection for months with no known date (a dated rule: `{ from, value: { weekday, nth }, source }`). */
  readonly projection?: Versions<MeetingRule> | undefined;
  readonly workingDays?: HolidayCalendar | undefined;
}

const INPUT_KEYS = keysOf<MeetingCalendarInput>()(['name', 'body', 'dates', 'projection', 'workingDays']);

/**
 * A meeting calendar from your own list of dates (each cited as supplied by you), checked once.
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument`.
 * @example
 * const panel = meetingCalendar({ name: 'Panel 2019', body: 'panel', dates: ['2019-01-11', '2019-02-08'] });
 * nextMeeting(panel, '2019-01-12').date; // '2019-02-08'
 */
export function meetingCalendar(input: MeetingCalendarInput): MeetingCalendar {
  checkRecord(input, ['input'], 'MeetingCalendarInput { name, body, dates, projection?, workingDays? }', INPUT_KEYS);
  const name = checkString(input.name, ['input', 'name']);
  const dates = checkArray<string>(input.dates, ['input', 'dates'], 'an array of YYYY-MM-DD dates');
  const days = [...new Set(dates.map((d, i) => parseDay(d, ['input', 'dates', i])))].sort((a, b) => a - b);
  const source = callerSupplied(name);
  const calendar: MeetingCalendar = {
    id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    body: input.body,
    meetings: days.map((d) => ({ date: formatDay(d, ['input', 'dates']), source })),
    ...(input.projection === undefined ? {} : { projection: input.projection }),
    ...(input.workingDays === undefined ? {} : { workingDays: input.workingDays }),
  };
  indexOf(calendar, ['input']);
  return calendar;
}
