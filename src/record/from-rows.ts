import type { InputPath } from '../errors/secmod-error.js';
import { show } from '../internal/check.js';
import { unknownName } from '../internal/nearest.js';
import { addSchemaIssues, Problems } from '../internal/parse.js';
import type { RecordIssueCode } from './error.js';
import { addDuplicates } from './duplicates.js';
import { RECORD_KINDS, recordSchema, type RecordKind, type SecRecord } from './schema.js';

/** The fields of a line of a record, as a CSV row or an iCalendar event gives them. */
export type RowField = 'kind' | 'date' | 'name' | 'reference' | 'url';

/** @internal One line of a record in a line-based format (CSV, iCalendar), with where each field is. */
export interface RecordRow {
  /** Raw field values; an absent or empty value is no value. */
  readonly fields: Readonly<Partial<Record<RowField, string>>>;
  /** Where the whole line is (`line 4`, `VEVENT 2 (UID x)`). */
  readonly at: InputPath;
  /** Where one field is (`line 4, column 2`, `VEVENT 2 (UID x).DTSTART`). */
  readonly fieldAt: (field: RowField) => InputPath;
}

const FIELDS: ReadonlySet<string> = new Set(['date', 'name', 'reference', 'url']);

const isKind = (k: string): k is RecordKind => (RECORD_KINDS as readonly string[]).includes(k);

/**
 * @internal A record from lines: each line's kind decides whether it is a meeting or a release, then the
 * record's schema checks the whole, every problem reported at its line and field. Returns the record, or
 * adds the problems and returns `undefined`.
 */
export function recordFromRows(rows: readonly RecordRow[], problems: Problems<RecordIssueCode>): SecRecord | undefined {
  const meetings: Record<string, string>[] = [];
  const releases: Record<string, string>[] = [];
  const meetingRows: RecordRow[] = [];
  const releaseRows: RecordRow[] = [];
  for (const row of rows) {
    const { kind, date, name, reference, url } = row.fields;
    const given = <K extends string>(key: K, value: string | undefined) =>
      value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, string>);
    if (kind === undefined || kind === '' || !isKind(kind)) {
      problems.add({
        code: 'invalid-line',
        severity: 'error',
        message:
          kind === undefined || kind === ''
            ? `no kind: expected one of ${RECORD_KINDS.join(', ')}`
            : unknownName('record kind', kind, RECORD_KINDS),
        path: row.fieldAt('kind'),
      });
      continue;
    }
    if (kind === 'release') {
      releases.push({
        ...given('date', date ?? ''),
        ...given('name', name),
        ...given('reference', reference),
        ...given('url', url),
      });
      releaseRows.push(row);
      continue;
    }
    if (name !== undefined && name !== '')
      problems.add({
        code: 'invalid-line',
        severity: 'error',
        message: `a meeting has no name (${show(name)}): put it in reference, or leave the field empty`,
        path: row.fieldAt('name'),
      });
    meetings.push({ body: kind, ...given('date', date ?? ''), ...given('reference', reference), ...given('url', url) });
    meetingRows.push(row);
  }
  const parsed = recordSchema.safeParse({ meetings, releases });
  if (parsed.success)
    return problems.total === 0
      ? { meetings: parsed.data.meetings ?? [], releases: parsed.data.releases ?? [] }
      : undefined;
  // Each schema problem at its line and field: `meetings.3.date` is the fourth meeting line's date.
  const located = new Problems<RecordIssueCode>();
  addSchemaIssues(parsed.error, [], located);
  addDuplicates(parsed.error, { meetings, releases }, located);
  const rowOf = (list: unknown, index: unknown) =>
    (list === 'meetings' ? meetingRows : releaseRows)[typeof index === 'number' ? index : -1];
  for (const issue of located.listed) {
    const [list, index, field] = issue.path;
    const row = rowOf(list, index);
    const path =
      row === undefined
        ? issue.path
        : typeof field === 'string' && FIELDS.has(field)
          ? row.fieldAt(field as RowField)
          : row.at;
    // A duplicate names the line of the first, not its index among the meetings or releases.
    const message = issue.message.replace(
      /a duplicate of (meetings|releases)\.(\d+)/,
      (whole, l: string, i: string) => {
        const first = rowOf(l, Number(i));
        return first === undefined ? whole : `a duplicate of ${first.at.join(', ')}`;
      },
    );
    problems.add({ ...issue, message: missingDate(message, field), path });
  }
  return undefined;
}

/** A missing date named as such, rather than as zod's "expected string, received undefined". */
const missingDate = (message: string, field: unknown): string =>
  field === 'date' && /undefined/.test(message) ? 'no date: expected YYYY-MM-DD' : message;
