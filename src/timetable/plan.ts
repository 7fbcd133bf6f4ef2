import { addMonthsToDay } from '../calendar/add-months.js';
import {
  isoOfWorkingDay,
  isWorkingDayNumber,
  shiftWorkingDays,
  workingDayOnOrAfter,
} from '../calendar/working-days/holiday-index.js';
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
import type { IsoDate } from '../internal/days.js';
import { PATH_RULES, MODIFICATION_PATHS, type ModificationPath } from '../lifecycle/paths.js';
import { HORIZON_MONTHS, type Found } from '../meetings/lookup.js';
import type { MeetingBody } from '../meetings/types.js';
import { earliestRelease, type EarliestRelease } from '../releases/earliest-release.js';
import { WORKING_GROUP_CADENCE } from '../sources/assumptions.js';
import type { Citation } from '../sources/citation.js';
import { secD } from '../sources/cite.js';
import { SECTION_D_REVIEW_FROM } from '../sources/documents.js';
import { standstillPeriod } from '../standstill/standstill-period.js';
import type { Standstill, StandstillInput } from '../standstill/types.js';
import type { MeetingSet } from './meeting-set.js';
import { dccDueDate } from './status.js';
import type { DccAssessment, Milestone, MilestoneKind, Timetable } from './types.js';
import { resolveOptions, type ValidateTimetableOptions } from './validate.js';

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

/** The rules a planned date can be fixed by. */
export const PLAN_RULES = [
  'request',
  'meeting',
  'refinement-length',
  'dcc-timescale',
  'after-previous',
  'consultation-length',
  'authority-lead-time',
  'release',
] as const;
/** One of {@link PLAN_RULES}. */
export type PlanRule = (typeof PLAN_RULES)[number];

/** The fields each rule of a {@link PlanReason} carries. */
export interface PlanReasonFields {
  /** The date the request gave. */
  request: Record<never, never>;
  /** The first meeting of `body` whose papers (`paperDeadline`) are issued on or after `waitsFor` ends. */
  meeting: {
    body: MeetingBody;
    projected: boolean;
    paperDeadline: IsoDate;
    waitsFor: MilestoneKind | 'request';
    ready: IsoDate;
  };
  /** Refinement ends `months` after it starts (moved to a Working Day). */
  'refinement-length': { months: number };
  /** The DCC assessment requested on `requestedOn` is due then under the timescales. */
  'dcc-timescale': { assessment: 'preliminary' | 'impact'; requestedOn: IsoDate };
  /** It starts when `waitsFor` ends. */
  'after-previous': { waitsFor: MilestoneKind };
  /** The consultation's minimum length. */
  'consultation-length': { workingDays: number };
  /** The Authority decides `workingDays` after the Change Board. */
  'authority-lead-time': { workingDays: number };
  /** The first release the decision can make (lead times, the standstill end). */
  release: { release: EarliestRelease; standstillEndsOn?: IsoDate | undefined };
}

/** Why a planned date is where it is: a union keyed on `rule`, with the fields of its rule. */
export type PlanReason = {
  [R in PlanRule]: {
    readonly rule: R;
    readonly kind: MilestoneKind;
    readonly field: 'approved' | 'until';
    readonly date: IsoDate;
    readonly message: string;
    readonly source?: Citation | undefined;
  } & { readonly [F in keyof PlanReasonFields[R]]: PlanReasonFields[R][F] };
}[PlanRule];

/** What {@link planTimetable} returns. */
export interface Plan {
  /** The earliest timetable `validateTimetable` accepts with {@link Plan.options}. */
  readonly timetable: Timetable;
  /** For each planned date, the rule that fixed it, in milestone order. */
  readonly reasons: readonly PlanReason[];
  /**
   * The options the plan was made with: yours, plus what the plan worked out (`standstillEndsOn`,
   * `dccSystemImpact`), so `validateTimetable(plan.timetable, plan.options)` judges it by the same rules.
   */
  readonly options: ValidateTimetableOptions;
  /** Whether any meeting the plan waits for is projected rather than known. */
  readonly projected: boolean;
  /** With EC notification: the standstill. */
  readonly standstill?: Standstill | undefined;
}

const SOURCES = {
  phases: secD('D6-D9', 'Refinement, the Report Phase, the Change Board, the decision, in that order'),
  consultation: secD('D6, D7', "consultation periods; the minimum is the caller's parameter", {
    status: 'unconfirmed',
  }),
} as const;

