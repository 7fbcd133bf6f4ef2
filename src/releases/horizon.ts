/**
 * The record's horizon: the last date secmod's bundled record covers, for releases and for each body's
 * meetings. It is derived from the data (the last known release of `SEC_RELEASE_POLICY`, the last known
 * meeting of `SEC_PANEL` and `SEC_CHANGE_BOARD`), never written down beside it. It lives here, in the
 * releases layer, because it reads both the release policy and the meeting calendars (meetings sit below
 * releases); `secmod/sources` and `secmod` export it.
 */
import type { IsoDate } from '../calendar/iso-date.js';
import { deepFreeze } from '../internal/freeze.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../meetings/calendars.js';
import type { MeetingCalendar } from '../meetings/types.js';
import type { Citation } from '../sources/citation.js';
import { lastKnownRelease } from './calendar.js';
import { SEC_RELEASE_POLICY } from './policy.js';

/** How far the bundled record reaches for one kind of date: its last date, and the source that shows it. */
export interface HorizonEntry {
  /** The last date the record covers: after it, secmod's dates are projections. */
  readonly through: IsoDate;
  /** Where the record shows that last date (for a stored page, its address is `url`). */
  readonly source: Citation;
}

/** The last dates secmod's bundled record covers: releases, Panel meetings, Change Board meetings. */
export interface RecordHorizon {
  readonly releases: HorizonEntry;
  readonly panel: HorizonEntry;
  readonly changeBoard: HorizonEntry;
}

/** The last known meeting of a calendar (its meetings are in date order, but the latest is taken anyway). */
function lastMeeting(calendar: MeetingCalendar): HorizonEntry {
  const last = calendar.meetings.reduce((a, b) => (b.date > a.date ? b : a));
  return { through: last.date, source: last.source };
}

let horizon: RecordHorizon | undefined;

/**
 * The last date the bundled record covers, for releases and for the Panel's and the Change Board's
 * meetings, each with the source that shows it. Dates after these are projections (`projected: true`)
 * unless you supply your own record. Derived from `SEC_RELEASE_POLICY` (its recorded and known ad-hoc
 * releases), `SEC_PANEL` and `SEC_CHANGE_BOARD` (their known meetings); computed once, deep-frozen.
 *
 * @example
 * recordHorizon().releases.through; // '2022-11-03' (the November 2022 SEC Release)
 */
export function recordHorizon(): RecordHorizon {
  if (horizon !== undefined) return horizon;
  // The bundled policy records releases, each with its source: the last of them is the horizon.
  const release = lastKnownRelease(SEC_RELEASE_POLICY) as { date: IsoDate; source: Citation };
  horizon = deepFreeze({
    releases: { through: release.date, source: release.source },
    panel: lastMeeting(SEC_PANEL),
    changeBoard: lastMeeting(SEC_CHANGE_BOARD),
  });
  return horizon;
}
