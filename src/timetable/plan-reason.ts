/**
 * Why a planned date is where it is: the reasons `planTimetable` gives, one per date.
 */
import { deepFreeze } from '../internal/freeze.js';
import type { IsoDate } from '../internal/days.js';
import type { MeetingBody } from '../meetings/types.js';
import type { EarliestRelease } from '../releases/earliest-release.js';
import type { Citation } from '../sources/citation.js';
import type { MilestoneKind } from './types.js';

/** The rules a planned date can be fixed by. */
export const PLAN_RULES = /* @__PURE__ */ deepFreeze([
  'request',
  'meeting',
  'refinement-length',
  'dcc-timescale',
  'after-previous',
  'consultation-length',
  'authority-lead-time',
  'release',
  'working-day',
  'custom',
] as const);
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
  /** Moved to the next Working Day of the options' calendar. */
  'working-day': { calendar: string };
  /** A rule of the caller's (`code`), not one of secmod's. */
  custom: { code: string };
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
