/**
 * The rules run forward: the engine behind `planTimetable` and `replanTimetable`. It fixes a timetable's
 * dates one at a time, in the order of the phases: each date starts where the request (or what comes
 * before it) puts it, every rule with a `plan` side moves it to the earliest day it accepts until none
 * moves it, and a caller's rule without one moves it a day at a time until its check accepts it.
 * @internal
 */
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import { show } from '../internal/check.js';
import { isoOf, type IsoDate } from '../internal/days.js';
import { isoOfWorkingDay } from '../calendar/working-days/holiday-index.js';
import type { ModificationPath } from '../lifecycle/paths.js';
import { span } from './dates.js';
import type { Resolved } from './options.js';
import type { PlanReason } from './plan-reason.js';
import { RANK, RuleContext, readTimetable } from './rules/context.js';
import { ruleError, type ResolvedRules } from './rules/define.js';
import { findingsOf } from './rules/run.js';
import { implementationBeforeStandstillEnd } from './rules/directive-2015-1535/implementation-before-standstill-end.js';
import { implementationBeforeEarliestRelease } from './rules/release-management/implementation-before-earliest-release.js';
import { authorityDecisionTooSoon } from './rules/section-d/authority-decision-too-soon.js';
import { consultationTooShort } from './rules/section-d/consultation-too-short.js';
import { dccAssessmentBeforeDue } from './rules/section-d/dcc-assessment-before-due.js';
import { implementationBeforeDecision } from './rules/section-d/implementation-before-decision.js';
import { milestonesOutOfOrder } from './rules/section-d/milestones-out-of-order.js';
import { startsBeforePreviousEnds } from './rules/section-d/starts-before-previous-ends.js';
import type {
  AnyTimetableRule,
  PlanMove,
  PlanReasonBody,
  PlanStep,
  ResolvedTimetableOptions,
  RuleMilestone,
} from './rules/types.js';
import { MILESTONE_ORDER, type DccAssessment, type Milestone, type MilestoneKind, type Timetable } from './types.js';

