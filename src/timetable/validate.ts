import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { englandAndWales } from '../calendar/uk/calendars.js';
import { isWorkingDayNumber, shiftWorkingDays, workingDaysAfter } from '../calendar/working-days/holiday-index.js';
import type { Citation } from '../sources/citation.js';
import type { IssueOf } from '../errors/issue.js';
import { isSecmodError, type InputPath } from '../errors/secmod-error.js';
import { civilFromDays, isIsoDateValue, isoOf, MAX_YEAR, MIN_YEAR, type IsoDate } from '../internal/days.js';
import { longDate } from '../internal/long-date.js';
import { nearest, unknownName } from '../internal/nearest.js';
import { PATH_RULES, type ModificationPath } from '../lifecycle/paths.js';
import { PAPER_DEADLINE, RELEASE_CALENDAR, WORKING_DAY } from '../sources/assumptions.js';
import { secD, STANDSTILL_BARS_ADOPTION } from '../sources/cite.js';
import { cite, SEC_SECTION_C } from '../sources/documents.js';
import { SEC_RELEASE_POLICY } from '../releases/policy.js';
import type { ReleasePolicy } from '../releases/types.js';
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import { checkObject, checkOptionalBoolean, checkWholeNumber, parseDay } from '../internal/check.js';
import type { MeetingCalendar } from '../meetings/types.js';
import { earliestReleaseDay } from '../releases/earliest-release.js';
import { holdsMeeting, meetingSetOf, nearestMeeting, type MeetingSet } from './meeting-set.js';
import { dccDueDay, DCC_STANDARD_TIMESCALES, type DccTimescales } from './status.js';
import { assertPolicy, releaseDaysIn } from '../releases/calendar.js';
import { checkTimescales, checkTimetable } from './check.js';
import { span, type Span } from './dates.js';
import { MILESTONE_ORDER, type MilestoneKind, type Timetable } from './types.js';

/** What {@link validateTimetable} checks against; every check that needs an option runs only when it is given. */
export interface ValidateTimetableOptions {
  /**
   * Panel meetings, as dates or a `MeetingCalendar` (`secmod/meetings`): milestones the Panel decides
   * must fall on one (or, for a month, in a month with one).
   */
  readonly panelMeetings?: readonly string[] | MeetingCalendar | undefined;
  /** Change Board meetings, as dates or a `MeetingCalendar`: the Change Board milestone must fall on one. */
  readonly changeBoardMeetings?: readonly string[] | MeetingCalendar | undefined;
  /**
   * Papers for a meeting are issued this many Working Days before it: whatever comes before a meeting
   * milestone (a consultation, a DCC assessment) must be finished by then (`paperDeadline`).
   */
  readonly paperDeadlineWorkingDays?: number | undefined;
  /**
   * The shortest consultation, in Working Days, counted from the day after it opens up to and including
   * the day it closes (as `workingDaysBetween`): MP112's 15 Working Day consultation ran from 17 March to
   * 7 April 2020.
   */
  readonly minConsultationWorkingDays?: number | undefined;
  /** Working days for the non-working-day and consultation checks; default `englandAndWales`. */
  readonly calendar?: HolidayCalendar | undefined;
  /** Release calendar for the implementation date; default the SEC's; `false` skips the check. */
  readonly releasePolicy?: ReleasePolicy | false | undefined;
  /** For a proposal that needs EC notification: the end of its standstill (`secmod/standstill`). */
  readonly standstillEndsOn?: string | undefined;
  /**
   * The DCC assessment timescales a timetable's `dccAssessments` are held to: a DCC milestone planned
   * before its request's due date is a warning. Default `DCC_STANDARD_TIMESCALES`.
   */
  readonly dccTimescales?: DccTimescales | undefined;
  /**
   * Whether the change affects DCC systems. When given (true or false), the implementation must be no
   * earlier than the first release the decision can make under the release policy's lead times
   * (`earliestRelease`).
   */
  readonly dccSystemImpact?: boolean | undefined;
  /** The fewest Working Days between the Change Board and an Authority decision. */
  readonly authorityDecisionWorkingDays?: number | undefined;
}

