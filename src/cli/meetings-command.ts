import { dayOfWeek } from '../calendar/day-of-week.js';
import { checkWholeNumber, formatDay, parseDay } from '../internal/check.js';
import { icsFold, icsText } from '../internal/escape/ics.js';
import { plainText } from '../internal/escape/text.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../meetings/calendars.js';
import { meetingsBetween } from '../meetings/meetings-between.js';
import type { Meeting, MeetingCalendar } from '../meetings/types.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { EXIT } from './exit-codes.js';
import { recordOption } from './read-record.js';

const DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const USAGE = 'usage: secmod meetings <year> [--body panel|change-board] [--json | --ics] [--record <file>]';
const compact = (date: string) => date.replace(/-/g, '');

/** The meetings as an iCalendar file: one all-day event each, a projected one marked `X-SECMOD-PROJECTED:TRUE`. */
function meetingsIcs(meetings: readonly (Meeting & { calendar: string })[], year: number): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//secmod//SEC meetings//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(`SEC Panel and Change Board meetings ${year}`)}`,
  ];
  for (const m of meetings) {
    const s = m.source;
    const description = [
      m.projected ? 'projected (no meeting known in its month: the calendar projection)' : 'known from the record',
      `source: ${s.document}${s.clause === undefined ? '' : `, ${s.clause}`}${s.note === undefined ? '' : ` (${s.note})`}`,
    ].join('; ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(`${m.body}-${m.date}`)}@secmod`,
      `DTSTAMP:${compact(m.date)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(m.date)}`,
      `DTEND;VALUE=DATE:${compact(formatDay(parseDay(m.date, []) + 1, ['meetings']))}`,
      `SUMMARY:${icsText(`${m.calendar}${m.projected ? ' (projected)' : ''}`)}`,
      `DESCRIPTION:${icsText(description)}`,
      `CATEGORIES:${m.body}`,
      ...(s.url === undefined ? [] : [`URL:${icsText(s.url)}`]),
      `X-SECMOD-PROJECTED:${m.projected ? 'TRUE' : 'FALSE'}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}

/** `secmod meetings <year>`: the Panel's and the Change Board's meetings of a year, each known or projected. */
export const meetingsCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['body', 'record']), new Set(['json', 'ics']));
    if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0] as string)) throw new UsageError(USAGE);
    if (options.has('ics') && options.has('json')) throw new UsageError('give --json or --ics, not both');
    const body = options.get('body');
    if (body !== undefined && body !== 'panel' && body !== 'change-board')
      throw new UsageError(`--body must be panel or change-board, not ${JSON.stringify(body)}`);
    const year = checkWholeNumber(Number(positionals[0]), ['year'], 1, 9999);
    const applied = await recordOption(options.get('record'), io);
    const calendars: MeetingCalendar[] = [
      ...(body === 'change-board' ? [] : [applied?.panel ?? SEC_PANEL]),
      ...(body === 'panel' ? [] : [applied?.changeBoard ?? SEC_CHANGE_BOARD]),
    ];
    const meetings = calendars
      .flatMap((c) =>
        meetingsBetween(c, `${positionals[0] as string}-01-01`, `${positionals[0] as string}-12-31`).map((m) => ({
          ...m,
          calendar: c.body === 'panel' ? 'SEC Panel' : 'SEC Change Board',
        })),
      )
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.body < b.body ? -1 : 1));
    if (options.has('ics')) {
      io.out(meetingsIcs(meetings, year).replace(/\r\n$/, '\r'));
      return EXIT.done;
    }
    if (options.has('json')) {
      io.out(
        JSON.stringify(
          meetings.map(({ calendar: _c, ...m }) => m),
          null,
          2,
        ),
      );
      return EXIT.done;
    }
    io.out(`SEC meetings ${year}${applied === undefined ? '' : ' (with your record)'}`);
    for (const m of meetings)
      io.out(
        `${m.date}  ${DAY[dayOfWeek(m.date) - 1]}  ${m.calendar.padEnd(16)}  ${m.projected ? 'projected' : `known: ${plainText(m.source.document)}${m.source.url === undefined ? '' : ` <${plainText(m.source.url)}>`}`}`,
      );
    // On stdout, as the lines it explains: a script reading the listing reads the word on each line.
    if (meetings.some((m) => m.projected))
      io.out(
        'projected: no meeting is known in its month; the date is the calendar projection (see secmod sources). Supply your own record with --record to make it known.',
      );
    return EXIT.done;
  },
};