/** How often the rules may move one date before the plan is refused: they agree within a few passes. */
const MAX_PASSES = 1000;
/** How many days a caller's check-only rule may move one date before the plan is refused: a year. */
const TRIAL_DAYS = 366;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class Forward {
  /** The plan so far, as a timetable. */
  readonly milestones: Milestone[] = [];
  readonly assessments: DccAssessment[] = [];
  readonly timetable: Mutable<Timetable>;
  /** The options as the rules read them; the planner adds what it works out (the standstill's end). */
  readonly options: Mutable<ResolvedTimetableOptions>;
  /** The plan so far, as the rules read it. */
  readonly context: RuleContext;
  /** Why each date fixed is where it is, in the order fixed. */
  readonly reasons: PlanReason[] = [];
  /** The rules whose plan side speaks of each milestone's (by rank) `approved` and `until`. */
  private readonly planners: PlannerTable;
  /** For each entry of `planners`, whether the rule is a bound of secmod's ({@link BOUNDS}). */
  private readonly bounded: readonly (readonly boolean[])[];
  /** Scratch for `fix`: each planner's bound, and its move, by place in the list. */
  private readonly bounds: number[] = [];
  private readonly boundMoves: (PlanMove | undefined)[] = [];
  private readonly checkOnly: readonly number[];
  /** The step the rules are asked about, one object for the whole plan (a rule reads it during its call). */
  private readonly step: {
    kind: MilestoneKind;
    field: 'approved' | 'until';
    day: number;
    start: number;
    explain: boolean;
  };
  private readonly iso: (day: number) => IsoDate;

  constructor(
    proposal: string,
    path: ModificationPath,
    private readonly resolved: Resolved,
    /** What the planner works out instead of the options' (the request's DCC system impact, the Authority's lead time). */
    planned: { readonly dccSystemImpact?: boolean; readonly authorityDecisionWorkingDays?: number },
    /** The day the plan starts from: the request's raised or converted day. */
    readonly start: number,
  ) {
    this.timetable = { proposal, path, milestones: this.milestones, extensions: [], dccAssessments: this.assessments };
    // Written out, not spread: an object spread followed by keys is slow in V8, and the rules read one shape.
    this.options = {
      panelMeetings: resolved.panelMeetings,
      changeBoardMeetings: resolved.changeBoardMeetings,
      paperDeadlineWorkingDays: resolved.paperDeadlineWorkingDays,
      dccTimescales: resolved.dccTimescales,
      dccSystemImpact: planned.dccSystemImpact ?? resolved.dccSystemImpact,
      authorityDecisionWorkingDays: planned.authorityDecisionWorkingDays ?? resolved.authorityDecisionWorkingDays,
      minConsultationWorkingDays: resolved.minConsultationWorkingDays,
      calendar: resolved.calendar,
      releasePolicy: resolved.releasePolicy,
      standstillEndsOn: resolved.standstillEndsOn,
      standstill: resolved.standstill,
      adoptableFrom: resolved.adoptableFrom,
    };
    this.context = new RuleContext(this.timetable, this.options);
    this.planners = plannerTable(resolved.rules);
    this.bounded = boundedTable(resolved.rules, this.planners);
    this.checkOnly = checkOnlyOf(resolved.rules);
    this.step = { kind: 'refinement', field: 'approved', day: start, start, explain: false };
    const calendar = this.options.calendar;
    // Most planned dates are Working Days, whose strings the calendar's table keeps.
    this.iso = (day) => isoOfWorkingDay(calendar, day);
  }

  /** Fixes a milestone's `approved` date from `from` and adds the milestone; `given` is the request's reason for `from`. */
  plan(kind: MilestoneKind, from: number, given?: PlanMove['reason']): number {
    const day = this.fix(kind, 'approved', from, given);
    const m: Milestone = { kind, approved: this.iso(day) };
    this.milestones.push(m);
    const span = { first: day, last: day, month: false };
    const x = {
      kind,
      index: this.milestones.length - 1,
      milestone: m,
      approved: span,
      until: undefined,
      actual: undefined,
    };
    this.context.add(x, RANK.get(kind) as number);
    return day;
  }

  /** Fixes the `until` of the milestone {@link plan} added last. */
  planUntil(kind: MilestoneKind, from: number, given?: PlanMove['reason']): number {
    const day = this.fix(kind, 'until', from, given);
    const index = this.milestones.length - 1;
    // The milestone and its reading written out, not spread (slow in V8): `plan` made them, with these keys.
    const m: Milestone = { kind, approved: (this.milestones[index] as Milestone).approved, until: this.iso(day) };
    this.milestones[index] = m;
    const c = this.context;
    const previous = c.milestones[c.milestones.length - 1] as RuleMilestone;
    const x: RuleMilestone = {
      kind,
      index,
      milestone: m,
      approved: previous.approved,
      until: { first: day, last: day, month: false },
      actual: undefined,
    };
    c.milestones[c.milestones.length - 1] = x;
    c.byRank[RANK.get(m.kind) as number] = x;
    c.ordered[c.ordered.length - 1] = x;
    return day;
  }

  /** Adds a milestone as it is (one that happened, or is not moved): its dates, day or month, as the rules read them. */
  add(m: Milestone): void {
    this.milestones.push(m);
    this.context.add(read(m, this.milestones.length - 1), RANK.get(m.kind) as number);
  }

  /** Replaces the milestone added last (its `until` fixed, or its `actual` kept). */
  replaceLast(m: Milestone): void {
    const index = this.milestones.length - 1;
    this.milestones[index] = m;
    const x = read(m, index);
    const c = this.context;
    c.milestones[c.milestones.length - 1] = x;
    c.byRank[RANK.get(m.kind) as number] = x;
    c.ordered[c.ordered.length - 1] = x;
  }

  /**
   * Fixes one date: from `from` (with `given`, the request's reason, where the request fixes it), every
   * rule with a plan side moves it to the earliest day it accepts until none moves it; then a rule of the
   * caller's without one moves it a day at a time until its check accepts it. The reason kept is the
   * request's where nothing moved the date, else the strongest rule holding it there, else the last move.
   */
  fix(kind: MilestoneKind, field: 'approved' | 'until', from: number, given?: PlanMove['reason']): number {
    const rules = this.resolved.rules;
    const proposal = this.timetable.proposal;
    let day = from;
    let last: PlanMove | undefined;
    // The rule that moved the date last, and the day it was asked about; the strongest rule holding it.
    let lastRule = -1;
    let lastAsked = day;
    let holding: PlanMove | undefined;
    let holdingRule = -1;
    const at = (RANK.get(kind) as number) * 2 + (field === 'until' ? 1 : 0);
    const list = this.planners[at] as readonly number[];
    const bounded = this.bounded[at] as readonly boolean[];
    const n = list.length;
    // What each bound of secmod's answered when first asked (NaN: not asked yet, -Infinity: nothing).
    const bounds = this.bounds;
    const boundMoves = this.boundMoves;
    for (let k = 0; k < n; k++) bounds[k] = Number.NaN;
    const step = this.step;
    step.kind = kind;
    step.field = field;
    step.explain = false;
    for (let trials = 0; ;) {
      // The rules in turn, round and round, until each in a row has been asked at the day and none moved it:
      // the asks of passes over the list up to the first quiet pass, less that pass's asks after the
      // quiet run (which could only repeat it). The rules holding the date are those of the quiet run.
      holding = undefined;
      holdingRule = -1;
      let quiet = 0;
      for (let asked = 0, k = 0; quiet < n; asked++, k = k + 1 === n ? 0 : k + 1) {
        // More than MAX_PASSES passes, each moving the date: refused where the passes would have been.
        if (asked > MAX_PASSES * n && k === 0)
          throw new SecmodError(
            'no-plan',
            `${proposal}: the rules keep moving ${kind} ${field} (past ${isoOf(day)}): no date satisfies them all`,
            { path: ['options', 'rules'] },
          );
        const i = list[k] as number;
        let move: PlanMove | undefined;
        const bound = bounds[k] as number;
        if (bound === bound) {
          // A bound answered before: the date has reached it since, so it holds the date there or says nothing.
          move = bound === day ? boundMoves[k] : undefined;
        } else {
          step.day = day;
          move = this.planOf(i, step);
          if (bounded[k]) {
            bounds[k] = move === undefined ? Number.NEGATIVE_INFINITY : move.day;
            boundMoves[k] = move;
          }
        }
        quiet++;
        if (move === undefined) continue;
        if (move.day > day) {
          lastAsked = day;
          day = move.day;
          last = move;
          lastRule = i;
          quiet = 0;
          holding = undefined;
          holdingRule = -1;
        } else if (
          move.day === day &&
          (holding === undefined ||
            (move.priority ?? 1) > (holding.priority ?? 1) ||
            ((move.priority ?? 1) === (holding.priority ?? 1) && i < holdingRule))
        ) {
          // The strongest, then the first in the list (the run may start mid-list).
          holding = move;
          holdingRule = i;
        }
      }
      const refusing = this.refuses(kind, field, day);
      if (refusing === undefined) break;
      const rule = rules.list[refusing] as AnyTimetableRule;
      if (++trials > TRIAL_DAYS)
        throw new SecmodError(
          'no-plan',
          `${proposal}: no ${kind} ${field} date from ${isoOf(from)} to ${isoOf(day)} satisfies rule ${refusing} (${rule.code})`,
          { path: this.rulePath(refusing) },
        );
      day += 1;
      lastRule = -1;
      last = {
        day,
        reason: {
          rule: 'custom',
          message: `moved to the first day rule ${rule.code} accepts`,
          source: rule.source,
          code: rule.code,
        },
      };
    }
    // The reason, and whether secmod wrote it (the request's, the engine's, or a rule of secmod's).
    let reason: NonNullable<PlanMove['reason']> | undefined;
    let ours = true;
    if (given !== undefined && day === from) reason = given;
    else {
      if (holding !== undefined) {
        reason = this.explain(holdingRule, holding, kind, field, day);
        ours = rules.builtIn[holdingRule] === true;
      }
      if (reason === undefined && last !== undefined) {
        reason = this.explain(lastRule, last, kind, field, lastAsked);
        ours = lastRule < 0 || rules.builtIn[lastRule] === true;
      }
      if (reason === undefined) {
        reason = { rule: 'request', message: 'no rule sets this date later than where the plan reached' };
        ours = true;
      }
    }
    this.reasons.push((ours ? secPlanReason : planReason)(reason, kind, field, this.iso(day)));
    return day;
  }

  /** The caller's check-only rules on the whole timetable: a `no-plan` refusal for the first that finds an error. */
  checkWhole(): void {
    const rules = this.resolved.rules;
    if (this.checkOnly.length === 0) return;
    const context = readTimetable(this.timetable, this.options, []);
    for (const i of this.checkOnly) {
      const rule = rules.list[i] as AnyTimetableRule;
      const error = findingsOf(rules, i, this.timetable, context).find(
        (f) => (f.severity ?? rule.severity) === 'error',
      );
      if (error !== undefined)
        throw new SecmodError(
          'no-plan',
          `${this.timetable.proposal}: no plan satisfies rule ${i} (${rule.code}): ${error.message}`,
          { path: this.rulePath(i) },
        );
    }
  }

  /** The reason of a move kept: the rule asked again, at the day it answered, for its reason. */
  private explain(
    i: number,
    move: PlanMove,
    kind: MilestoneKind,
    field: 'approved' | 'until',
    asked: number,
  ): NonNullable<PlanMove['reason']> | undefined {
    if (move.reason !== undefined || i < 0) return move.reason;
    return this.planOf(i, { kind, field, day: asked, start: this.start, explain: true })?.reason;
  }

  private rulePath(i: number): InputPath {
    return this.resolved.rules.given ? ['options', 'rules', i] : ['options', 'rules'];
  }

  /** A rule's plan side on a step; a caller's rule that throws or answers nonsense is refused with its index. */
  private planOf(i: number, step: PlanStep): PlanMove | undefined {
    const rules = this.resolved.rules;
    const rule = rules.list[i] as AnyTimetableRule;
    const plan = rule.plan as NonNullable<AnyTimetableRule['plan']>;
    if (rules.builtIn[i]) return plan.call(rule, step, this.context);
    let move: unknown;
    try {
      move = plan.call(rule, step, this.context);
    } catch (error) {
      const why = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
      throw ruleError(rule, i, [...this.rulePath(i), 'plan'], `plan threw ${why.slice(0, 300)}`, error);
    }
    if (move === undefined) return undefined;
    const m = move as PlanMove;
    if (
      typeof m !== 'object' ||
      m === null ||
      !Number.isSafeInteger(m.day) ||
      m.day < step.day ||
      (m.reason === undefined
        ? step.explain
        : typeof m.reason !== 'object' || m.reason === null || typeof m.reason.message !== 'string')
    )
      throw ruleError(
        rule,
        i,
        [...this.rulePath(i), 'plan'],
        `plan answered ${show(m)}; expected undefined or { day (on or after step.day), reason: { message, ... } }`,
      );
    return m.reason === undefined || m.reason.rule !== undefined
      ? m
      : { ...m, reason: { ...m.reason, rule: 'custom' as const, code: rule.code } };
  }

  /** The first of the caller's check-only rules that finds an error in the date, with the date in place. */
  private refuses(kind: MilestoneKind, field: 'approved' | 'until', day: number): number | undefined {
    if (this.checkOnly.length === 0) return undefined;
    const rules = this.resolved.rules;
    const trial: Milestone[] = [...this.milestones];
    const at = field === 'approved' ? trial.length : trial.length - 1;
    trial[at] =
      field === 'approved' ? { kind, approved: isoOf(day) } : { ...(trial[at] as Milestone), until: isoOf(day) };
    const t: Timetable = { ...this.timetable, milestones: trial };
    const context = readTimetable(t, this.options, []);
    for (const i of this.checkOnly) {
      const rule = rules.list[i] as AnyTimetableRule;
      for (const f of findingsOf(rules, i, t, context))
        if ((f.severity ?? rule.severity) === 'error' && f.path?.[0] === 'milestones' && f.path[1] === at) return i;
    }
    return undefined;
  }
}

