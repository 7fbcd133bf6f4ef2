/**
 * What a timetable rule is: plain data (its code, severity and source) and two functions, `check`
 * (validation) and, where the rule fixes how early a date may fall, `plan` (the same rule run forward).
 * `validateTimetable` and `planTimetable` both run from one list of them.
 */
import type { InputPath } from '../../errors/secmod-error.js';
import type { IsoDate } from '../../internal/days.js';
import type { PathRules } from '../../lifecycle/paths.js';
import type { Citation } from '../../sources/citation.js';
import type { HolidayCalendar } from '../../calendar/holidays/types.js';
import type { ReleasePolicy } from '../../releases/types.js';
import type { Standstill } from '../../standstill/types.js';
import type { MeetingSet } from '../meeting-set.js';
import type { DccTimescales } from '../status.js';
import type { Milestone, MilestoneKind, Timetable } from '../types.js';
import type { PlanReason } from '../plan-reason.js';
import type { TimetableIssueFields } from '../issues.js';

/**
 * The options as the rules read them: checked once, dates as day numbers, meeting lists indexed,
 * defaults filled in. A rule's `check` and `plan` receive it as `context.options`.
 */
export interface ResolvedTimetableOptions {
  /** The Panel meetings, when given: `onOrAfter(day)` and `onOrBefore(day)` on day numbers. */
  readonly panelMeetings: MeetingSet | undefined;
  /** The Change Board meetings, when given. */
  readonly changeBoardMeetings: MeetingSet | undefined;
  readonly paperDeadlineWorkingDays: number | undefined;
  readonly dccTimescales: DccTimescales;
  readonly dccSystemImpact: boolean | undefined;
  readonly authorityDecisionWorkingDays: number | undefined;
  readonly minConsultationWorkingDays: number | undefined;
  /** The Working Days the rules count: the option, or `englandAndWales`. */
  readonly calendar: HolidayCalendar;
  /** The release policy, or `false` where the release checks are switched off. */
  readonly releasePolicy: ReleasePolicy | false;
  /** The end of the EC standstill as a day number, when given. */
  readonly standstillEndsOn: number | undefined;
  /** The standstill given (`options.standstill`), when one is. */
  readonly standstill: Standstill | undefined;
  /**
   * The first day a notified measure may be adopted (a day number), from either standstill option: its
   * `adoptableFrom`, or the day after the published `standstillEndsOn`.
   */
  readonly adoptableFrom: number | undefined;
}

/** How serious a finding is: `error`, the timetable is wrong; `warning`, allowed but probably not meant. */
export type Severity = 'error' | 'warning';

/**
 * A timetable date as the rules read it: the days it covers, as day numbers (days since 1970-01-01 in
 * the proleptic Gregorian calendar; `context.iso(day)` writes one as `YYYY-MM-DD`). A day-precise date
 * has `first === last`; a month (`YYYY-MM`) runs from its first to its last day.
 */
export interface TimetableSpan {
  readonly first: number;
  readonly last: number;
  readonly month: boolean;
}

/** One milestone as the rules read it: its dates parsed once (a date that cannot be read is absent). */
export interface RuleMilestone {
  readonly kind: MilestoneKind;
  /** Its place in `timetable.milestones`: the path of a finding about it starts `['milestones', index]`. */
  readonly index: number;
  /** The milestone as given. */
  readonly milestone: Milestone;
  readonly approved: TimetableSpan | undefined;
  readonly until: TimetableSpan | undefined;
  readonly actual: TimetableSpan | undefined;
}

/**
 * What a rule reads besides the timetable: the options resolved once (calendar, meetings, release
 * policy, DCC timescales, standstill end) and the milestones already read.
 */
export interface TimetableRuleContext {
  /** The timetable checked (or, while planning, the part planned so far). */
  readonly timetable: Timetable;
  /** What the timetable's path has: Refinement, a Modification Report, a Change Board, who decides. */
  readonly pathRules: PathRules;
  /** Every milestone of a known kind, in the timetable's order (a duplicate kind included). */
  readonly milestones: readonly RuleMilestone[];
  /** The first milestone of each kind, in the order of the phases (`MILESTONE_ORDER`). */
  readonly ordered: readonly RuleMilestone[];
  /** The first milestone of a kind, if the timetable has one. */
  milestone(kind: MilestoneKind): RuleMilestone | undefined;
  /** The options, checked and read once. */
  readonly options: ResolvedTimetableOptions;
  /** A day number as `YYYY-MM-DD`. */
  iso(day: number): IsoDate;
}

/**
 * One problem a rule finds. The rule supplies its code, severity and source; a finding may name another
 * severity or source where the rule's depends on the case (an implementation off a release date is a
 * warning on Path 1), and carries the typed fields of its code.
 */
export interface TimetableFinding {
  /** One sentence for a person (secmod's rules start it with the proposal). */
  readonly message: string;
  /** Where in the timetable the problem is; default `[]`, the timetable as a whole. */
  readonly path?: InputPath | undefined;
  /** Instead of the rule's severity, for this finding. */
  readonly severity?: Severity | undefined;
  /** Instead of the rule's source, for this finding. */
  readonly source?: Citation | undefined;
}

