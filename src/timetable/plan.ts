import { addMonthsToDay } from '../calendar/add-months.js';
import { isWorkingDayNumber, shiftWorkingDays, workingDayOnOrAfter } from '../calendar/working-days/holiday-index.js';
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import {
  checkObject,
  checkOneOf,
  checkOptionalBoolean,
  checkString,
  checkWholeNumber,
  invalidArgument,
  parseDay,
  show,
} from '../internal/check.js';
import { isoOf } from '../internal/days.js';
import { PATH_RULES, MODIFICATION_PATHS, type ModificationPath } from '../lifecycle/paths.js';
import { HORIZON_MONTHS } from '../meetings/lookup.js';
import { WORKING_GROUP_CADENCE } from '../sources/assumptions.js';
import { SECTION_D_REVIEW_FROM } from '../sources/documents.js';
import { standstillPeriod } from '../standstill/standstill-period.js';
import type { Standstill, StandstillInput } from '../standstill/types.js';
import { resolveOptions, type ValidateTimetableOptions } from './options.js';
import type { PlanReason } from './plan-reason.js';
import { RANK, RuleContext, readTimetable } from './rules/context.js';
import { ruleError } from './rules/define.js';
import { findingsOf } from './rules/run.js';
import { meetingMove } from './rules/section-c/meetings.js';
import { PHASE_ORDER } from './rules/shared.js';
import type {
  AnyTimetableRule,
  PlanMove,
  ResolvedTimetableOptions,
  RuleMilestone,
  SecTimetableRule,
} from './rules/types.js';
import { dccDueDate } from './status.js';
import type { DccAssessment, Milestone, MilestoneKind, Timetable } from './types.js';

export { PLAN_RULES, type PlanReason, type PlanReasonFields, type PlanRule } from './plan-reason.js';

/** Which DCC assessments a proposal needs. */
export const DCC_ASSESSMENT_NEEDS = ['none', 'preliminary', 'impact', 'both'] as const;
/** One of {@link DCC_ASSESSMENT_NEEDS}. */
export type DccAssessmentNeed = (typeof DCC_ASSESSMENT_NEEDS)[number];

/** The facts of an EC notification other than the received date (`secmod/standstill`). */
export type PlanNotification = Omit<StandstillInput, 'receivedOn'> & {
  /** When the Commission received the notification; default: the decision date. */
  readonly receivedOn?: string | undefined;
};

/** What {@link planTimetable} plans. */
export interface PlanRequest {
  readonly proposal: string;
  readonly path: ModificationPath;
  /**
   * The day it was raised: before 1 November 2018 its Initial Modification Report goes to the next
   * Panel; from then it is a Draft Proposal, and Refinement starts at the Panel that converts it.
   */
  readonly raisedOn?: string | undefined;
  /** Or the day the Panel converted it into a Modification Proposal: Refinement starts then. */
  readonly convertedOn?: string | undefined;
  /** The DCC assessments it needs; default `'none'`. */
  readonly dccAssessments?: DccAssessmentNeed | undefined;
  /**
   * Whether it needs EC notification: `true` (received on the decision date), or the notification's
   * facts. Implementation then waits for the end of the standstill.
   */
  readonly ecNotification?: boolean | PlanNotification | undefined;
  /** Working Group meetings in Refinement, one a month (unconfirmed); default 1. */
  readonly workingGroupMeetings?: number | undefined;
  /** Or the months of Refinement wanted. */
  readonly refinementMonths?: number | undefined;
  /** Whether it changes DCC systems (the release lead time); default: whether it needs an Impact Assessment. */
  readonly dccSystemImpact?: boolean | undefined;
}

/** What {@link planTimetable} returns. */
export interface Plan<R extends AnyTimetableRule = SecTimetableRule> {
  /** The earliest timetable `validateTimetable` accepts with {@link Plan.options}. */
  readonly timetable: Timetable;
  /** For each planned date, the rule that fixed it, in milestone order. */
  readonly reasons: readonly PlanReason[];
  /**
   * The options the plan was made with: yours, plus what the plan worked out (`standstillEndsOn`,
   * `dccSystemImpact`), so `validateTimetable(plan.timetable, plan.options)` judges it by the same rules.
   */
  readonly options: ValidateTimetableOptions<R>;
  /** Whether any meeting the plan waits for is projected rather than known. */
  readonly projected: boolean;
  /** With EC notification: the standstill. */
  readonly standstill?: Standstill | undefined;
}