/** A date field of a milestone. */
export type MilestoneField = 'approved' | 'until' | 'actual';

/** The fields each code of {@link validateTimetable} carries beside its message. */
export interface TimetableIssueFields {
  /** `value`: the date as given. */
  'invalid-date': { value: string };
  /** `kind`: as given; `nearest`: the known kind it is closest to, if any is close. */
  'unknown-milestone': { kind: string; nearest?: MilestoneKind | undefined };
  'duplicate-milestone': { kind: MilestoneKind };
  /** `kind`'s `field` date comes before the date of `precedes`, which it should follow. */
  'milestones-out-of-order': { kind: MilestoneKind; field: 'approved' | 'actual'; precedes: MilestoneKind };
  'milestone-not-on-path': { kind: MilestoneKind; modificationPath: ModificationPath };
  /** `kind`: the decision milestone the path needs. */
  'milestone-missing': { kind: MilestoneKind };
  /** `nearestMeeting`: the Panel meeting closest to the approved date. */
  'panel-date-not-meeting': { kind: MilestoneKind; approved: string; nearestMeeting?: IsoDate | undefined };
  /** `nearestMeeting`: the Change Board meeting closest to the approved date. */
  'change-board-date-not-meeting': { approved: string; nearestMeeting?: IsoDate | undefined };
  /** `kind` starts before `previous`, a period, ends (`previousEnds`). */
  'starts-before-previous-ends': { kind: MilestoneKind; previous: MilestoneKind; previousEnds: IsoDate };
  /** `waitsFor` ends (`ends`) after the paper deadline (`deadline`) of the meeting `kind` is at (`meeting`). */
  'papers-after-deadline': {
    kind: MilestoneKind;
    meeting: IsoDate;
    deadline: IsoDate;
    waitsFor: MilestoneKind;
    ends: IsoDate;
  };
  /** The DCC milestone `kind` is planned before `dueOn`, the due date of the assessment requested on `requestedOn`. */
  'dcc-assessment-before-due': { kind: MilestoneKind; requestedOn: IsoDate; dueOn: IsoDate };
  /** The implementation is before `earliestRelease`, the first release the decision can make. */
  'implementation-before-earliest-release': { earliestRelease: IsoDate };
  /** The Authority decision is before `earliest`, `workingDays` after the Change Board. */
  'authority-decision-too-soon': { workingDays: number; earliest: IsoDate };
  /** `workingDays` after `opens` up to `closes`, under `minimum`. */
  'consultation-too-short': {
    kind: MilestoneKind;
    workingDays: number;
    minimum: number;
    opens: IsoDate;
    closes: IsoDate;
  };
  /** `nearestRelease`: the release date closest to the approved date, where the policy has one. */
  'implementation-not-on-release': { approved: string; nearestRelease?: IsoDate | undefined };
  'implementation-before-decision': { decision: MilestoneKind; decidedIn: string };
  'implementation-before-standstill-end': { standstillEndsOn: IsoDate };
  'non-working-day': { kind: MilestoneKind; field: MilestoneField; date: IsoDate };
}

/** The codes {@link validateTimetable} reports. */
export type TimetableIssueCode = keyof TimetableIssueFields;

/** One problem {@link validateTimetable} reports: a union keyed on `code`, with the fields of its code. */
export type TimetableIssue = IssueOf<TimetableIssueFields>;

const PANEL_DECIDES: readonly MilestoneKind[] = [
  'initial-modification-report',
  'draft-modification-report',
  'panel-decision',
];
const CONSULTATIONS: readonly MilestoneKind[] = ['working-group-consultation', 'modification-report-consultation'];
const REFINEMENT: readonly MilestoneKind[] = [
  'refinement',
  'dcc-preliminary-assessment',
  'dcc-impact-assessment',
  'working-group-consultation',
];
const DCC_MILESTONES: readonly MilestoneKind[] = ['dcc-preliminary-assessment', 'dcc-impact-assessment'];
const REPORT: readonly MilestoneKind[] = ['draft-modification-report', 'modification-report-consultation'];

