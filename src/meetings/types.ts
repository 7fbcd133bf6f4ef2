import { deepFreeze } from '../internal/freeze.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import type { IsoDate } from '../internal/days.js';
import { keysOf } from '../internal/keys.js';
import type { Citation } from '../sources/citation.js';
import type { Versions } from '../sources/dated.js';

/** The bodies whose meetings a timetable waits for. */
export const MEETING_BODIES = /* @__PURE__ */ deepFreeze(['panel', 'change-board'] as const);
/** The SEC Panel or the Change Board. */
export type MeetingBody = (typeof MEETING_BODIES)[number];

/** A meeting known from the record, with its source. */
export interface KnownMeeting {
  readonly date: IsoDate;
  /** The meeting's number, where its papers give one (Panel 49). */
  readonly number?: number | undefined;
  readonly source: Citation;
}

/**
 * How a month's meeting day is projected where no meeting is known: the `nth` ISO `weekday` of the
 * month (1 = Monday ... 7 = Sunday; `nth` 1-4, or -1 for the last).
 */
export interface MeetingRule {
  readonly weekday: number;
  readonly nth: number;
}

/**
 * A body's meetings: the dates known from the record, and an optional projection for the months in
 * which none is known. The projection is a dated rule (a version per practice), and every meeting it
 * gives is marked `projected`.
 */
export interface MeetingCalendar {
  readonly id: string;
  readonly name: string;
  readonly body: MeetingBody;
  /** Known meetings, in date order. */
  readonly meetings: readonly KnownMeeting[];
  /** The projection for months with no known meeting, by the dates each version covers; none: known dates only. */
  readonly projection?: Versions<MeetingRule> | undefined;
  /**
   * Working days: a projected day that is not one moves to the next Working Day, and paper deadlines
   * count them. Default `englandAndWales`.
   */
  readonly workingDays?: HolidayCalendar | undefined;
}

/** @internal The keys of a {@link KnownMeeting}. */
export const KNOWN_MEETING_KEYS = keysOf<KnownMeeting>()(['date', 'number', 'source']);
/** @internal The keys of a {@link MeetingRule}. */
export const MEETING_RULE_KEYS = keysOf<MeetingRule>()(['weekday', 'nth']);
/** @internal The keys of a {@link MeetingCalendar}. */
export const MEETING_CALENDAR_KEYS = keysOf<MeetingCalendar>()([
  'id',
  'name',
  'body',
  'meetings',
  'projection',
  'workingDays',
]);

/** A meeting as an answer gives it: known (with its source) or projected (with the projection's). */
export interface Meeting {
  readonly date: IsoDate;
  readonly body: MeetingBody;
  /** True when no meeting is known in its month and the calendar's projection gave this date. */
  readonly projected: boolean;
  readonly number?: number | undefined;
  readonly source: Citation;
}