/**
 * The earliest timetable that `validateTimetable` accepts with the same options, and for every date
 * the rule that fixed it: the meeting it waits for (the first whose papers are issued after what it
 * waits for ends), the consultation's minimum length, the DCC assessment's timescale, the Refinement
 * months wanted, the Authority's lead time, the first release the decision can make (after the EC
 * standstill, when there is one).
 *
 * The plan is the rules of `options.rules` (default `SEC_TIMETABLE_RULES`) run forward: each date starts
 * where the request or what comes before it puts it, and each rule with a `plan` side moves it to the
 * earliest day it accepts until all agree; a rule of yours without one is honoured by moving the date a
 * day at a time (for a year at most) until its check accepts it, or the plan is refused (`no-plan`).
 *
 * Options are `validateTimetable`'s: `panelMeetings` is needed, `changeBoardMeetings` on paths with a
 * Change Board, `minConsultationWorkingDays` on paths with Refinement; meeting calendars from
 * `secmod/meetings` (`SEC_PANEL`, `SEC_CHANGE_BOARD`) project the months with no known meeting, and the
 * plan says when it relies on a projection.
 *
 * @throws {SecmodError} `phase-not-on-path` (DCC assessments or Working Group meetings on Fast-Track),
 *   `missing-option`, `no-meeting`, `no-release`, `no-plan` (a rule no date satisfies), `invalid-rule`,
 *   and the argument checks' codes.
 * @example
 * const plan = planTimetable(
 *   { proposal: 'MP999', path: 'self-governance', convertedOn: '2019-01-18', dccAssessments: 'preliminary' },
 *   { panelMeetings: SEC_PANEL, changeBoardMeetings: SEC_CHANGE_BOARD, minConsultationWorkingDays: 15, paperDeadlineWorkingDays: 5 },
 * );
 * plan.timetable.milestones.at(-1); // { kind: 'implementation', approved: '2019-11-29' }
 * validateTimetable(plan.timetable, plan.options); // []
 */