/** Which milestone holds the decision on each decider's path. */
const DECISION: Readonly<Record<'authority' | 'change-board' | 'panel', MilestoneKind>> = {
  authority: 'authority-decision',
  'change-board': 'change-board',
  panel: 'panel-decision',
};

const SOURCES = {
  order: secD(
    'D6-D9',
    'the phases follow one another: Refinement, Report Phase, Change Board, decision, implementation',
  ),
  meetings: cite(SEC_SECTION_C, undefined, { note: 'the Panel decides at its meetings' }),
  consultation: secD('D6, D7', "consultation periods; the minimum is the caller's parameter", {
    status: 'unconfirmed',
  }),
  release: RELEASE_CALENDAR.source,
  standstill: STANDSTILL_BARS_ADOPTION,
  papers: PAPER_DEADLINE.source,
  authority: secD(
    'D8',
    "the Authority's decision follows the Final Modification Report; the gap is the caller's parameter",
    {
      status: 'unconfirmed',
    },
  ),
  workingDay: WORKING_DAY.source,
} as const satisfies Readonly<Record<string, Citation>>;

/** @internal The options as the checks (and `planTimetable`) read them: checked once, dates as day numbers, defaults filled in. */
export interface Resolved {
  readonly panelMeetings: MeetingSet | undefined;
  readonly changeBoardMeetings: MeetingSet | undefined;
  readonly paperDeadlineWorkingDays: number | undefined;
  readonly dccTimescales: DccTimescales;
  readonly dccSystemImpact: boolean | undefined;
  readonly authorityDecisionWorkingDays: number | undefined;
  readonly minConsultationWorkingDays: number | undefined;
  readonly calendar: HolidayCalendar;
  readonly releasePolicy: ReleasePolicy | false;
  readonly standstillEndsOn: number | undefined;
}

/**
 * Options made by {@link prepareTimetableOptions}: checked and read once, so a batch of timetables
 * validated with them pays for that once.
 */
export interface PreparedTimetableOptions extends ValidateTimetableOptions {
  readonly [PREPARED_BRAND]: true;
}
declare const PREPARED_BRAND: unique symbol;

const PREPARED = new WeakMap<object, Resolved>();

/** The options' shape and values: a check that cannot run is refused, never silently skipped. */
export function resolveOptions(value: unknown): Resolved {
  const known = typeof value === 'object' && value !== null ? PREPARED.get(value) : undefined;
  if (known !== undefined) return known;
  const o = checkObject<ValidateTimetableOptions>(value, ['options'], 'ValidateTimetableOptions');
  const meetings =
    o.panelMeetings === undefined
      ? undefined
      : meetingSetOf(o.panelMeetings, 'Panel meeting', ['options', 'panelMeetings']);
  const changeBoard =
    o.changeBoardMeetings === undefined
      ? undefined
      : meetingSetOf(o.changeBoardMeetings, 'Change Board meeting', ['options', 'changeBoardMeetings']);
  if (o.paperDeadlineWorkingDays !== undefined)
    checkWholeNumber(o.paperDeadlineWorkingDays, ['options', 'paperDeadlineWorkingDays'], 0, 3650);
  if (o.authorityDecisionWorkingDays !== undefined)
    checkWholeNumber(o.authorityDecisionWorkingDays, ['options', 'authorityDecisionWorkingDays'], 0, 3650);
  checkOptionalBoolean(o.dccSystemImpact, ['options', 'dccSystemImpact']);
  if (o.dccTimescales !== undefined) checkTimescales(o.dccTimescales, ['options', 'dccTimescales']);
  if (o.minConsultationWorkingDays !== undefined)
    checkWholeNumber(o.minConsultationWorkingDays, ['options', 'minConsultationWorkingDays'], 0, 3650);
  if (o.calendar !== undefined) assertCalendar(o.calendar, ['options', 'calendar']);
  if (o.releasePolicy !== undefined && o.releasePolicy !== false)
    assertPolicy(o.releasePolicy, ['options', 'releasePolicy']);
  return {
    panelMeetings: meetings,
    changeBoardMeetings: changeBoard,
    paperDeadlineWorkingDays: o.paperDeadlineWorkingDays,
    dccTimescales: o.dccTimescales ?? DCC_STANDARD_TIMESCALES,
    dccSystemImpact: o.dccSystemImpact,
    authorityDecisionWorkingDays: o.authorityDecisionWorkingDays,
    minConsultationWorkingDays: o.minConsultationWorkingDays,
    calendar: o.calendar ?? englandAndWales,
    releasePolicy: o.releasePolicy === undefined ? SEC_RELEASE_POLICY : o.releasePolicy,
    standstillEndsOn:
      o.standstillEndsOn === undefined ? undefined : parseDay(o.standstillEndsOn, ['options', 'standstillEndsOn']),
  };
}

