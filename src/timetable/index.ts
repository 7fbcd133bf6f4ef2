/**
 * Progression timetables, Panel-agreed extensions, progress and extension status, DCC assessment
 * tracking, and validation of proposed timetables.
 *
 * @module timetable
 */
export {
  MILESTONE_ORDER,
  DCC_ASSESSMENT_KINDS,
  type DccAssessmentKind,
  type DccAssessment,
  type Extension,
  type Milestone,
  type MilestoneKind,
  type Timetable,
  type TimetableDate,
} from './types.js';
export { applyExtension, extensionSummary } from './extensions.js';
export { replanTimetable } from './replan.js';
export { timetableGantt, type GanttOptions } from './gantt.js';
export {
  planTimetable,
  DCC_ASSESSMENT_NEEDS,
  PLAN_RULES,
  type DccAssessmentNeed,
  type Plan,
  type PlanNotification,
  type PlanReason,
  type PlanReasonFields,
  type PlanRequest,
  type PlanRule,
} from './plan.js';
export {
  progressStatus,
  extensionStatus,
  dccAssessmentStatus,
  dccDueDate,
  DCC_STANDARD_TIMESCALES,
  DCC_TIMESCALES_FROM,
  DCC_TIMESCALE_VERSIONS,
  type DccAssessmentStatus,
  type ExtensionStatus,
  type DccTimescales,
} from './status.js';
export {
  validateTimetable,
  type ValidationIssue,
  prepareTimetableOptions,
  type PreparedTimetableOptions,
  type MilestoneField,
  type TimetableIssue,
  type TimetableIssueCode,
  type TimetableIssueFields,
  type ValidateTimetableOptions,
} from './validate.js';
export { SEC_TIMETABLE_RULES } from './rules/index.js';
export { SEC_DEFAULTS } from './defaults.js';
export { defineTimetableRule } from './rules/define.js';
export type {
  AnyTimetableRule,
  PlanMove,
  FieldsOf,
  PlanReasonBody,
  PlanScope,
  PlanStep,
  ReaderIssueCode,
  ResolvedTimetableOptions,
  RuleIssue,
  RuleMilestone,
  SecFinding,
  SecRuleCode,
  SecTimetableRule,
  Severity,
  TimetableFinding,
  TimetableRule,
  TimetableRuleContext,
  TimetableSpan,
} from './rules/types.js';
export type { MeetingSet } from './meeting-set.js';
export type { Found } from '../meetings/lookup.js';
export {
  parseTimetable,
  parseValidateOptions,
  timetableSchema,
  milestoneSchema,
  milestoneKindSchema,
  extensionSchema,
  dccAssessmentSchema,
  validateOptionsSchema,
} from './schema.js';
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export { ParseError, type ParseIssue, type ParseIssueCode, type TimetableErrorCode } from '../errors/index.js';