export function planTimetable<R extends AnyTimetableRule = SecTimetableRule>(
  request: PlanRequest,
  options: ValidateTimetableOptions<R>,
): Plan<R> {
  checkObject(request, ['request'], 'PlanRequest { proposal, path, raisedOn | convertedOn, ... }');
  const proposal = checkString(request.proposal, ['request', 'proposal']);
  const path = checkOneOf(request.path, MODIFICATION_PATHS, ['request', 'path'], 'modification path');
  const rules = PATH_RULES[path];
  if ((request.raisedOn === undefined) === (request.convertedOn === undefined))
    throw invalidArgument(
      request.raisedOn ?? request.convertedOn,
      ['request'],
      'expected raisedOn or convertedOn, not both',
    );
  const converted = request.convertedOn !== undefined;
  const start = parseDay(converted ? request.convertedOn : request.raisedOn, [
    'request',
    converted ? 'convertedOn' : 'raisedOn',
  ]);
  const dcc =
    request.dccAssessments === undefined
      ? 'none'
      : checkOneOf(request.dccAssessments, DCC_ASSESSMENT_NEEDS, ['request', 'dccAssessments'], 'DCC assessment need');
  if (request.workingGroupMeetings !== undefined && request.refinementMonths !== undefined)
    throw invalidArgument(
      request.refinementMonths,
      ['request', 'refinementMonths'],
      'expected workingGroupMeetings or refinementMonths, not both',
    );
  const monthsPath: InputPath = [
    'request',
    request.refinementMonths === undefined ? 'workingGroupMeetings' : 'refinementMonths',
  ];
  const months = checkWholeNumber(request.refinementMonths ?? request.workingGroupMeetings ?? 1, monthsPath, 1, 120);
  const dccSystemImpact =
    checkOptionalBoolean(request.dccSystemImpact, ['request', 'dccSystemImpact']) ??
    (dcc === 'impact' || dcc === 'both');
  const notification = request.ecNotification;
  if (notification !== undefined && typeof notification !== 'boolean')
    checkObject(notification, ['request', 'ecNotification'], 'true, or the notification facts of StandstillInput');

  if (!rules.refinement && dcc !== 'none')
    throw new SecmodError(
      'phase-not-on-path',
      `${proposal}: ${rules.name} has no Refinement Process, so no DCC assessments`,
      {
        path: ['request', 'dccAssessments'],
        source: rules.source,
      },
    );
  if (!rules.refinement && (request.workingGroupMeetings !== undefined || request.refinementMonths !== undefined))
    throw new SecmodError(
      'phase-not-on-path',
      `${proposal}: ${rules.name} has no Refinement Process, so no Working Group`,
      {
        path: monthsPath,
        source: rules.source,
      },
    );

  // The options, checked and read as validateTimetable reads them.
  const o = resolveOptions(options);
  const missing = (name: string, why: string) =>
    new SecmodError('missing-option', `${proposal}: planning ${rules.name} needs options.${name} (${why})`, {
      path: ['options', name],
    });
  const panel = o.panelMeetings;
  if (panel === undefined)
    throw missing('panelMeetings', 'the Panel decides at its meetings: SEC_PANEL, or your dates');
  const changeBoard = o.changeBoardMeetings;
  if (rules.changeBoard !== 'none' && changeBoard === undefined)
    throw missing('changeBoardMeetings', 'the Change Board votes at its meetings: SEC_CHANGE_BOARD, or your dates');
  if (rules.refinement && o.minConsultationWorkingDays === undefined)
    throw missing('minConsultationWorkingDays', 'the length of its consultations');

  const calendar = o.calendar;
  const nextWorkingDay = (day: number, path: InputPath): number => workingDayOnOrAfter(calendar, day, path);

  // The plan so far, as a timetable and as the rules read it.
  const milestones: Milestone[] = [];
  const assessments: DccAssessment[] = [];
  const partial: { -readonly [K in keyof Timetable]: Timetable[K] } = {
    proposal,
    path,
    milestones,
    extensions: [],
    dccAssessments: assessments,
  };
  const ruleOptions: { -readonly [K in keyof ResolvedTimetableOptions]: ResolvedTimetableOptions[K] } = {
    ...o,
    dccSystemImpact,
  };
  const context = new RuleContext(partial, ruleOptions);
  const reasons: PlanReason[] = [];
  const planners = o.rules.list.flatMap((rule, i) => (rule.plan === undefined ? [] : [i]));
  const checkOnly = o.rules.list.flatMap((_, i) => (o.rules.checkOnly[i] ? [i] : []));

  /**
   * Fixes one date: from `from` (with the request's reason, where the request fixes it), every rule with
   * a plan side moves it to the earliest day it accepts until none moves it; then a rule of the
   * caller's without one moves it a day at a time until its check accepts it.
   */
  const fix = (kind: MilestoneKind, field: 'approved' | 'until', from: number, given?: PlanMove['reason']): number => {
    let day = from;
    let last: PlanMove | undefined;
    let holding: PlanMove | undefined;
    for (let trials = 0; ;) {
      for (let passes = 0; ; passes++) {
        if (passes > MAX_PASSES)
          throw new SecmodError(
            'no-plan',
            `${proposal}: the rules keep moving ${kind} ${field} (past ${isoOf(day)}): no date satisfies them all`,
            { path: ['options', 'rules'] },
          );
        let moved = false;
        holding = undefined;
        for (const i of planners) {
          const rule = o.rules.list[i] as AnyTimetableRule;
          const move = planOf(rule, i, { kind, field, day, start: start });
          if (move === undefined) continue;
          if (move.day > day) {
            day = move.day;
            last = move;
            moved = true;
          } else if (move.day === day && (holding === undefined || (move.priority ?? 1) > (holding.priority ?? 1)))
            holding = move;
        }
        if (!moved) break;
      }
      const refusing = refuses(kind, field, day);
      if (refusing === undefined) break;
      if (++trials > TRIAL_DAYS) {
        const rule = o.rules.list[refusing] as AnyTimetableRule;
        throw new SecmodError(
          'no-plan',
          `${proposal}: no ${kind} ${field} date from ${isoOf(from)} to ${isoOf(day)} satisfies rule ${refusing} (${rule.code})`,
          { path: o.rules.given ? ['options', 'rules', refusing] : ['options', 'rules'] },
        );
      }
      const rule = o.rules.list[refusing] as AnyTimetableRule;
      day += 1;
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
    const reason =
      given !== undefined && day === from
        ? given
        : (holding?.reason ??
          last?.reason ?? {
            rule: 'request',
            message: 'no rule sets this date later than where the plan reached',
          });
    const date = isoOf(day);
    reasons.push({ rule: reason.rule, kind, field, date, ...reason } as PlanReason);
    return day;
  };

  /** A rule's plan side on a step; a caller's rule that throws or answers nonsense is refused with its index. */
  const planOf = (rule: AnyTimetableRule, i: number, step: Parameters<NonNullable<AnyTimetableRule['plan']>>[0]) => {
    if (o.rules.builtIn[i]) return (rule.plan as NonNullable<AnyTimetableRule['plan']>)(step, context);
    let move: unknown;
    try {
      move = (rule.plan as NonNullable<AnyTimetableRule['plan']>)(step, context);
    } catch (error) {
      throw ruleError(
        rule,
        i,
        [...rulePath(i), 'plan'],
        `plan threw ${error instanceof Error ? error.message : String(error)}`,
        error,
      );
    }
    if (move === undefined) return undefined;
    const m = move as PlanMove;
    if (
      typeof m !== 'object' ||
      m === null ||
      !Number.isSafeInteger(m.day) ||
      m.day < step.day ||
      typeof m.reason !== 'object' ||
      m.reason === null ||
      typeof m.reason.message !== 'string'
    )
      throw ruleError(
        rule,
        i,
        [...rulePath(i), 'plan'],
        `plan answered ${show(m)}; expected undefined or { day (on or after step.day), reason: { message, ... } }`,
      );
    return m.reason.rule === undefined
      ? { ...m, reason: { ...m.reason, rule: 'custom' as const, code: rule.code } }
      : m;
  };
  const rulePath = (i: number): InputPath => (o.rules.given ? ['options', 'rules', i] : ['options', 'rules']);

  /** The first of the caller's check-only rules that finds an error in the date, with the date in place. */
  const refuses = (kind: MilestoneKind, field: 'approved' | 'until', day: number): number | undefined => {
    if (checkOnly.length === 0) return undefined;
    const trial: Milestone[] = [...milestones];
    const at = field === 'approved' ? trial.length : trial.length - 1;
    trial[at] =
      field === 'approved' ? { kind, approved: isoOf(day) } : { ...(trial[at] as Milestone), until: isoOf(day) };
    const t: Timetable = { ...partial, milestones: trial };
    const trialContext = readTimetable(t, ruleOptions, []);
    for (const i of checkOnly) {
      const rule = o.rules.list[i] as AnyTimetableRule;
      for (const f of findingsOf(o.rules, i, t, trialContext))
        if ((f.severity ?? rule.severity) === 'error' && f.path?.[0] === 'milestones' && f.path[1] === at) return i;
    }
    return undefined;
  };

  /** Adds a planned milestone (its `until` comes later) to the plan and to what the rules read. */
  const add = (kind: MilestoneKind, approved: number): void => {
    const m: Milestone = { kind, approved: isoOf(approved) };
    milestones.push(m);
    context.add(read(m, milestones.length - 1), RANK.get(kind) as number);
  };
  /** Sets the `until` of the last milestone planned. */
  const until = (until: number): void => {
    const index = milestones.length - 1;
    const m: Milestone = { ...(milestones[index] as Milestone), until: isoOf(until) };
    milestones[index] = m;
    const x = read(m, index);
    const rank = RANK.get(m.kind) as number;
    context.milestones[context.milestones.length - 1] = x;
    context.byRank[rank] = x;
    context.ordered[context.ordered.length - 1] = x;
  };
  const plan = (kind: MilestoneKind, from: number, given?: PlanMove['reason']): number => {
    const day = fix(kind, 'approved', from, given);
    add(kind, day);
    return day;
  };
  const planUntil = (kind: MilestoneKind, from: number, given?: PlanMove['reason']): number => {
    const day = fix(kind, 'until', from, given);
    until(day);
    return day;
  };

  /**
   * The first Panel meeting on a Working Day whose papers come after the request: where the Panel first
   * takes up the proposal (its Initial Modification Report, its conversion from a Draft Proposal, or a
   * Fast-Track decision).
   */
  const firstPanel = (kind: MilestoneKind): PlanMove => {
    const papers = o.paperDeadlineWorkingDays ?? 0;
    let day = start;
    for (let n = 0; n < HORIZON_MONTHS * 31; n++) {
      const move = meetingMove('panel', panel, { kind, field: 'approved', day, start }, context);
      const deadline = shiftWorkingDays(calendar, move.day, -papers, ['options', 'paperDeadlineWorkingDays']);
      if (deadline >= start && isWorkingDayNumber(calendar, move.day)) return move;
      day = move.day + 1;
    }
    throw new SecmodError(
      'no-meeting',
      `${proposal}: no Panel meeting on a Working Day with papers after ${isoOf(start)} within 20 years`,
      {
        path: ['options', 'panelMeetings'],
      },
    );
  };

  let decision: number;
  if (!rules.refinement) {
    // Fast-Track: the Panel decides at its next meeting.
    const meeting = firstPanel('panel-decision');
    decision = plan('panel-decision', meeting.day, meeting.reason);
  } else {
    let refinementStart: number;
    if (converted) {
      const day = nextWorkingDay(start, ['request', 'convertedOn']);
      refinementStart = plan('refinement', day, {
        rule: 'request',
        message: `Refinement starts when the Panel converts the Draft Proposal (${isoOf(start)}${day === start ? '' : ', moved to a Working Day'})`,
      });
    } else if (start < parseDay(SECTION_D_REVIEW_FROM, [])) {
      const meeting = firstPanel('initial-modification-report');
      const imr = plan('initial-modification-report', meeting.day, meeting.reason);
      refinementStart = plan('refinement', imr, {
        rule: 'after-previous',
        message: 'Refinement starts when the Panel considers the Initial Modification Report',
        source: PHASE_ORDER,
        waitsFor: 'initial-modification-report',
      });
    } else {
      const meeting = firstPanel('refinement');
      refinementStart = plan('refinement', meeting.day, meeting.reason);
    }
    const refinementEnd = nextWorkingDay(addMonthsToDay(refinementStart, months, monthsPath), monthsPath);
    planUntil('refinement', refinementEnd, {
      rule: 'refinement-length',
      message: `${months} month(s) of Refinement${request.workingGroupMeetings === undefined ? '' : ` (${months} Working Group meeting(s), one a month)`}`,
      source: WORKING_GROUP_CADENCE.source,
      months,
    });

    // DCC assessments: the Preliminary Assessment first, then the Impact Assessment, each requested when
    // the one before is due.
    let requested = refinementStart;
    for (const kind of ['preliminary', 'impact'] as const) {
      if (dcc !== kind && dcc !== 'both') continue;
      const due = dccDueDate(isoOf(requested), kind, o.dccTimescales);
      if (due === undefined)
        throw new SecmodError(
          'missing-option',
          `${proposal}: DCC assessments requested before ${SECTION_D_REVIEW_FROM} had timescales agreed per proposal, so they cannot be planned`,
          {
            path: [converted ? 'convertedOn' : 'raisedOn'],
          },
        );
      assessments.push({ kind, requestedOn: isoOf(requested), originalDueOn: due });
      plan(kind === 'preliminary' ? 'dcc-preliminary-assessment' : 'dcc-impact-assessment', start);
      requested = parseDay(due, []);
    }

    // The Working Group consultation, the Draft Modification Report at the Panel, its consultation, the
    // Change Board, and on the Authority's paths its decision.
    const consultation = plan('working-group-consultation', start);
    planUntil('working-group-consultation', consultation);
    const dmr = plan('draft-modification-report', start);
    planUntil('modification-report-consultation', plan('modification-report-consultation', dmr));
    const board = plan('change-board', start);
    if (rules.decidedBy === 'authority') {
      decision = plan('authority-decision', board);
    } else {
      decision = board;
    }
  }

  // The standstill, then the implementation at the first release the decision can make.
  let standstill: Standstill | undefined;
  if (notification !== undefined && notification !== false) {
    const facts = notification === true ? {} : notification;
    standstill = standstillPeriod({ ...facts, receivedOn: facts.receivedOn ?? isoOf(decision) });
    ruleOptions.standstillEndsOn = parseDay(standstill.endsOn, []);
  }
  plan('implementation', decision);

  for (const i of checkOnly) {
    const rule = o.rules.list[i] as AnyTimetableRule;
    const finalContext = readTimetable(partial, ruleOptions, []);
    const error = findingsOf(o.rules, i, partial, finalContext).find((f) => (f.severity ?? rule.severity) === 'error');
    if (error !== undefined)
      throw new SecmodError('no-plan', `${proposal}: no plan satisfies rule ${i} (${rule.code}): ${error.message}`, {
        path: rulePath(i),
      });
  }

  const timetable: Timetable = {
    proposal,
    path,
    milestones,
    extensions: [],
    ...(assessments.length === 0 ? {} : { dccAssessments: assessments }),
  };
  const planOptions: ValidateTimetableOptions<R> = {
    ...options,
    dccSystemImpact,
    ...(standstill === undefined ? {} : { standstillEndsOn: standstill.endsOn }),
  };
  return {
    timetable,
    reasons,
    options: planOptions,
    projected: reasons.some((r) => r.rule === 'meeting' && r.projected),
    ...(standstill === undefined ? {} : { standstill }),
  };
}

/** How often the rules may move one date before the plan is refused: they agree within a few passes. */
const MAX_PASSES = 1000;
/** How many days a caller's check-only rule may move one date before the plan is refused: a year. */
const TRIAL_DAYS = 366;

/** A planned milestone as the rules read it: its dates are days. */
function read(m: Milestone, index: number): RuleMilestone {
  const day = (value: string | undefined) => {
    if (value === undefined) return undefined;
    const d = parseDay(value, []);
    return { first: d, last: d, month: false };
  };
  return { kind: m.kind, index, milestone: m, approved: day(m.approved), until: day(m.until), actual: undefined };
}
