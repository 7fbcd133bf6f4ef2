/**
 * The user's record: the meetings and releases a caller knows of (the Panel's published dates for next
 * year, the release dates the Panel set), read from JSON, CSV or (with `secmod/ical`) iCalendar, and
 * applied to secmod's calendars and release policy so that those dates are known, not projected.
 *
 * @module record
 */
import { z } from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { recordSchema } from './schema.js';

export {
  RECORD_KINDS,
  recordSchema,
  recordMeetingSchema,
  recordReleaseSchema,
  type RecordKind,
  type RecordMeeting,
  type RecordRelease,
  type SecRecord,
} from './schema.js';
export { parseRecord, type ParseRecordOptions, type RecordFormat } from './parse-record.js';
export { RECORD_CSV_HEADER } from './csv-rows.js';
export { RecordError, type RecordIssueCode } from './error.js';
export { serializeRecord } from './serialize-record.js';
export { applyRecord, type AppliedRecord, type RecordBase, type RecordWarning } from './apply-record.js';
export { recordWarnings, type RecordCheckWarning } from './record-warnings.js';

/**
 * The record's JSON Schema (draft 2020-12), generated from the zod schema, for users outside TypeScript.
 * The package also ships it as `secmod/schema/record.schema.json`.
 */
export const recordJsonSchema: Record<string, unknown> = /* @__PURE__ */ deepFreeze(
  z.toJSONSchema(recordSchema, { io: 'input' }) as Record<string, unknown>,
);
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export type { MeetingBody, MeetingCalendar, KnownMeeting, MeetingRule } from '../meetings/types.js';
export type { ReleasePolicy, Release, ReleaseInput, RecordedRelease } from '../releases/types.js';
export { ParseError, type ParseIssue, type ParseIssueCode, type RecordErrorCode } from '../errors/index.js';