/**
 * `{ rule, kind, field, date, ...body }`, the same keys in the same order, without the spread after
 * literal keys (which V8 runs slowly); a body with an own `__proto__` key (only a caller's could have one)
 * takes the spread, which keeps it a key.
 */
function planReason(
  body: NonNullable<PlanMove['reason']>,
  kind: MilestoneKind,
  field: 'approved' | 'until',
  date: IsoDate,
): PlanReason {
  const head = { rule: body.rule, kind, field, date };
  return (Object.hasOwn(body, '__proto__') ? { ...head, ...body } : Object.assign(head, body)) as PlanReason;
}

/**
 * {@link planReason} for a reason secmod wrote, as a literal of its rule's keys (a copy key by key is
 * slow in V8): each of secmod's reasons of a rule has the keys written here, in this order (a new key
 * of a rule's fields fails to compile here). Anything else is copied by `planReason`.
 */
function secPlanReason(
  body: NonNullable<PlanMove['reason']>,
  kind: MilestoneKind,
  field: 'approved' | 'until',
  date: IsoDate,
): PlanReason {
  const b = body as PlanReasonBody;
  switch (b.rule) {
    case 'meeting':
      return {
        rule: b.rule,
        kind,
        field,
        date,
        message: b.message,
        source: b.source,
        body: b.body,
        projected: b.projected,
        paperDeadline: b.paperDeadline,
        waitsFor: b.waitsFor,
        ready: b.ready,
      };
    case 'after-previous':
      return { rule: b.rule, kind, field, date, message: b.message, source: b.source, waitsFor: b.waitsFor };
    case 'refinement-length':
      return { rule: b.rule, kind, field, date, message: b.message, source: b.source, months: b.months };
    case 'dcc-timescale':
      return {
        rule: b.rule,
        kind,
        field,
        date,
        message: b.message,
        source: b.source,
        assessment: b.assessment,
        requestedOn: b.requestedOn,
      };
    case 'consultation-length':
    case 'authority-lead-time':
      return { rule: b.rule, kind, field, date, message: b.message, source: b.source, workingDays: b.workingDays };
    case 'release':
      // The first release on or after a day has no standstill key; the first a decision can make has one.
      return 'standstillEndsOn' in b
        ? {
            rule: b.rule,
            kind,
            field,
            date,
            message: b.message,
            source: b.source,
            release: b.release,
            standstillEndsOn: b.standstillEndsOn,
          }
        : { rule: b.rule, kind, field, date, message: b.message, source: b.source, release: b.release };
    case 'working-day':
      return { rule: b.rule, kind, field, date, message: b.message, source: b.source, calendar: b.calendar };
    case 'request':
      if (b.source === undefined && !('source' in b)) return { rule: b.rule, kind, field, date, message: b.message };
      return planReason(body, kind, field, date);
    default:
      return planReason(body, kind, field, date);
  }
}

