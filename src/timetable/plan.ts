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
} from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { deepFreeze } from '../internal/freeze.js';
import { keptIn } from '../internal/kept.js';
import { isoOf } from '../internal/days.js';
import { PATH_RULES, MODIFICATION_PATHS, type ModificationPath } from '../lifecycle/paths.js';
import { HORIZON_MONTHS } from '../meetings/lookup.js';
import {
  AUTHORITY_DECISION_WORKING_DAYS,
  DEVELOPMENT_MONTHS,
  DEVELOPMENT_STAGE,
  WORKING_GROUP_CADENCE,
} from '../sources/assumptions.js';
import { SECTION_D_REVIEW_FROM } from '../sources/documents.js';
import { standstillPeriod } from '../standstill/standstill-period.js';
import type { Standstill, StandstillInput } from '../standstill/types.js';
import { resolveOptions, type ValidateTimetableOptions } from './options.js';
import type { PlanReason } from './plan-reason.js';
import { Forward } from './forward.js';
import { meetingMove } from './rules/section-c/meetings.js';
import { PHASE_ORDER } from './rules/shared.js';
import type { AnyTimetableRule, PlanMove, SecTimetableRule } from './rules/types.js';
import { dccDueDate } from './status.js';
import type { MilestoneKind, Timetable } from './types.js';

export { PLAN_RULES, type PlanReason, type PlanReasonFields, type PlanRule } from './plan-reason.js';

/** Which DCC assessments a proposal needs. */
export const DCC_ASSESSMENT_NEEDS = /* @__PURE__ */ deepFreeze(['none', 'preliminary', 'impact', 'both'] as const);
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
   * Panel; from then it is a Draft Proposal, developed by the Change Sub-Committee in the Development
   * Stage (`developmentMonths`), and Refinement starts at the Panel that converts it.
   */
  readonly raisedOn?: string | undefined;
  /**
   * From 1 November 2018 (SECMP0049): the months a Draft Proposal raised on `raisedOn` spends in the
   * Development Stage before the Panel can convert it; default 1 (unconfirmed: `assumptions()`,
   * `development-stage`).
   */
  readonly developmentMonths?: number | undefined;
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

