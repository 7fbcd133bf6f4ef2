/**
 * Reading a record of meetings and releases from iCalendar text, with the ical.js package (an optional
 * peer dependency: `npm install ical.js`). Only this entry point imports it.
 *
 * @module ical
 */
export { parseIcsRecord, type IcsRecordOptions } from './parse-ics-record.js';
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export type { RecordKind, RecordMeeting, RecordRelease, SecRecord } from '../record/schema.js';
export { RecordError, type RecordIssueCode } from '../record/error.js';
export { ParseError, type ParseIssue, type ParseIssueCode, type RecordErrorCode } from '../errors/index.js';
