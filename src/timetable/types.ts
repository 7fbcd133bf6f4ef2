import { deepFreeze } from '../internal/freeze.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import type { ModificationPath } from '../lifecycle/paths.js';
import type { Citation } from '../sources/citation.js';
import { keysOf } from '../internal/keys.js';

/**
 * The milestones a progression timetable can have, in the order they happen (the October 2017 status report's, SECP_49_1310_11,
 * timetable columns, plus the Fast-Track Panel decision).
 */
export const MILESTONE_ORDER = /* @__PURE__ */ deepFreeze([
  'initial-modification-report',
  'refinement',
  'dcc-preliminary-assessment',
  'dcc-impact-assessment',
  'working-group-consultation',
  'draft-modification-report',
  'modification-report-consultation',
  'change-board',
  'panel-decision',
  'authority-decision',
  'implementation',
] as const);

export type MilestoneKind = (typeof MILESTONE_ORDER)[number];

/**
 * A date in a timetable: a day (`YYYY-MM-DD`) or, as in the October 2017 status report's tables, a month
 * (`YYYY-MM`: "DMR in January 2018").
 */
export type TimetableDate = string;

/** One milestone: the date the Panel approved for it and, once achieved, the actual date. */
export interface Milestone {
  readonly kind: MilestoneKind;
  /** The Panel-approved date (day or month). */
  readonly approved: TimetableDate;
  /** For a period (a consultation): its approved end. */
  readonly until?: TimetableDate | undefined;
  /** When it was achieved (day or month); absent while it is not. */
  readonly actual?: TimetableDate | undefined;
}

/** A timetable extension agreed by the Panel. */
export interface Extension {
  readonly agreedOn: string;
  /** Whole months the remaining milestones move by. */
  readonly months: number;
  readonly reason: string;
  readonly by: 'panel';
  /** The first milestone it moves (default: the first not yet achieved); every later one moves too. */
  readonly from?: MilestoneKind | undefined;
}

/** The DCC assessments a proposal can need. */
export const DCC_ASSESSMENT_KINDS = /* @__PURE__ */ deepFreeze(['preliminary', 'impact'] as const);
/** A DCC Preliminary or Impact Assessment. */
export type DccAssessmentKind = (typeof DCC_ASSESSMENT_KINDS)[number];

/** A DCC Preliminary or Impact Assessment of a proposal. */
export interface DccAssessment {
  readonly kind: DccAssessmentKind;
  readonly requestedOn: string;
  readonly originalDueOn: string;
  /** Every revised due date, oldest first. */
  readonly revisedDueOn?: readonly string[] | undefined;
  readonly returnedOn?: string | undefined;
  /** Periods the assessment was on hold (`to` absent while it still is). */
  readonly onHold?: readonly { readonly from: string; readonly to?: string | undefined }[] | undefined;
}

/** A proposal's Panel-approved progression timetable beside what actually happened. */
export interface Timetable {
  readonly proposal: string;
  readonly path: ModificationPath;
  readonly milestones: readonly Milestone[];
  /** Every extension agreed, oldest first. */
  readonly extensions: readonly Extension[];
  readonly dccAssessments?: readonly DccAssessment[] | undefined;
}

/** Standard DCC assessment timescales, in Working Days: parameters, the defaults unconfirmed. */
export interface DccTimescales {
  readonly preliminary: number;
  readonly impact: number;
  readonly calendar: HolidayCalendar;
  readonly source: Citation;
}

/** @internal The keys of each timetable type, for the entrance checks (`parseTimetable`'s schemas have the same). */
export const TIMETABLE_KEYS = keysOf<Timetable>()(['proposal', 'path', 'milestones', 'extensions', 'dccAssessments']);
/** @internal */
export const MILESTONE_KEYS = keysOf<Milestone>()(['kind', 'approved', 'until', 'actual']);
/** @internal */
export const EXTENSION_KEYS = keysOf<Extension>()(['agreedOn', 'months', 'reason', 'by', 'from']);
/** @internal */
export const DCC_ASSESSMENT_KEYS = keysOf<DccAssessment>()([
  'kind',
  'requestedOn',
  'originalDueOn',
  'revisedDueOn',
  'returnedOn',
  'onHold',
]);
/** @internal */
export const ON_HOLD_KEYS = keysOf<NonNullable<DccAssessment['onHold']>[number]>()(['from', 'to']);
/** @internal */
export const DCC_TIMESCALES_KEYS = keysOf<DccTimescales>()(['preliminary', 'impact', 'calendar', 'source']);
