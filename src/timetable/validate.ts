import { checkTimetable } from './check.js';
import { SEC_DEFAULTS } from './defaults.js';
import type { TimetableIssue } from './issues.js';
import { resolveOptions, type ValidateTimetableOptions } from './options.js';
import { readTimetable } from './rules/context.js';
import { runChecks, type RuleIssueOut } from './rules/run.js';
import type { AnyTimetableRule, RuleIssue, SecTimetableRule } from './rules/types.js';
import type { Timetable } from './types.js';

export type { MilestoneField, TimetableIssue, TimetableIssueCode, TimetableIssueFields } from './issues.js';
export { prepareTimetableOptions, type PreparedTimetableOptions, type ValidateTimetableOptions } from './options.js';

/** The issues `validateTimetable` returns with rules `R`: the reader's, and each rule's under its code. */
export type ValidationIssue<R extends AnyTimetableRule = SecTimetableRule> =
  Extract<TimetableIssue, { code: 'invalid-date' | 'unknown-milestone' | 'duplicate-milestone' }> | RuleIssue<R>;

/**
 * Checks a proposed timetable and returns **every** problem as an {@link Issue} (it never stops at the
 * first, and never throws on a well-typed timetable), so a test suite can assert on the codes. The
 * reader reports what it cannot read; every other code comes from a rule of `options.rules` (default
 * {@link SEC_TIMETABLE_RULES}, one module each under `src/timetable/rules/`), in the list's order. With no
 * options it checks by {@link SEC_DEFAULTS} (the SEC's meeting calendars, release policy and Working
 * Days); options you give replace that preset whole (spread it to keep it).
 *
 * | code | severity | rule |
 * |---|---|---|
 * | `invalid-date` | error | every date is `YYYY-MM-DD` or `YYYY-MM` (the reader) |
 * | `unknown-milestone` | error | every kind is one of {@link MILESTONE_ORDER}; the message names the nearest known kind, and an unknown milestone is left out of every rule (the reader) |
 * | `duplicate-milestone` | error | each milestone appears once (the reader) |
 * | `milestones-out-of-order` | error | approved (and actual) dates follow the order of the phases |
 * | `milestone-not-on-path` | error | no Refinement or Modification Report on Fast-Track, no Authority decision on Self-Governance, ... |
 * | `milestone-missing` | error | the path's decision milestone is there, and its Draft Modification Report and Change Board where the path has them |
 * | `panel-date-not-meeting` | error | Panel milestones fall on a Panel meeting (with `panelMeetings`) |
 * | `change-board-date-not-meeting` | error | the Change Board milestone falls on a Change Board meeting (with `changeBoardMeetings`) |
 * | `starts-before-previous-ends` | error | nothing starts before a period before it ends (the DCC assessments run within Refinement) |
 * | `papers-after-deadline` | error | what a meeting decides on is finished by its paper deadline (with `paperDeadlineWorkingDays`) |
 * | `dcc-assessment-before-due` | warning | a DCC milestone is not planned before its request is due under `dccTimescales` |
 * | `authority-decision-too-soon` | error | the Authority decides at least `authorityDecisionWorkingDays` after the Change Board (with that option) |
 * | `consultation-too-short` | error | consultations last at least `minConsultationWorkingDays`, counted as `workingDaysBetween` counts: the Working Days after the day it opens, up to and including the day it closes (MP112's 15 Working Day consultation ran from 17 March to 7 April 2020) |
 * | `implementation-not-on-release` | error (warning on Path 1) | implementation is on a release date |
 * | `implementation-before-decision` | error | implementation comes after the decision |
 * | `implementation-before-earliest-release` | error | implementation is no earlier than the first release the decision can make (with `dccSystemImpact`) |
 * | `implementation-before-standstill-end` | error | implementation is not before the EC standstill ends (with `standstillEndsOn`) |
 * | `non-working-day` | error | day-precise dates are Working Days, except an implementation on a release date: a release goes live on its date whatever day it is (the November 2020 release, Sunday 29 November 2020) |
 *
 * @throws {SecmodError} on a malformed timetable or options (`invalid-argument`, `invalid-date` of an
 *   option), and `invalid-rule` for a rule of `options.rules` that is malformed, throws, or answers with
 *   something other than a list of findings.
 * @example
 * expect(validateTimetable(proposed, { panelMeetings }).map((i) => i.code)).toEqual([]);
 */
export function validateTimetable<R extends AnyTimetableRule = SecTimetableRule>(
  timetable: Timetable,
  options: ValidateTimetableOptions<R> = SEC_DEFAULTS as unknown as ValidateTimetableOptions<R>,
): ValidationIssue<R>[] {
  checkTimetable(timetable, ['timetable'], 'allowed');
  const o = resolveOptions(options);
  const issues: TimetableIssue[] = [];
  const context = readTimetable(timetable, o, issues);
  runChecks(o.rules, timetable, context, issues as RuleIssueOut[]);
  return issues as ValidationIssue<R>[];
}