/** For each milestone kind (by rank) and field, the rules whose plan side speaks of it, in list order. */
type PlannerTable = readonly (readonly number[])[];

const PLANNERS = new WeakMap<ResolvedRules, PlannerTable>();
const BOUNDED = new WeakMap<ResolvedRules, readonly (readonly boolean[])[]>();

/**
 * secmod's rules whose plan side is a bound: the earliest day they accept for a date depends on what is
 * planned before it and not on the day asked about, so they answer that day when asked on or before it
 * and nothing after. Asked once for a date, each answers every later ask of the fixpoint: it holds the
 * date where it reached the bound, and says nothing past it. (Meetings, releases, Working Days and paper
 * deadlines depend on the day asked, and are asked each time.)
 */
const BOUNDS: ReadonlySet<AnyTimetableRule> = new Set<AnyTimetableRule>([
  milestonesOutOfOrder,
  startsBeforePreviousEnds,
  consultationTooShort,
  authorityDecisionTooSoon,
  dccAssessmentBeforeDue,
  implementationBeforeDecision,
  implementationBeforeEarliestRelease,
  implementationBeforeStandstillEnd,
]);

/** For each entry of the planner table, whether its rule is one of {@link BOUNDS}: worked out once per rule list. */
function boundedTable(rules: ResolvedRules, planners: PlannerTable): readonly (readonly boolean[])[] {
  let table = BOUNDED.get(rules);
  if (table === undefined)
    BOUNDED.set(
      rules,
      (table = planners.map((list) =>
        list.map((i) => rules.builtIn[i] === true && BOUNDS.has(rules.list[i] as AnyTimetableRule)),
      )),
    );
  return table;
}
const CHECK_ONLY = new WeakMap<ResolvedRules, readonly number[]>();