/**
 * The earliest timetable that `validateTimetable` accepts with the same options, and for every date
 * the rule that fixed it: the meeting it waits for (the first whose papers are issued after what it
 * waits for ends), the consultation's minimum length, the DCC assessment's timescale, the Refinement
 * months wanted, the Authority's lead time, the first release the decision can make (after the EC
 * standstill, when there is one).
 *
 * Options are `validateTimetable`'s: `panelMeetings` is needed, `changeBoardMeetings` on paths with a
 * Change Board, `minConsultationWorkingDays` on paths with Refinement; meeting calendars from
 * `secmod/meetings` (`SEC_PANEL`, `SEC_CHANGE_BOARD`) project the months with no known meeting, and the
 * plan says when it relies on a projection.
 *
 * @throws {SecmodError} `phase-not-on-path` (DCC assessments or Working Group meetings on Fast-Track),
 *   `missing-option`, `no-meeting`, `no-release`, and the argument checks' codes.
 * @example
 * const plan = planTimetable(
 *   { proposal: 'MP999', path: 'self-governance', convertedOn: '2019-01-18', dccAssessments: 'preliminary' },
 *   { panelMeetings: SEC_PANEL, changeBoardMeetings: SEC_CHANGE_BOARD, minConsultationWorkingDays: 15, paperDeadlineWorkingDays: 5 },
 * );
 * plan.timetable.milestones.at(-1); // { kind: 'implementation', approved: '2019-11-07' }
 * validateTimetable(plan.timetable, plan.options); // []
 */