/** The keys of {@link PlanRequest}: any other is refused. */
const REQUEST_KEYS = keysOf<PlanRequest>()([
  'proposal',
  'path',
  'raisedOn',
  'developmentMonths',
  'convertedOn',
  'dccAssessments',
  'ecNotification',
  'workingGroupMeetings',
  'refinementMonths',
  'dccSystemImpact',
]);

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
  checkRecord(request, ['request'], 'PlanRequest { proposal, path, raisedOn | convertedOn, ... }', REQUEST_KEYS);
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
  const developmentStage = !converted && rules.refinement && start >= REVIEW_FROM;
  if (request.developmentMonths !== undefined && !developmentStage)
    throw new SecmodError(
      'phase-not-on-path',
      `${proposal}: ${converted ? 'a converted proposal has left the Development Stage' : `${rules.name} raised on ${isoOf(start)} has no Development Stage (from ${SECTION_D_REVIEW_FROM}, on paths with Refinement)`}`,
      { path: ['request', 'developmentMonths'], source: DEVELOPMENT_STAGE.source },
    );
  const development = checkWholeNumber(
    request.developmentMonths ?? DEVELOPMENT_MONTHS,
    ['request', 'developmentMonths'],
    0,
    120,
  );
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
  // The Authority's decision time: the option, or its published five weeks.
  const authorityDecisionWorkingDays = o.authorityDecisionWorkingDays ?? AUTHORITY_DECISION_WORKING_DAYS;
  const forward = new Forward(proposal, path, o, { dccSystemImpact, authorityDecisionWorkingDays }, start);
  const context = forward.context;
  const plan = (kind: MilestoneKind, from: number, given?: PlanMove['reason']): number =>
    forward.plan(kind, from, given);
  const planUntil = (kind: MilestoneKind, from: number, given?: PlanMove['reason']): number =>
    forward.planUntil(kind, from, given);

  /**
   * The first Panel meeting on a Working Day whose papers come after the request: where the Panel first
   * takes up the proposal (its Initial Modification Report, its conversion from a Draft Proposal, or a
   * Fast-Track decision).
   */
  const firstPanel = (kind: MilestoneKind, from = start): PlanMove => {
    const papers = o.paperDeadlineWorkingDays ?? 0;
    let day = from;
    for (let n = 0; n < HORIZON_MONTHS * 31; n++) {
      const move = meetingMove('panel', panel, { kind, field: 'approved', day, start: from, explain: false }, context);
      const deadline = shiftWorkingDays(calendar, move.day, -papers, PAPERS_PATH);
      if (deadline >= from && isWorkingDayNumber(calendar, move.day))
        return meetingMove('panel', panel, { kind, field: 'approved', day, start: from, explain: true }, context);
      day = move.day + 1;
    }
    throw new SecmodError(
      'no-meeting',
      `${proposal}: no Panel meeting on a Working Day with papers after ${isoOf(from)} within 20 years`,
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
    } else if (start < REVIEW_FROM) {
      const meeting = firstPanel('initial-modification-report');
      const imr = plan('initial-modification-report', meeting.day, meeting.reason);
      refinementStart = plan('refinement', imr, {
        rule: 'after-previous',
        message: 'Refinement starts when the Panel considers the Initial Modification Report',
        source: PHASE_ORDER,
        waitsFor: 'initial-modification-report',
      });
    } else {
      // A Draft Proposal: the Development Stage, then the Panel that converts it (SECMP0049).
      const developed = addMonthsToDay(start, development, ['request', 'developmentMonths']);
      const meeting = firstPanel('refinement', developed);
      const r = meeting.reason;
      refinementStart = plan(
        'refinement',
        meeting.day,
        // The meeting's reason with its own message, written out (a spread followed by keys is slow in V8).
        r?.rule === 'meeting'
          ? {
              rule: r.rule,
              message: `the first Panel meeting${r.projected ? ' (projected)' : ''} whose papers (${r.paperDeadline}, ${o.paperDeadlineWorkingDays ?? 0} Working Days before) come after the Development Stage: ${development} month(s) from the Draft Proposal raised on ${isoOf(start)} (${r.ready}), when the Panel converts it`,
              source: r.source,
              body: r.body,
              projected: r.projected,
              paperDeadline: r.paperDeadline,
              waitsFor: r.waitsFor,
              ready: r.ready,
            }
          : r,
      );
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
      forward.assessments.push({ kind, requestedOn: isoOf(requested), originalDueOn: due });
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
    standstill =
      notification === true
        ? defaultStandstill(decision)
        : standstillPeriod({ ...notification, receivedOn: notification.receivedOn ?? isoOf(decision) });
    forward.options.standstill = standstill;
    forward.options.standstillEndsOn = parseDay(standstill.endsOn, []);
    forward.options.adoptableFrom = parseDay(standstill.adoptableFrom, []);
  }
  plan('implementation', decision);

  forward.checkWhole();

  // The results written without spreads followed by keys (slow in V8), with the keys in the same order.
  const milestones = forward.milestones;
  const timetable: Timetable =
    forward.assessments.length === 0
      ? { proposal, path, milestones, extensions: [] }
      : { proposal, path, milestones, extensions: [], dccAssessments: forward.assessments };
  // Yours, then the plan's keys: as `{ ...options, dccSystemImpact, ... }` would have them.
  const planOptions: Mutable<ValidateTimetableOptions<R>> = Object.assign({}, options);
  planOptions.dccSystemImpact = dccSystemImpact;
  planOptions.authorityDecisionWorkingDays = authorityDecisionWorkingDays;
  if (standstill !== undefined) planOptions.standstillEndsOn = standstill.endsOn;
  const reasons = forward.reasons;
  const projected = reasons.some((r) => r.rule === 'meeting' && r.projected);
  return standstill === undefined
    ? { timetable, reasons, options: planOptions, projected }
    : { timetable, reasons, options: planOptions, projected, standstill };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Standstills of `ecNotification: true` (received on the decision day, every other fact the default), by that day. */
const STANDSTILLS = new Map<number, Standstill>();

/**
 * The standstill of a notification received on `day` with the default facts: it depends on that day
 * alone, so it is worked out once per day and shared by the plans deciding on it (hence deep-frozen).
 */
const defaultStandstill = (day: number): Standstill =>
  keptIn(STANDSTILLS, day, () => deepFreeze(standstillPeriod({ receivedOn: isoOf(day) })));

const PAPERS_PATH = ['options', 'paperDeadlineWorkingDays'] as const;
/** The first day of the Section D Review's process (the Development Stage, DCC timescales), as a day number. */
const REVIEW_FROM = /* @__PURE__ */ parseDay(SECTION_D_REVIEW_FROM, []);
