/**
 * What the signatures of every entry point mention, written once: each entry point re-exports it, so an
 * import from that entry point alone is enough to name its errors, issues, citations, dates and calendars.
 * @internal
 */
export { SecmodError, isSecmodError, type InputPath, type SecmodErrorCode } from './errors/secmod-error.js';
export type { Issue, IssueOf } from './errors/issue.js';
export type { Citation } from './sources/citation.js';
export type { IsoDate } from './internal/days.js';
export type { HolidayCalendar } from './calendar/holidays/types.js';
