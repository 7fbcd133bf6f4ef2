/**
 * The SEC release calendar as dated policy rules, the earliest release a proposal can make, release
 * scoping as in the status report, scope validation, and iCalendar output.
 *
 * @module releases
 */
export { SEC_RELEASE_POLICY } from './policy.js';
export { releasesIn, nextRelease, type NextReleaseOptions } from './calendar.js';
export {
  earliestRelease,
  type EarliestRelease,
  type EarliestReleaseInput,
  type PassedOver,
} from './earliest-release.js';
export {
  scopeReleases,
  SCOPE_STATUSES,
  type ScopeStatus,
  validateReleaseScope,
  type ReleaseScope,
  type ReleaseScopeIssue,
  type ReleaseScopeIssueCode,
  type ReleaseScopeIssueFields,
  type ScopeEntry,
  type ScopeProposal,
  type ScopeRegister,
  type ScopeTarget,
} from './scope.js';
export { releasesToIcs, type IcsOptions } from './ics.js';
export type {
  LeadTimes,
  RecordedRelease,
  Release,
  ReleaseInput,
  ReleaseMove,
  ReleasePolicy,
  ReleasePolicyVersion,
  ReleaseSchedule,
  ScheduledReleaseRule,
} from './types.js';
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export { type ReleasesErrorCode } from '../errors/index.js';
