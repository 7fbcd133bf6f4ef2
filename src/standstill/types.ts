import type { Citation } from '../sources/citation.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import type { IsoDate } from '../calendar/iso-date.js';

/**
 * What was notified (Directive (EU) 2015/1535 Art. 1(1)): a technical regulation on products, a
 * voluntary agreement to which a public authority is party (a "de facto" technical regulation,
 * Art. 1(1)(f) second indent), or a rule on information society services (Art. 1(1)(e)).
 */
export type Measure = (typeof MEASURES)[number];

/** The kinds of measure, as {@link Measure} names them. */
export const MEASURES = ['technical-regulation', 'voluntary-agreement', 'information-society-service'] as const;

/**
 * The Commission's action within the first three months (Art. 6(3) and 6(4)): none, an announced
 * intention to propose or adopt a Union act on the matter, or a finding that a pending proposal
 * covers it.
 */
export type CommissionAction = (typeof COMMISSION_ACTIONS)[number];

/** The Commission's possible actions, as {@link CommissionAction} names them. */
export const COMMISSION_ACTIONS = ['none', 'intends-to-legislate', 'proposal-pending'] as const;

/**
 * How the end date is computed:
 * - `tris`: the date TRIS publishes as "end of standstill" (observed convention, default);
 * - `regulation-1182-71`: the last day of the period under Regulation 1182/71 Art. 3 (strict reading).
 */
export type StandstillConvention = (typeof STANDSTILL_CONVENTIONS)[number];

/** The conventions, as {@link StandstillConvention} names them. */
export const STANDSTILL_CONVENTIONS = ['tris', 'regulation-1182-71'] as const;

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
  /** TRIS code of the notifying state (`UK`, `F`, `D`, `FR`, ...); default `UK`. */
  readonly notifyingState?: string | undefined;
  /** The notifying state's public holidays; built in for the UK, required for any other state. */
  readonly stateCalendar?: HolidayCalendar | undefined;
}

/** A day the end date was moved past, and why. */
export interface SkippedDay {
  readonly date: IsoDate;
  readonly reason: 'saturday' | 'sunday' | 'holiday';
  /** For a holiday: its name (and calendar). */
  readonly holiday?: string;
}

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
}
