import { formatDay, parseDay } from '../internal/check.js';
import { checkArray, checkString, invalidArgument } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { releasesIn } from './calendar.js';
import { checkRelease } from './check.js';
import { SEC_RELEASE_POLICY } from './policy.js';
import type { Release, ReleasePolicy } from './types.js';

/** Escapes a TEXT value (RFC 5545 section 3.3.11). */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 octets of one code point. */
const octetsOf = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

function isAscii(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Folds a content line at 75 octets (RFC 5545 section 3.1), never splitting a UTF-8 character. */
function fold(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= 75 && isAscii(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch.codePointAt(0) as number);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

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
 * CRLF line endings, lines folded at 75 octets. DTSTAMP is the release date at 00:00 UTC, so the output
 * is the same every time.
 *
 * @example
 * writeFileSync('sec-releases-2026.ics', releasesToIcs(2026));
 */
export function releasesToIcs(year: number | readonly Release[], options: IcsOptions = {}): string {
  checkRecord(options, ['options'], 'IcsOptions { policy?, name? }', OPTIONS_KEYS);
  if (options.name !== undefined) checkString(options.name, ['options', 'name'], 'a non-empty calendar name');
  if (typeof year !== 'number' && !Array.isArray(year))
    throw invalidArgument(year, ['year'], 'expected a year or an array of releases');
  const releases =
    typeof year === 'number'
      ? releasesIn(year, options.policy ?? SEC_RELEASE_POLICY)
      : checkArray(year, ['releases'], 'an array of releases').map((r, i) => checkRelease(r, ['releases', i]));
  const name = options.name ?? (typeof year === 'number' ? `SEC releases ${year}` : 'SEC releases');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//secmod//SEC releases//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text(name)}`,
  ];
  for (const r of releases) {
    const description = [
      r.kind === 'scheduled' ? 'Scheduled SEC release' : 'Ad-hoc SEC release',
      ...(r.movedFrom === undefined ? [] : [`moved from ${r.movedFrom}`]),
      ...(r.source === undefined
        ? []
        : [`source: ${r.source.document}${r.source.note === undefined ? '' : ` (${r.source.note})`}`]),
    ].join('; ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${text(r.id)}@secmod`,
      `DTSTAMP:${compact(r.date)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(r.date)}`,
      `DTEND;VALUE=DATE:${compact(formatDay(parseDay(r.date, []) + 1, ['releases']))}`,
      `SUMMARY:${text(r.name)}`,
      `DESCRIPTION:${text(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