/** One date the planner is fixing: a milestone's `approved` or `until`, and the earliest day it may take so far. */
export interface PlanStep {
  readonly kind: MilestoneKind;
  readonly field: 'approved' | 'until';
  /** The earliest day (a day number) the date can take so far; a rule answers with a day on or after it. */
  readonly day: number;
  /** The day the plan starts from: the request's raised or converted day. */
  readonly start: number;
  /**
   * Whether the planner wants the reason: while the rules agree on a day it asks for days only (a rule
   * may leave `reason` out then), and it asks the rule it keeps again with `explain: true`.
   */
  readonly explain: boolean;
}

/** A reason as a rule gives it: the planner adds the milestone, the field and the date. */
export type PlanReasonBody = PlanReason extends infer R
  ? R extends PlanReason
    ? Omit<R, 'kind' | 'field' | 'date'>
    : never
  : never;

/**
 * A rule's answer to a {@link PlanStep}: the earliest day on or after `step.day` that the rule accepts
 * for this date, and why. A rule answers only where it constrains the date (otherwise `undefined`), and
 * answers with `step.day` itself when that day is where it holds the date (a meeting, a release).
 */
export interface PlanMove {
  readonly day: number;
  /**
   * Why, when `step.explain` (it may be left out otherwise): secmod's rules give a {@link PlanReason} of
   * their own kind; yours gives a message (and a source) and is shown as `custom`.
   */
  readonly reason?:
    | PlanReasonBody
    | { readonly rule?: undefined; readonly message: string; readonly source?: Citation | undefined }
    | undefined;
  /**
   * When several rules hold a date where it is, the reason shown is the one with the highest priority
   * (then the first in the list): 2 for a date the rule puts exactly (a meeting, a release, a due date,
   * a length), 1 for a bound reached (after what it waits for); default 1.
   */
  readonly priority?: number | undefined;
}

/**
 * A timetable rule: what `validateTimetable` reports and `planTimetable` satisfies. `C` is its code;
 * `F` its findings (a message, a path and the typed fields of the code).
 *
 * @example
 * // A house rule: no milestone in August (the Panel does not meet).
 * const noAugust = defineTimetableRule({
 *   code: 'no-august-milestone',
 *   severity: 'error',
 *   source: { document: 'Our change calendar', status: 'observed' },
 *   check: (timetable, context) =>
 *     context.milestones
 *       .filter((m) => m.milestone.approved.slice(5, 7) === '08')
 *       .map((m) => ({ message: `${timetable.proposal}: ${m.kind} in August`, path: ['milestones', m.index, 'approved'], kind: m.kind })),
 * });
 */
export interface TimetableRule<C extends string = string, F extends TimetableFinding = TimetableFinding> {
  /** The code every finding of this rule is reported under. */
  readonly code: C;
  readonly severity: Severity;
  /** The clause or record the rule implements. */
  readonly source: Citation;
  /** What the rule checks, in a line. */
  readonly description?: string | undefined;
  /** The rule's findings on a timetable: none (`[]` or nothing) when it passes. */
  check(timetable: Timetable, context: TimetableRuleContext): readonly F[] | undefined | void;
  /**
   * Where the rule constrains a date: the earliest day it accepts for the date being planned, given
   * what is planned before it, and why. A rule without it is honoured by moving the date a day at a time
   * until `check` accepts it.
   */
  plan?(step: PlanStep, context: TimetableRuleContext): PlanMove | undefined;
  /**
   * Which dates `plan` speaks of (default every milestone's `approved` and `until`): the planner asks it
   * of these only. The step is the planner's, valid during the call.
   */
  readonly plans?: PlanScope | undefined;
}

/** The dates a rule's `plan` side speaks of. */
export interface PlanScope {
  /** The milestones; default all. */
  readonly kinds?: readonly MilestoneKind[] | undefined;
  /** The fields; default both. */
  readonly fields?: readonly ('approved' | 'until')[] | undefined;
}

/** Any timetable rule, whatever its code and findings. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTimetableRule = TimetableRule<string, any>;

/** The fields of a finding beyond what every finding has: what its issue carries besides code and severity. */
export type FieldsOf<F> = Omit<F, 'message' | 'path' | 'severity' | 'source'>;

/** The issue a rule reports: its code, severity, message, path and source, and its finding's fields. */
export type RuleIssue<R> =
  R extends TimetableRule<infer C, infer F>
    ? {
        readonly code: C;
        readonly severity: Severity;
        readonly message: string;
        readonly path: InputPath;
        readonly source?: Citation | undefined;
      } & Readonly<FieldsOf<F>>
    : never;

/** The finding of a secmod rule whose code is `C`. */
export type SecFinding<C extends keyof TimetableIssueFields> = TimetableFinding & TimetableIssueFields[C];

/** One of secmod's timetable rules: a union keyed on `code`, each with its own findings. */
export type SecTimetableRule = {
  [C in SecRuleCode]: TimetableRule<C, SecFinding<C>>;
}[SecRuleCode];

/** The codes the reader reports before any rule runs: a date it cannot read, an unknown kind, a kind twice. */
export type ReaderIssueCode = 'invalid-date' | 'unknown-milestone' | 'duplicate-milestone';

/** The codes of secmod's timetable rules. */
export type SecRuleCode = Exclude<keyof TimetableIssueFields, ReaderIssueCode>;
