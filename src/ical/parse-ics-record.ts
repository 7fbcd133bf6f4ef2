import ICAL from 'ical.js';
import type { InputPath } from '../errors/secmod-error.js';
import { checkOneOf, show } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { Problems } from '../internal/parse.js';
import type { RecordIssueCode } from '../record/error.js';
import { recordFromRows, type RecordRow, type RowField } from '../record/from-rows.js';
import { acceptRecord, failed } from '../record/parse-record.js';
import { RECORD_KINDS, type RecordKind, type SecRecord } from '../record/schema.js';

/** Options of {@link parseIcsRecord}. */
export interface IcsRecordOptions {
  /** The kind of an event that names none (no `X-SECMOD-KIND`, no matching `CATEGORIES`): a calendar of Panel meetings, say. */
  readonly kind?: RecordKind | undefined;
}

const OPTIONS_KEYS = keysOf<IcsRecordOptions>()(['kind']);

/** jCal: [name, properties, components]; a property: [name, parameters, type, ...values]. */
type JCal = [string, [string, Record<string, unknown>, string, ...unknown[]][], JCal[]];

/** The kind a CATEGORIES value names: `panel`, `change-board` (or `Change Board`), `release`. */
const kindOf = (value: unknown): RecordKind | undefined => {
  const v = String(value).trim().toLowerCase().replace(/\s+/g, '-');
  return (RECORD_KINDS as readonly string[]).includes(v) ? (v as RecordKind) : undefined;
};

/**
 * Reads a record from iCalendar text (RFC 5545, as calendar programs export it), parsed with ical.js (an
 * optional peer dependency: install it to use this entry point). Each VEVENT is one line of the record:
 * - its kind is `X-SECMOD-KIND` (`panel`, `change-board` or `release`), else the first of those its
 *   `CATEGORIES` names (`Change Board` too), else `options.kind`;
 * - its date is `DTSTART`'s date as written (a date-time's date in its own time zone);
 * - a release's name is its `SUMMARY`; the reference is `DESCRIPTION` (for a meeting with none, its
 *   `SUMMARY`); `URL` is the url.
 *
 * An event marked `X-SECMOD-PROJECTED:TRUE` (secmod's own projection), a repeating event (`RRULE`) and an
 * event without a kind are refused, never dropped. Every problem is listed with its VEVENT (its number in
 * the file and its UID) and property; the record is then checked as `parseRecord` checks one.
 *
 * @throws {RecordError} code `invalid-record`.
 * @example
 * const record = parseIcsRecord(
 *   'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//me//EN\r\nBEGIN:VEVENT\r\nUID:p1\r\nDTSTART;VALUE=DATE:20201113\r\nSUMMARY:SEC Panel\r\nCATEGORIES:panel\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
 * );
 * record.meetings[0]?.date; // '2020-11-13'
 */
export function parseIcsRecord(text: string, options: IcsRecordOptions = {}): SecRecord {
  checkRecord(options, ['options'], 'IcsRecordOptions { kind? }', OPTIONS_KEYS);
  if (options.kind !== undefined) checkOneOf(options.kind, RECORD_KINDS, ['options', 'kind'], 'record kind');
  const problems = new Problems<RecordIssueCode>();
  let jcal: unknown;
  try {
    if (typeof text !== 'string') throw new TypeError('expected iCalendar text');
    jcal = ICAL.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    problems.add({
      code: 'not-a-record',
      severity: 'error',
      message: `not iCalendar text: ${String((error as Error).message).slice(0, 200)}`,
      path: [],
    });
    throw failed(problems);
  }
  const calendars = (Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal : [jcal]) as JCal[];
  const events = calendars
    .filter((c) => Array.isArray(c) && c[0] === 'vcalendar')
    .flatMap((c) => (c[2] ?? []).filter((e) => e[0] === 'vevent'));
  if (calendars.every((c) => !Array.isArray(c) || c[0] !== 'vcalendar'))
    problems.add({ code: 'not-a-record', severity: 'error', message: 'no VCALENDAR in the text', path: [] });
  const rows: RecordRow[] = [];
  events.forEach((event, i) => {
    const props = event[1];
    const values = (name: string) => props.filter((p) => p[0] === name).flatMap((p) => p.slice(3));
    const first = (name: string): string | undefined => {
      const v = values(name)[0];
      return v === undefined || v === null ? undefined : String(v);
    };
    const uid = first('uid');
    // The UID shown quoted and cut (`show`): caller text, never a raw line break in a message.
    const at: InputPath = [`VEVENT ${i + 1}${uid === undefined ? '' : ` (UID ${show(uid)})`}`];
    const property: Record<RowField, string> = {
      kind: 'X-SECMOD-KIND',
      date: 'DTSTART',
      name: 'SUMMARY',
      reference: 'DESCRIPTION',
      url: 'URL',
    };
    const fieldAt = (field: RowField): InputPath => [...at, property[field]];
    const refuse = (message: string, prop: string) =>
      problems.add({ code: 'invalid-line', severity: 'error', message, path: [...at, prop] });
    if (first('x-secmod-projected')?.toUpperCase() === 'TRUE')
      return refuse('a projected date (X-SECMOD-PROJECTED:TRUE) is not a record: leave it out', 'X-SECMOD-PROJECTED');
    if (values('rrule').length > 0) return refuse('a repeating event: give each date as its own event', 'RRULE');
    const stated = first('x-secmod-kind');
    const kind =
      stated !== undefined
        ? stated.trim().toLowerCase()
        : (values('categories').map(kindOf).find(Boolean) ?? options.kind);
    const start = first('dtstart');
    const summary = first('summary');
    const description = first('description');
    const isRelease = kind === 'release';
    rows.push({
      fields: {
        ...(kind === undefined ? {} : { kind }),
        ...(start === undefined ? {} : { date: start.slice(0, 10) }),
        ...(isRelease && summary !== undefined ? { name: summary } : {}),
        ...(description !== undefined
          ? { reference: description }
          : !isRelease && summary !== undefined
            ? { reference: summary }
            : {}),
        ...(first('url') === undefined ? {} : { url: first('url') as string }),
      },
      at,
      fieldAt: (field) => (field === 'kind' && stated === undefined ? [...at, 'CATEGORIES'] : fieldAt(field)),
    });
  });
  const record = recordFromRows(rows, problems);
  if (record === undefined || problems.total > 0) throw failed(problems);
  return acceptRecord(record);
}
