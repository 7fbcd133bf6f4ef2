import { formatDay, parseDay } from '../internal/check.js';
import { checkArray, checkString, invalidArgument, isRevokedProxy } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { icsFold, icsText } from '../internal/escape/ics.js';
import { asRelease, releasesIn } from './calendar.js';
import { checkRelease } from './check.js';
import { SEC_RELEASE_POLICY } from './policy.js';
import type { ReleaseInput, ReleasePolicy } from './types.js';

const compact = (iso: string) => iso.replace(/-/g, '');

/** Options of {@link releasesToIcs}. */
export interface IcsOptions {
  readonly policy?: ReleasePolicy | undefined;
  /** The calendar's name; default `SEC releases <year>`. */
  readonly name?: string | undefined;
}

const OPTIONS_KEYS = keysOf<IcsOptions>()(['policy', 'name']);

/**
 * A year's releases (or a given list) as an iCalendar file (RFC 5545): one all-day VEVENT per release,
 * with a stable UID, so a calendar client updates rather than duplicates it. Pure string output,
 * CRLF line endings (the last line's too), lines folded at 75 octets. Caller text (names, ids, sources)
 * is escaped as TEXT: no line break, control character or lone surrogate gets through (see `icsText`). DTSTAMP is the release date at 00:00 UTC, so the output
 * is the same every time. Each event says whether its date is known from the record or projected from
 * the policy's rule: `X-SECMOD-PROJECTED:TRUE` or `FALSE`, and the word in DESCRIPTION, with the
 * source's address.
 *
 * @example
 * writeFileSync('sec-releases-2026.ics', releasesToIcs(2026));
 */
export function releasesToIcs(year: number | readonly ReleaseInput[], options: IcsOptions = {}): string {
  checkRecord(options, ['options'], 'IcsOptions { policy?, name? }', OPTIONS_KEYS);
  if (options.name !== undefined) checkString(options.name, ['options', 'name'], 'a non-empty calendar name');
  if (typeof year !== 'number' && (isRevokedProxy(year) || !Array.isArray(year)))
    throw invalidArgument(year, ['year'], 'expected a year or an array of releases');
  const releases =
    typeof year === 'number'
      ? releasesIn(year, options.policy ?? SEC_RELEASE_POLICY)
      : checkArray(year, ['releases'], 'an array of releases').map((r, i) =>
          asRelease(checkRelease(r, ['releases', i])),
        );
  const name = options.name ?? (typeof year === 'number' ? `SEC releases ${year}` : 'SEC releases');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//secmod//SEC releases//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${icsText(name)}`,
  ];
  for (const r of releases) {
    const description = [
      `${r.kind === 'scheduled' ? 'Scheduled SEC release' : 'Ad-hoc SEC release'}, ${r.projected ? 'projected from the policy rule (not in the record)' : 'known from the record'}`,
      ...(r.movedFrom === undefined ? [] : [`moved from ${r.movedFrom}`]),
      ...(r.source === undefined
        ? []
        : [
            `source: ${r.source.document}${r.source.note === undefined ? '' : ` (${r.source.note})`}${r.source.url === undefined ? '' : ` <${r.source.url}>`}`,
          ]),
    ].join('; ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(r.id)}@secmod`,
      `DTSTAMP:${compact(r.date)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(r.date)}`,
      `DTEND;VALUE=DATE:${compact(formatDay(parseDay(r.date, []) + 1, ['releases']))}`,
      `SUMMARY:${icsText(r.name)}`,
      `DESCRIPTION:${icsText(description)}`,
      `X-SECMOD-PROJECTED:${icsText(r.projected ? 'TRUE' : 'FALSE')}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