/** The rules with a plan side, by the dates they speak of: worked out once per rule list. */
function plannerTable(rules: ResolvedRules): PlannerTable {
  let table = PLANNERS.get(rules);
  if (table !== undefined) return table;
  table = MILESTONE_ORDER.flatMap((kind) =>
    (['approved', 'until'] as const).map((field) =>
      rules.list.flatMap((rule, i) =>
        rule.plan !== undefined &&
        (rule.plans?.kinds === undefined || rule.plans.kinds.includes(kind)) &&
        (rule.plans?.fields === undefined || rule.plans.fields.includes(field))
          ? [i]
          : [],
      ),
    ),
  );
  PLANNERS.set(rules, table);
  return table;
}

function checkOnlyOf(rules: ResolvedRules): readonly number[] {
  let list = CHECK_ONLY.get(rules);
  if (list === undefined) CHECK_ONLY.set(rules, (list = rules.list.flatMap((_, i) => (rules.checkOnly[i] ? [i] : []))));
  return list;
}

/** A milestone as the rules read it: its dates (day or month) as spans. */
function read(m: Milestone, index: number): RuleMilestone {
  const at = (value: string | undefined, field: string) =>
    value === undefined ? undefined : span(value, ['milestones', index, field]);
  return {
    kind: m.kind,
    index,
    milestone: m,
    approved: at(m.approved, 'approved'),
    until: at(m.until, 'until'),
    actual: at(m.actual, 'actual'),
  };
}
