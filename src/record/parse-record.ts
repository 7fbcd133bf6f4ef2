import { checkedOnce, checkOneOf } from '../internal/check.js';
import { addSchemaIssues, jsonValue, Problems, walk } from '../internal/parse.js';
import { deepFreeze } from '../internal/freeze.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { csvRows } from './csv-rows.js';
import { RecordError, type RecordIssueCode } from './error.js';
import { recordFromRows } from './from-rows.js';
import { addDuplicates } from './duplicates.js';
import { recordSchema, type SecRecord } from './schema.js';

/** The formats a record is read from: JSON text (or a value), CSV text, iCalendar text. */
export type RecordFormat = 'json' | 'csv' | 'ics';

/** Options of {@link parseRecord}. */
export interface ParseRecordOptions {
  /** The format of a text; default: told by its first characters (`{`: JSON, `kind,`: CSV, `BEGIN:VCALENDAR`: iCalendar). */
  readonly format?: RecordFormat | undefined;
}

const FORMATS: readonly RecordFormat[] = ['json', 'csv', 'ics'];
const OPTIONS_KEYS = keysOf<ParseRecordOptions>()(['format']);

/** What {@link parseRecord} returned: later functions need not check it again. */
const RECORDS = checkedOnce();

/** @internal Whether a value is a record {@link parseRecord} returned. */
export const isParsedRecord = (value: unknown): value is SecRecord => RECORDS.has(value);

/** @internal A record checked and frozen: every reader ends here. */
export const acceptRecord = (record: SecRecord): SecRecord => RECORDS.add(deepFreeze(record));

/** The format a text is in, told by its first characters; `undefined` when none fits. */
export function formatOf(text: string): RecordFormat | undefined {
  const head = text.replace(/^\ufeff/, '').trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (/^kind\s*,/i.test(head)) return 'csv';
  return undefined;
}

/**
 * Reads a record of meetings and releases the caller knows of: an object, JSON text, or CSV text with the
 * header `kind,date,name,reference,url` (`kind`: `panel`, `change-board` or `release`). Returns a new,
 * frozen record (the input is not mutated), or throws a {@link RecordError} listing every problem with
 * its path: a JSON path (`meetings.2.date`), or a CSV line and column (`line 4, column 2`). Unknown keys,
 * impossible dates (`2027-02-30`), unknown bodies and duplicates (the same body and date, two releases
 * on one date) are refused; text such as a name is kept as plain data. iCalendar text is read by
 * `parseIcsRecord` (`secmod/ical`, with the ical.js package).
 *
 * @throws {RecordError} code `invalid-record`.
 * @example
 * const record = parseRecord('kind,date,name,reference,url\npanel,2020-11-13,,Panel 2020-11,\n');
 * record.meetings[0]?.date; // '2020-11-13'
 */
export function parseRecord(input: unknown, options: ParseRecordOptions = {}): SecRecord {
  checkRecord(options, ['options'], 'ParseRecordOptions { format? }', OPTIONS_KEYS);
  if (options.format !== undefined) checkOneOf(options.format, FORMATS, ['options', 'format'], 'record format');
  if (isParsedRecord(input)) return input;
  const problems = new Problems<RecordIssueCode>();
  const format = typeof input === 'string' ? (options.format ?? formatOf(input)) : (options.format ?? 'json');
  const text = typeof input === 'string' ? input.replace(/^\ufeff/, '') : input;
  if (format === undefined || format === 'ics' || (format === 'csv' && typeof text !== 'string')) {
    problems.add({
      code: 'not-a-record',
      severity: 'error',
      message:
        format === 'ics'
          ? 'iCalendar text: read it with parseIcsRecord from secmod/ical (it needs the ical.js package)'
          : format === 'csv'
            ? 'CSV must be given as text'
            : 'not JSON, CSV or iCalendar: expected a JSON object, a CSV file with the header kind,date,name,reference,url, or an iCalendar file',
      path: [],
    });
    throw failed(problems);
  }
  if (format === 'csv') {
    const rows = csvRows(text as string, problems);
    const record = rows === undefined ? undefined : recordFromRows(rows, problems);
    if (record === undefined) throw failed(problems);
    return acceptRecord(record);
  }
  const read = jsonValue(text, problems);
  if (read === undefined || !walk(read.value, problems)) throw failed(problems);
  let parsed: ReturnType<typeof recordSchema.safeParse>;
  try {
    parsed = recordSchema.safeParse(read.value);
  } catch (error) {
    // A value no schema can read (a revoked Proxy as a function, a getter that throws): a problem, not a crash.
    problems.add({
      code: 'schema',
      severity: 'error',
      message: `a value that cannot be read: ${String((error as Error | undefined)?.message).slice(0, 200)}`,
      path: [],
    });
    throw failed(problems);
  }
  if (!parsed.success) {
    addSchemaIssues(parsed.error, [], problems);
    addDuplicates(parsed.error, read.value, problems);
  }
  if (!parsed.success || problems.total > 0) throw failed(problems);
  return acceptRecord({ meetings: parsed.data.meetings ?? [], releases: parsed.data.releases ?? [] });
}

/** @internal The error for the problems found. */
export const failed = (problems: Problems<RecordIssueCode>): RecordError =>
  new RecordError(problems.listed, problems.total, problems.counts);