/**
 * Checks and reads options of {@link validateTimetable} once, for a batch: the result (a frozen copy)
 * validates every timetable of the batch without checking the options or parsing the Panel meeting
 * dates again.
 *
 * @throws {SecmodError} as `validateTimetable` would for the same options.
 * @example
 * const prepared = prepareTimetableOptions({ panelMeetings, minConsultationWorkingDays: 15 });
 * const issues = timetables.flatMap((t) => validateTimetable(t, prepared));
 */
export function prepareTimetableOptions(options: ValidateTimetableOptions): PreparedTimetableOptions {
  const resolved = resolveOptions(options);
  const copy = Object.freeze({
    ...options,
    ...(Array.isArray(options.panelMeetings) ? { panelMeetings: Object.freeze([...options.panelMeetings]) } : {}),
    ...(Array.isArray(options.changeBoardMeetings)
      ? { changeBoardMeetings: Object.freeze([...options.changeBoardMeetings]) }
      : {}),
  });
  PREPARED.set(copy, resolved);
  return copy as PreparedTimetableOptions;
}

/** The day closest to a span (the later one on a tie): the meeting or release a date could move to. */
function closest(days: readonly number[], s: Span): number {
  let best = days[0] as number;
  const distance = (d: number) => (d < s.first ? s.first - d : d > s.last ? d - s.last : 0);
  for (const d of days) if (distance(d) < distance(best) || (distance(d) === distance(best) && d > best)) best = d;
  return best;
}

/** The release date closest to a span under a policy: the scheduled and ad-hoc releases of its year and the years beside it. */
function nearestRelease(s: Span, policy: ReleasePolicy): IsoDate | undefined {
  const [year] = civilFromDays(s.first);
  const days = [year - 1, year, year + 1]
    .filter((y) => y >= MIN_YEAR && y <= MAX_YEAR)
    .flatMap((y) => releaseDaysIn(y, policy));
  return days.length === 0 ? undefined : isoOf(closest(days, s));
}

const label = (s: Span) => (s.month ? isoOf(s.first).slice(0, 7) : isoOf(s.first));

/**
 * Checks a proposed timetable and returns **every** problem as an {@link Issue} (it never stops at the
 * first, and never throws on a well-typed timetable), so a test suite can assert on the codes:
 *
 * | code | severity | rule |
 * |---|---|---|
 * | `invalid-date` | error | every date is `YYYY-MM-DD` or `YYYY-MM` |
 * | `unknown-milestone` | error | every kind is one of {@link MILESTONE_ORDER}; the message names the nearest known kind, and an unknown milestone is left out of every other check |
 * | `duplicate-milestone` | error | each milestone appears once |
 * | `milestones-out-of-order` | error | approved (and actual) dates follow the order of the phases |
 * | `milestone-not-on-path` | error | no Refinement or Modification Report on Fast-Track, no Authority decision on Self-Governance, ... |
 * | `milestone-missing` | warning | the path's decision milestone is there |
 * | `panel-date-not-meeting` | error | Panel milestones fall on a Panel meeting (with `panelMeetings`) |
 * | `consultation-too-short` | error | consultations last at least `minConsultationWorkingDays`, counted as `workingDaysBetween` counts: the Working Days after the day it opens, up to and including the day it closes (MP112's 15 Working Day consultation ran from 17 March to 7 April 2020) |
 * | `implementation-not-on-release` | error (warning on Path 1) | implementation is on a release date |
 * | `implementation-before-decision` | error | implementation comes after the decision |
 * | `implementation-before-standstill-end` | error | implementation is not before the EC standstill ends (with `standstillEndsOn`) |
 * | `non-working-day` | error | day-precise dates are Working Days, except an implementation on a release date: a release goes live on its date whatever day it is (the November 2020 release, Sunday 29 November 2020) |
 *
 * @example
 * expect(validateTimetable(proposed, { panelMeetings }).map((i) => i.code)).toEqual([]);
 */
