import { deepFreeze } from '../internal/freeze.js';
import type { Citation } from '../sources/citation.js';
import type { Issue } from '../errors/issue.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import type { IsoDate } from '../calendar/iso-date.js';

/**
 * What was notified (Directive (EU) 2015/1535 Art. 1(1)): a technical regulation on products, a
 * voluntary agreement to which a public authority is party (a "de facto" technical regulation,
 * Art. 1(1)(f) second indent), or a rule on information society services (Art. 1(1)(e)).
 */
export type Measure = (typeof MEASURES)[number];

/** The kinds of measure, as {@link Measure} names them. */
export const MEASURES = /* @__PURE__ */ deepFreeze([
  'technical-regulation',
  'voluntary-agreement',
  'information-society-service',
] as const);

/**
 * The Commission's action within the first three months (Art. 6(3) and 6(4)): none, an announced
 * intention to propose or adopt a Union act on the matter, or a finding that a pending proposal
 * covers it.
 */
export type CommissionAction = (typeof COMMISSION_ACTIONS)[number];

/** The Commission's possible actions, as {@link CommissionAction} names them. */
export const COMMISSION_ACTIONS = /* @__PURE__ */ deepFreeze([
  'none',
  'intends-to-legislate',
  'proposal-pending',
] as const);

/**
 * How the end date is computed:
 * - `tris`: the date TRIS publishes as "end of standstill" (observed convention, default);
 * - `regulation-1182-71`: the last day of the period under Regulation 1182/71 Art. 3 (strict reading).
 */
export type StandstillConvention = (typeof STANDSTILL_CONVENTIONS)[number];

/** The conventions, as {@link StandstillConvention} names them. */
export const STANDSTILL_CONVENTIONS = /* @__PURE__ */ deepFreeze(['tris', 'regulation-1182-71'] as const);

/** The standstill durations the Directive provides for, in months (0: urgency procedure). */
export type StandstillMonths = 0 | 3 | 4 | 6 | 12 | 18;

/** The facts of a notification that decide its standstill period. */
export interface StandstillInput {
  /** The date the Commission received the notification (the period runs from it). */
  readonly receivedOn: string;
  /** What was notified; default `technical-regulation`. */
  readonly measure?: Measure | undefined;
  /** Whether the Commission or a Member State delivered a detailed opinion within three months (Art. 6(2)). */
  readonly detailedOpinion?: boolean | undefined;
  /** The Commission's action under Art. 6(3)/(4); default `none`. */
  readonly commissionAction?: CommissionAction | undefined;
  /** Whether the Council adopted its first-reading position during the 12-month standstill (Art. 6(5)). */
  readonly councilFirstReadingPosition?: boolean | undefined;
  /** Whether the urgency procedure of Art. 6(7) was used. */
  readonly urgency?: boolean | undefined;
  /** Default `tris`. */
  readonly convention?: StandstillConvention | undefined;
  /**
   * TRIS code of the notifying state (`UK`, `F`, `D`, `FR`, ...); default `UK`. `XI`: the United
   * Kingdom in respect of Northern Ireland (from 2021, under the Protocol on Ireland/Northern Ireland),
   * with Northern Ireland's bank holidays; whether TRIS uses this code is unconfirmed.
   */
  readonly notifyingState?: string | undefined;
  /** The notifying state's public holidays; built in for the UK (and `XI`), required for any other state. */
  readonly stateCalendar?: HolidayCalendar | undefined;
}

/** A day the end date was moved past, and why. */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: 'saturday' | 'sunday' | 'holiday';
  /** For a holiday: its name (and calendar). */
  readonly holiday?: string;
}

/**
 * One step from the date of receipt to the first day of adoption, with its reason and the clause or
 * record it rests on:
 * - `months`: receipt + the period in months, clamped to the month's end (the period's nominal last day);
 * - `day-after`: the `tris` convention's "+1 day" from the period's last day to the date TRIS publishes;
 * - `working-day`: forward past Saturdays, Sundays and holidays (each one in `skipped`);
 * - `urgency`: the urgency procedure's date (no standstill);
 * - `adoptable-from`: from `endsOn` to the first day the measure may be adopted.
 */
export interface StandstillStep {
  readonly kind: 'months' | 'day-after' | 'working-day' | 'urgency' | 'adoptable-from';
  /** The date the step arrives at. */
  readonly date: IsoDate;
  /** Why, for a person. */
  readonly reason: string;
  readonly source: Citation;
}

/** The codes of a standstill's warnings. */
export type StandstillWarningCode = 'not-notified-after-2020';

/**
 * Something the result is computed for but probably should not be: `not-notified-after-2020`, a UK
 * notification received after 31 December 2020, when Great Britain's measures are no longer notified.
 */
export type StandstillWarning = Issue<StandstillWarningCode>;

/** A computed standstill period, with everything needed to explain it. */
export interface Standstill {
  readonly receivedOn: IsoDate;
  readonly months: StandstillMonths;
  /**
   * `tris`: the "end of standstill" date TRIS publishes; `regulation-1182-71`: the last day of the
   * period. Under the urgency procedure there is no standstill: `tris` gives the day after receipt,
   * as TRIS publishes it, and `regulation-1182-71` the day of receipt.
   */
  readonly endsOn: IsoDate;
  /** `receivedOn` plus `months` months, clamped to the month's end (Regulation 1182/71 Art. 3(2)(c)). */
  readonly nominalEndsOn: IsoDate;
  /** Every day the end was moved past, in order. */
  readonly skipped: readonly SkippedDay[];
  readonly convention: StandstillConvention;
  /** The id of the calendar whose non-working days were skipped. */
  readonly calendar: string;
  /** The clauses the result rests on, most specific first. */
  readonly basis: readonly Citation[];
  /**
   * The first day the measure may be adopted, whatever the convention: the day after `endsOn`. Under
   * `regulation-1182-71` `endsOn` is the period's last day (Art. 3(2)(c): it ends with the expiry of
   * that day's last hour). Under `tris` the published date is read as the standstill's last day: TRIS
   * does not say whether adoption is allowed on it, and on it the strict reading may still be running
   * (the unconfirmed assumption `tris-adoptable-from`). The `adoptable-from` step cites which.
   */
  readonly adoptableFrom: IsoDate;
  /** Every step from `receivedOn` to `adoptableFrom`, each with its reason and source. */
  readonly steps: readonly StandstillStep[];
  /** What the result is computed for but probably should not be (none in the common case). */
  readonly warnings: readonly StandstillWarning[];
}
