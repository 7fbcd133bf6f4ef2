/**
 * Errors, issues and citations shared by every secmod module.
 * @module errors
 */
export type { Citation } from './citation.js';
export type { Issue, IssueOf } from './issue.js';
export {
  SecmodError,
  isSecmodError,
  type CalendarErrorCode,
  type InputPath,
  LIFECYCLE_ERROR_CODES,
  type LifecycleErrorCode,
  type MeetingsErrorCode,
  type ReleasesErrorCode,
  type RegisterErrorCode,
  type RecordErrorCode,
  type TimetableErrorCode,
  type SecmodErrorCode,
  type SecmodErrorOptions,
  type SourcesErrorCode,
  type StandstillErrorCode,
} from './secmod-error.js';
export { ParseError, MAX_LISTED_ISSUES, type ParseIssue, type ParseIssueCode } from './parse-error.js';
