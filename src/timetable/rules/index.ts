/**
 * The SEC's timetable rules, one module each, under the document and clause each implements:
 *
 * - `section-a/`: SEC Section A, the Working Day;
 * - `section-c/`: SEC Section C, the Panel and the Change Board decide at their meetings;
 * - `section-d/`: SEC Section D, the modification process: the order of the phases, each path's
 *   milestones and decision, consultations, DCC assessments, the Authority's decision, implementation
 *   after the decision;
 * - `panel-papers/`: papers are issued before a meeting;
 * - `release-management/`: the SEC release calendar and its lead times;
 * - `directive-2015-1535/`: no adoption before the EC standstill ends.
 *
 * `validateTimetable` reports their findings in this order, and `planTimetable` runs them forward.
 */
import { implementationBeforeStandstillEnd } from './directive-2015-1535/implementation-before-standstill-end.js';
import { papersAfterDeadline } from './panel-papers/papers-after-deadline.js';
import { implementationBeforeEarliestRelease } from './release-management/implementation-before-earliest-release.js';
import { implementationNotOnRelease } from './release-management/implementation-not-on-release.js';
import { nonWorkingDay } from './section-a/non-working-day.js';
import { changeBoardDateNotMeeting } from './section-c/change-board-date-not-meeting.js';
import { panelDateNotMeeting } from './section-c/panel-date-not-meeting.js';
import { authorityDecisionTooSoon } from './section-d/authority-decision-too-soon.js';
import { consultationTooShort } from './section-d/consultation-too-short.js';
import { dccAssessmentBeforeDue } from './section-d/dcc-assessment-before-due.js';
import { implementationBeforeDecision } from './section-d/implementation-before-decision.js';
import { milestoneMissing } from './section-d/milestone-missing.js';
import { milestoneNotOnPath } from './section-d/milestone-not-on-path.js';
import { milestonesOutOfOrder } from './section-d/milestones-out-of-order.js';
import { startsBeforePreviousEnds } from './section-d/starts-before-previous-ends.js';
import type { SecTimetableRule } from './types.js';
import { deepFreeze } from '../../internal/freeze.js';

/**
 * The SEC's timetable rules, in the order `validateTimetable` reports them: the default of the `rules`
 * option of `validateTimetable` and `planTimetable`. Filter it to switch rules off, or add your own
 * ({@link defineTimetableRule}).
 *
 * @example
 * SEC_TIMETABLE_RULES.map((r) => r.code).includes('papers-after-deadline'); // true
 * const lenient = SEC_TIMETABLE_RULES.filter((r) => r.code !== 'non-working-day');
 */
export const SEC_TIMETABLE_RULES: readonly SecTimetableRule[] = /* @__PURE__ */ deepFreeze([
  milestonesOutOfOrder,
  milestoneNotOnPath,
  milestoneMissing,
  panelDateNotMeeting,
  changeBoardDateNotMeeting,
  startsBeforePreviousEnds,
  papersAfterDeadline,
  dccAssessmentBeforeDue,
  authorityDecisionTooSoon,
  consultationTooShort,
  implementationNotOnRelease,
  implementationBeforeDecision,
  implementationBeforeEarliestRelease,
  implementationBeforeStandstillEnd,
  nonWorkingDay,
]);
