import { ParseError, type ParseIssue, type ParseIssueCode } from '../errors/parse-error.js';

/** The codes of the problems a record's reader reports. */
export type RecordIssueCode = ParseIssueCode | 'not-a-record' | 'invalid-line';

/**
 * A record of meetings and releases that cannot be used. `issues` lists the problems with their paths
 * (a JSON path such as `meetings.2.date`; `line 4, column 2` in a CSV file; `VEVENT 3 (UID ...)` in an
 * iCalendar file); `total` and `counts` cover every one found.
 */
export class RecordError extends ParseError<'invalid-record', RecordIssueCode> {
  constructor(
    issues: readonly ParseIssue<RecordIssueCode>[],
    total?: number,
    counts?: Partial<Record<RecordIssueCode, number>>,
  ) {
    super('invalid-record', 'record', issues, total, counts);
  }
}