export function planTimetable(request: PlanRequest, options: ValidateTimetableOptions): Plan {
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
  const calendar = o.calendar;
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
  const minConsultation = o.minConsultationWorkingDays ?? 0;
  const papers = o.paperDeadlineWorkingDays ?? 0;
  const timescales = o.dccTimescales;

  const milestones: Milestone[] = [];
  const reasons: PlanReason[] = [];
  let dccAssessmentsOut: DccAssessment[] | undefined;
  const nextWorkingDay = (day: number, path: InputPath): number => workingDayOnOrAfter(calendar, day, path);
  // Most planned dates are Working Days, whose strings the calendar's table keeps.
  const isoOf = (day: number): IsoDate => isoOfWorkingDay(calendar, day);

  /** The first meeting on a Working Day whose paper deadline is on or after `ready`. */
  const meetingAfter = (
    set: MeetingSet,
    body: MeetingBody,
    ready: number,
    kind: MilestoneKind,
    waitsFor: MilestoneKind | 'request',
  ): number => {
    let from = ready;
    // As far as a meeting lookup looks: a meeting a month for 20 years.
    for (let n = 0; n < HORIZON_MONTHS; n++) {
      const m: Found | undefined = set.onOrAfter(from);
      if (m === undefined) break;
      const deadline = shiftWorkingDays(calendar, m.day, -papers, ['options', 'paperDeadlineWorkingDays']);
      if (deadline >= ready && isWorkingDayNumber(calendar, m.day)) {
        const isProjected = m.projected;
        reasons.push({
          rule: 'meeting',
          kind,
          field: 'approved',
          date: isoOf(m.day),
          message: `the first ${body === 'panel' ? 'Panel' : 'Change Board'} meeting${isProjected ? ' (projected)' : ''} whose papers (${isoOf(deadline)}, ${papers} Working Days before) come after ${waitsFor === 'request' ? 'the request' : waitsFor} (${isoOf(ready)})`,
          source: m.source,
          body,
          projected: isProjected,
          paperDeadline: isoOf(deadline),
          waitsFor,
          ready: isoOf(ready),
        });
        return m.day;
      }
      from = m.day + 1;
    }
    throw new SecmodError(
      'no-meeting',
      `${proposal}: no ${body === 'panel' ? 'Panel' : 'Change Board'} meeting on a Working Day with papers after ${isoOf(ready)} within 20 years`,
      {
        path: ['options', body === 'panel' ? 'panelMeetings' : 'changeBoardMeetings'],
      },
    );
  };
  const add = (m: Milestone) => milestones.push(m);

  let decision: number;
  let decisionKind: MilestoneKind;
  if (!rules.refinement) {
    // Fast-Track: the Panel decides at its next meeting.
    decision = meetingAfter(panel, 'panel', start, 'panel-decision', 'request');
    decisionKind = 'panel-decision';
    add({ kind: 'panel-decision', approved: isoOf(decision) });
  } else {
    let refinementStart: number;
    if (converted) {
      refinementStart = nextWorkingDay(start, ['request', 'convertedOn']);
      reasons.push({
        rule: 'request',
        kind: 'refinement',
        field: 'approved',
        date: isoOf(refinementStart),
        message: `Refinement starts when the Panel converts the Draft Proposal (${isoOf(start)}${refinementStart === start ? '' : ', moved to a Working Day'})`,
      });
    } else if (start < parseDay(SECTION_D_REVIEW_FROM, [])) {
      refinementStart = meetingAfter(panel, 'panel', start, 'initial-modification-report', 'request');
      add({ kind: 'initial-modification-report', approved: isoOf(refinementStart) });
      reasons.push({
        rule: 'after-previous',
        kind: 'refinement',
        field: 'approved',
        date: isoOf(refinementStart),
        message: 'Refinement starts when the Panel considers the Initial Modification Report',
        source: SOURCES.phases,
        waitsFor: 'initial-modification-report',
      });
    } else {
      refinementStart = meetingAfter(panel, 'panel', start, 'refinement', 'request');
    }
    const refinementEnd = nextWorkingDay(addMonthsToDay(refinementStart, months, monthsPath), monthsPath);
    add({ kind: 'refinement', approved: isoOf(refinementStart), until: isoOf(refinementEnd) });
    reasons.push({
      rule: 'refinement-length',
      kind: 'refinement',
      field: 'until',
      date: isoOf(refinementEnd),
      message: `${months} month(s) of Refinement${request.workingGroupMeetings === undefined ? '' : ` (${months} Working Group meeting(s), one a month)`}`,
      source: WORKING_GROUP_CADENCE.source,
      months,
    });

    // DCC assessments: the Preliminary Assessment first, then the Impact Assessment.
    const assessments: DccAssessment[] = [];
    let ready = refinementEnd;
    let readyKind: MilestoneKind = 'refinement';
    let requested = refinementStart;
    for (const kind of ['preliminary', 'impact'] as const) {
      if (dcc !== kind && dcc !== 'both') continue;
      const due = dccDueDate(isoOf(requested), kind, timescales);
      if (due === undefined)
        throw new SecmodError(
          'missing-option',
          `${proposal}: DCC assessments requested before ${SECTION_D_REVIEW_FROM} had timescales agreed per proposal, so they cannot be planned`,
          {
            path: [converted ? 'convertedOn' : 'raisedOn'],
          },
        );
      const dueDay = parseDay(due, []);
      const milestone: MilestoneKind = kind === 'preliminary' ? 'dcc-preliminary-assessment' : 'dcc-impact-assessment';
      add({ kind: milestone, approved: due });
      assessments.push({ kind, requestedOn: isoOf(requested), originalDueOn: due });
      reasons.push({
        rule: 'dcc-timescale',
        kind: milestone,
        field: 'approved',
        date: due,
        message: `the DCC ${kind === 'preliminary' ? 'Preliminary' : 'Impact'} Assessment requested on ${isoOf(requested)} is due ${timescales[kind]} Working Days later`,
        source: timescales.source,
        assessment: kind,
        requestedOn: isoOf(requested),
      });
      requested = dueDay;
      if (dueDay >= ready) {
        ready = dueDay;
        readyKind = milestone;
      }
    }

    // Working Group consultation, then the Draft Modification Report at the Panel.
    const consultation = consult('working-group-consultation', ready, readyKind);
    const dmr = meetingAfter(panel, 'panel', consultation, 'draft-modification-report', 'working-group-consultation');
    add({ kind: 'draft-modification-report', approved: isoOf(dmr) });
    const report = consult('modification-report-consultation', dmr, 'draft-modification-report');
    const board = meetingAfter(
      changeBoard as MeetingSet,
      'change-board',
      report,
      'change-board',
      'modification-report-consultation',
    );
    add({ kind: 'change-board', approved: isoOf(board) });
    if (rules.decidedBy === 'authority') {
      const lead = o.authorityDecisionWorkingDays ?? 0;
      decision = shiftWorkingDays(calendar, board, lead, ['options', 'authorityDecisionWorkingDays']);
      add({ kind: 'authority-decision', approved: isoOf(decision) });
      reasons.push(
        lead === 0
          ? {
              rule: 'after-previous',
              kind: 'authority-decision',
              field: 'approved',
              date: isoOf(decision),
              message: 'no earlier than the Change Board vote (options.authorityDecisionWorkingDays sets a lead time)',
              source: SOURCES.phases,
              waitsFor: 'change-board',
            }
          : {
              rule: 'authority-lead-time',
              kind: 'authority-decision',
              field: 'approved',
              date: isoOf(decision),
              message: `${lead} Working Days after the Change Board`,
              workingDays: lead,
            },
      );
      decisionKind = 'authority-decision';
    } else {
      decision = board;
      decisionKind = 'change-board';
    }
    if (assessments.length > 0) dccAssessmentsOut = assessments;
  }

  // The standstill, then the implementation at the first release the decision can make.
  let standstill: Standstill | undefined;
  if (notification !== undefined && notification !== false) {
    const facts = notification === true ? {} : notification;
    standstill = standstillPeriod({ ...facts, receivedOn: facts.receivedOn ?? isoOf(decision) });
  }
  const policy = o.releasePolicy;
  let implementation: number;
  if (policy === false) {
    implementation = decision;
    reasons.push({
      rule: 'after-previous',
      kind: 'implementation',
      field: 'approved',
      date: isoOf(decision),
      message: `no release calendar (releasePolicy: false): implementation on the decision (${decisionKind})`,
      waitsFor: decisionKind,
    });
  } else {
    const release = earliestRelease({
      approvedOn: isoOf(decision),
      dccSystemImpact,
      ...(standstill === undefined ? {} : { standstillEndsOn: standstill.endsOn }),
      policy,
    });
    implementation = parseDay(release.date, []);
    reasons.push({
      rule: 'release',
      kind: 'implementation',
      field: 'approved',
      date: release.date,
      message: `${release.name}: the first release a decision of ${isoOf(decision)} can make${standstill === undefined ? '' : ` after the EC standstill ends (${standstill.endsOn})`}${release.passedOver.length === 0 ? '' : `; passed over ${release.passedOver.map((p) => p.release.date).join(', ')}`}`,
      source: release.source,
      release,
      standstillEndsOn: standstill?.endsOn,
    });
  }
  add({ kind: 'implementation', approved: isoOf(implementation) });

  const timetable: Timetable = {
    proposal,
    path,
    milestones,
    extensions: [],
    ...(dccAssessmentsOut === undefined ? {} : { dccAssessments: dccAssessmentsOut }),
  };
  const planOptions: ValidateTimetableOptions = {
    ...options,
    dccSystemImpact,
    ...(standstill === undefined ? {} : { standstillEndsOn: standstill.endsOn }),
  };
  return {
    timetable,
    reasons: ordered(reasons, milestones),
    options: planOptions,
    projected: reasons.some((r) => r.rule === 'meeting' && r.projected),
    ...(standstill === undefined ? {} : { standstill }),
  };

  /** A consultation that opens when `ready` (a Working Day) comes and lasts the minimum; returns its close. */
  function consult(kind: MilestoneKind, ready: number, waitsFor: MilestoneKind): number {
    const closes = shiftWorkingDays(calendar, ready, minConsultation, ['options', 'minConsultationWorkingDays']);
    add({ kind, approved: isoOf(ready), until: isoOf(closes) });
    reasons.push(
      {
        rule: 'after-previous',
        kind,
        field: 'approved',
        date: isoOf(ready),
        message: `opens when ${waitsFor} ends`,
        source: SOURCES.phases,
        waitsFor,
      },
      {
        rule: 'consultation-length',
        kind,
        field: 'until',
        date: isoOf(closes),
        message: `${minConsultation} Working Days after it opens (options.minConsultationWorkingDays)`,
        source: SOURCES.consultation,
        workingDays: minConsultation,
      },
    );
    return closes;
  }
}

/** Reasons in milestone order, `approved` before `until`. */
function ordered(reasons: readonly PlanReason[], milestones: readonly Milestone[]): PlanReason[] {
  const index = new Map(milestones.map((m, i) => [m.kind, i]));
  const rank = (r: PlanReason) => (index.get(r.kind) ?? 0) * 2 + (r.field === 'until' ? 1 : 0);
  return [...reasons].sort((a, b) => rank(a) - rank(b));
}
