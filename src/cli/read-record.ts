import { extname } from 'node:path';
import { applyRecord, type AppliedRecord } from '../record/apply-record.js';
import { formatOf, parseRecord, type RecordFormat } from '../record/parse-record.js';
import type { SecRecord } from '../record/schema.js';
import type { parseIcsRecord as ParseIcsRecord } from '../ical/parse-ics-record.js';

type ParseIcs = typeof ParseIcsRecord;
import { UsageError } from './args.js';
import type { Io } from './command.js';
import { readUtf8 } from './read-json.js';
import { plainText } from '../internal/escape/text.js';

const BY_EXTENSION: Readonly<Record<string, RecordFormat>> = {
  '.json': 'json',
  '.csv': 'csv',
  '.ics': 'ics',
  '.ical': 'ics',
  '.ifb': 'ics',
};

/**
 * Reads a record file for `--record` and `record check`: JSON, CSV or iCalendar by its extension, or by
 * its first characters. A record with problems is a RecordError (every problem listed, exit 2); an
 * iCalendar file needs the optional ical.js package.
 */
export async function readRecordFile(file: string): Promise<SecRecord> {
  const text = readUtf8(file, file === '-');
  const format = BY_EXTENSION[extname(file).toLowerCase()] ?? formatOf(text);
  if (format !== 'ics') return parseRecord(text, format === undefined ? {} : { format });
  let parseIcsRecord: ParseIcs;
  try {
    ({ parseIcsRecord } = await import('../ical/parse-ics-record.js'));
  } catch {
    throw new UsageError(`${file}: reading an iCalendar record needs the ical.js package (npm install ical.js)`);
  }
  return parseIcsRecord(text);
}

/**
 * The `--record` of a command applied to secmod's calendars and policy; `undefined` without one. Each
 * fact that contradicts secmod's is a warning on stderr (the supplied one is used).
 */
export async function recordOption(file: string | true | undefined, io: Io): Promise<AppliedRecord | undefined> {
  if (file === undefined) return undefined;
  if (file === true || file === '') throw new UsageError('--record needs a file: JSON, CSV or iCalendar');
  const applied = applyRecord(await readRecordFile(file));
  for (const w of applied.warnings) io.err(`secmod: warning: ${plainText(w.message)}`);
  return applied;
}