export function validateTimetable(timetable: Timetable, options: ValidateTimetableOptions = {}): TimetableIssue[] {
  checkTimetable(timetable, ['timetable'], 'allowed');
  const o = resolveOptions(options);
  const issues: TimetableIssue[] = [];
  const calendar = o.calendar;
  const rules = PATH_RULES[timetable.path];
  const read = (value: string | undefined, path: InputPath): Span | undefined => {
    if (value === undefined) return undefined;
    try {
      return span(value, path);
    } catch (error) {
      issues.push({
        code: 'invalid-date',
        severity: 'error',
        message: `${timetable.proposal}: ${isSecmodError(error) ? error.message : `invalid date ${JSON.stringify(value)}`}`,
        path,
        value,
      });
      return undefined;
    }
  };
  const all = timetable.milestones.map((m, i) => ({
    m,
    i,
    rank: MILESTONE_ORDER.indexOf(m.kind),
    approved: read(m.approved, ['milestones', i, 'approved']),
    until: read(m.until, ['milestones', i, 'until']),
    actual: read(m.actual, ['milestones', i, 'actual']),
  }));
  // A kind the timetable vocabulary does not have (a typo in JSON) is named, with the nearest known kind,
  // and left out of every other check: guessing its place would report errors that are not there.
  for (const x of all) {
    if (x.rank !== -1) continue;
    issues.push({
      code: 'unknown-milestone',
      severity: 'error',
      message: `${timetable.proposal}: ${unknownName('milestone kind', x.m.kind, MILESTONE_ORDER)}`,
      path: ['milestones', x.i, 'kind'],
      kind: x.m.kind,
      nearest: nearest(x.m.kind, MILESTONE_ORDER),
    });
  }
  const ms = all.filter((x) => x.rank !== -1);
  const byKind = new Map<MilestoneKind, (typeof ms)[number]>();
  for (const x of ms) {
    if (byKind.has(x.m.kind))
      issues.push({
        code: 'duplicate-milestone',
        severity: 'error',
        message: `${timetable.proposal}: ${x.m.kind} appears more than once`,
        path: ['milestones', x.i, 'kind'],
        kind: x.m.kind,
      });
    else byKind.set(x.m.kind, x);
  }

  // Order of the phases, for approved and actual dates.
  const ordered = [...byKind.values()].sort((a, b) => a.rank - b.rank);
  for (const field of ['approved', 'actual'] as const) {
    let latest: (typeof ms)[number] | undefined;
    for (const x of ordered) {
      const s = x[field];
      if (s === undefined) continue;
      const prev = latest?.[field];
      if (latest !== undefined && prev !== undefined && s.last < prev.first) {
        issues.push({
          code: 'milestones-out-of-order',
          severity: 'error',
          message: `${timetable.proposal}: ${x.m.kind} (${field} ${label(s)}) comes before ${latest.m.kind} (${label(prev)})`,
          path: ['milestones', x.i, field],
          source: SOURCES.order,
          kind: x.m.kind,
          field,
          precedes: latest.m.kind,
        });
      } else latest = x;
    }
  }

  // What the path has and lacks.
  for (const x of ms) {
    const k = x.m.kind;
    const why =
      (!rules.refinement && REFINEMENT.includes(k) && 'has no Refinement Process') ||
      (!rules.modificationReport && REPORT.includes(k) && 'has no Modification Report') ||
      (rules.changeBoard === 'none' && k === 'change-board' && 'has no Change Board vote') ||
      (rules.decidedBy !== 'authority' && k === 'authority-decision' && 'has no Authority decision') ||
      (rules.decidedBy !== 'panel' && k === 'panel-decision' && 'is not decided by the Panel') ||
      undefined;
    if (why)
      issues.push({
        code: 'milestone-not-on-path',
        severity: 'error',
        message: `${timetable.proposal}: ${rules.name} ${why}, but the timetable has ${k}`,
        path: ['milestones', x.i, 'kind'],
        source: rules.source,
        kind: k,
        modificationPath: timetable.path,
      });
  }
  const decisionKind = DECISION[rules.decidedBy];
  const decision = byKind.get(decisionKind);
  if (!decision)
    issues.push({
      code: 'milestone-missing',
      severity: 'warning',
      message: `${timetable.proposal}: ${rules.name} is decided at ${decisionKind}, which the timetable lacks`,
      path: ['milestones'],
      source: rules.source,
      kind: decisionKind,
    });

  // Panel meetings.
  if (o.panelMeetings !== undefined) {
    const meetings = o.panelMeetings;
    for (const x of ms) {
      if (!PANEL_DECIDES.includes(x.m.kind) || x.approved === undefined) continue;
      const s = x.approved;
      if (!holdsMeeting(meetings, s)) {
        const nearest = nearestMeeting(meetings, s);
        issues.push({
          code: 'panel-date-not-meeting',
          severity: 'error',
          message: `${timetable.proposal}: ${x.m.kind} is approved for ${label(s)}, ${s.month ? 'a month with no Panel meeting' : 'not a Panel meeting date'}`,
          path: ['milestones', x.i, 'approved'],
          source: SOURCES.meetings,
          kind: x.m.kind,
          approved: x.m.approved,
          nearestMeeting: nearest === undefined ? undefined : isoOf(nearest),
        });
      }
    }
  }
  const changeBoard = byKind.get('change-board');
  if (o.changeBoardMeetings !== undefined && changeBoard?.approved !== undefined) {
    const s = changeBoard.approved;
    if (!holdsMeeting(o.changeBoardMeetings, s)) {
      const nearest = nearestMeeting(o.changeBoardMeetings, s);
      issues.push({
        code: 'change-board-date-not-meeting',
        severity: 'error',
        message: `${timetable.proposal}: change-board is approved for ${label(s)}, ${s.month ? 'a month with no Change Board meeting' : 'not a Change Board meeting date'}`,
        path: ['milestones', changeBoard.i, 'approved'],
        source: SOURCES.meetings,
        approved: changeBoard.m.approved,
        nearestMeeting: nearest === undefined ? undefined : isoOf(nearest),
      });
    }
  }

  // Periods: nothing later starts before a period (a consultation, the Refinement Process) ends; and
  // what a meeting decides on is finished by its paper deadline. One pass in phase order.
  let period: (typeof ms)[number] | undefined;
  let nonRefinementPeriod: (typeof ms)[number] | undefined;
  let lastEnd: { y: (typeof ms)[number]; day: number } | undefined;
  for (const x of ordered) {
    // DCC assessments run within Refinement, so the Refinement period does not hold them back.
    const before = DCC_MILESTONES.includes(x.m.kind) ? nonRefinementPeriod : period;
    if (x.approved !== undefined && before?.until !== undefined && x.approved.last < before.until.first) {
      issues.push({
        code: 'starts-before-previous-ends',
        severity: 'error',
        message: `${timetable.proposal}: ${x.m.kind} (${label(x.approved)}) starts before ${before.m.kind} ends (${label(before.until)})`,
        path: ['milestones', x.i, 'approved'],
        source: SOURCES.order,
        kind: x.m.kind,
        previous: before.m.kind,
        previousEnds: isoOf(before.until.first),
      });
    }
    const atMeeting = PANEL_DECIDES.includes(x.m.kind) || x.m.kind === 'change-board';
    if (o.paperDeadlineWorkingDays !== undefined && atMeeting && x.approved !== undefined && !x.approved.month) {
      const deadline = shiftWorkingDays(calendar, x.approved.first, -o.paperDeadlineWorkingDays, [
        'options',
        'paperDeadlineWorkingDays',
      ]);
      if (lastEnd !== undefined && lastEnd.day > deadline && lastEnd.day <= x.approved.first) {
        issues.push({
          code: 'papers-after-deadline',
          severity: 'error',
          message: `${timetable.proposal}: ${x.m.kind} at the meeting of ${longDate(isoOf(x.approved.first))} waits for ${lastEnd.y.m.kind}, which ends on ${longDate(isoOf(lastEnd.day))}, after the papers are issued (${longDate(isoOf(deadline))}, ${o.paperDeadlineWorkingDays} Working Days before)`,
          path: ['milestones', x.i, 'approved'],
          source: SOURCES.papers,
          kind: x.m.kind,
          meeting: isoOf(x.approved.first),
          deadline: isoOf(deadline),
          waitsFor: lastEnd.y.m.kind,
          ends: isoOf(lastEnd.day),
        });
      }
    }
    if (x.until !== undefined) {
      period = x;
      if (x.m.kind !== 'refinement') nonRefinementPeriod = x;
    }
    const ends = x.until ?? x.approved;
    if (ends !== undefined && !ends.month) lastEnd = { y: x, day: ends.first };
  }

  // DCC assessments: a DCC milestone is not planned before the assessment is due.
  for (const a of timetable.dccAssessments ?? []) {
    const kind: MilestoneKind = a.kind === 'preliminary' ? 'dcc-preliminary-assessment' : 'dcc-impact-assessment';
    const x = byKind.get(kind);
    if (x?.approved === undefined || !isIsoDateValue(a.requestedOn)) continue;
    const dueDay = dccDueDay(parseDay(a.requestedOn, []), a.kind, o.dccTimescales);
    if (dueDay !== undefined && x.approved.last < dueDay) {
      const due = isoOf(dueDay);
      issues.push({
        code: 'dcc-assessment-before-due',
        severity: 'warning',
        message: `${timetable.proposal}: ${kind} is planned for ${label(x.approved)}, before the assessment requested on ${a.requestedOn} is due (${due})`,
        path: ['milestones', x.i, 'approved'],
        source: o.dccTimescales.source,
        kind,
        requestedOn: a.requestedOn,
        dueOn: due,
      });
    }
  }

  // An Authority decision some Working Days after the Change Board.
  const authority = byKind.get('authority-decision');
  if (
    o.authorityDecisionWorkingDays !== undefined &&
    authority?.approved !== undefined &&
    changeBoard?.approved !== undefined
  ) {
    const earliest = shiftWorkingDays(calendar, changeBoard.approved.last, o.authorityDecisionWorkingDays, [
      'options',
      'authorityDecisionWorkingDays',
    ]);
    if (authority.approved.last < earliest) {
      issues.push({
        code: 'authority-decision-too-soon',
        severity: 'error',
        message: `${timetable.proposal}: authority-decision ${label(authority.approved)} is less than ${o.authorityDecisionWorkingDays} Working Days after the Change Board (${label(changeBoard.approved)})`,
        path: ['milestones', authority.i, 'approved'],
        source: SOURCES.authority,
        workingDays: o.authorityDecisionWorkingDays,
        earliest: isoOf(earliest),
      });
    }
  }

  // Consultation length.
  if (o.minConsultationWorkingDays !== undefined) {
    for (const x of ms) {
      if (
        !CONSULTATIONS.includes(x.m.kind) ||
        x.approved === undefined ||
        x.until === undefined ||
        x.approved.month ||
        x.until.month
      )
        continue;
      const days = workingDaysAfter(calendar, x.approved.first, x.until.first);
      if (days < o.minConsultationWorkingDays) {
        issues.push({
          code: 'consultation-too-short',
          severity: 'error',
          message: `${timetable.proposal}: ${x.m.kind} closes ${days} Working Days after it opens: ${longDate(isoOf(x.approved.first))} to ${longDate(isoOf(x.until.first))}, under the minimum of ${o.minConsultationWorkingDays}`,
          path: ['milestones', x.i, 'until'],
          source: SOURCES.consultation,
          kind: x.m.kind,
          workingDays: days,
          minimum: o.minConsultationWorkingDays,
          opens: isoOf(x.approved.first),
          closes: isoOf(x.until.first),
        });
      }
    }
  }

  // Implementation.
  const impl = byKind.get('implementation');
  const policy = o.releasePolicy;
  /** Whether a SEC release (scheduled or ad hoc) falls within the span. */
  const onRelease = (s: Span): boolean =>
    policy !== false && releaseDaysIn(civilFromDays(s.first)[0], policy).some((d) => d >= s.first && d <= s.last);
  if (impl?.approved !== undefined) {
    const s = impl.approved;
    if (policy !== false && !onRelease(s)) {
      issues.push({
        code: 'implementation-not-on-release',
        severity: timetable.path === 'authority-led' ? 'warning' : 'error',
        message: `${timetable.proposal}: implementation ${label(s)} is ${s.month ? 'in a month with no SEC release' : 'not a SEC release date'}`,
        path: ['milestones', impl.i, 'approved'],
        source: SOURCES.release,
        approved: impl.m.approved,
        nearestRelease: nearestRelease(s, policy),
      });
    }
    if (decision?.approved !== undefined && s.last < decision.approved.first) {
      issues.push({
        code: 'implementation-before-decision',
        severity: 'error',
        message: `${timetable.proposal}: implementation ${label(s)} is before the decision (${decisionKind}, ${label(decision.approved)})`,
        path: ['milestones', impl.i, 'approved'],
        source: SOURCES.order,
        decision: decisionKind,
        decidedIn: decision.m.approved,
      });
    }
    if (o.dccSystemImpact !== undefined && policy !== false && decision?.approved !== undefined) {
      const earliest = earliestReleaseDay(decision.approved.last, o.standstillEndsOn, o.dccSystemImpact, policy);
      if (earliest !== undefined && s.first < earliest) {
        issues.push({
          code: 'implementation-before-earliest-release',
          severity: 'error',
          message: `${timetable.proposal}: implementation ${label(s)} is before ${isoOf(earliest)}, the first release a decision of ${label(decision.approved)} can make${o.dccSystemImpact ? ' (a DCC system change)' : ''}`,
          path: ['milestones', impl.i, 'approved'],
          source: SOURCES.release,
          earliestRelease: isoOf(earliest),
        });
      }
    }
    if (o.standstillEndsOn !== undefined && s.first < o.standstillEndsOn) {
      issues.push({
        code: 'implementation-before-standstill-end',
        severity: 'error',
        message: `${timetable.proposal}: implementation ${label(s)} is before the end of the EC standstill (${isoOf(o.standstillEndsOn)})`,
        path: ['milestones', impl.i, 'approved'],
        source: SOURCES.standstill,
        standstillEndsOn: isoOf(o.standstillEndsOn),
      });
    }
  }

  // Working days: for the milestones that are work. A release goes live on its date whatever day that is
  // (the November 2020 release went live on Sunday 29 November), so an implementation on a release date
  // is not held to the working-day rule.
  for (const x of ms) {
    for (const field of ['approved', 'until', 'actual'] as const) {
      const s = x[field];
      if (s === undefined || s.month || isWorkingDayNumber(calendar, s.first)) continue;
      if (x === impl && field !== 'until' && onRelease(s)) continue;
      issues.push({
        code: 'non-working-day',
        severity: 'error',
        message: `${timetable.proposal}: ${x.m.kind} ${field} ${label(s)} is not a Working Day (${calendar.name})`,
        path: ['milestones', x.i, field],
        source: SOURCES.workingDay,
        kind: x.m.kind,
        field,
        date: isoOf(s.first),
      });
    }
  }
  return issues;
}
