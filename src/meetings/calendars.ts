import { deepFreeze } from '../internal/freeze.js';
import { isoDateOf } from '../internal/days.js';
import { CHANGE_BOARD_MEETING_PROJECTION, PANEL_MEETING_PROJECTION } from '../sources/assumptions.js';
import type { Citation } from '../sources/citation.js';
import { cite, SEC_CHANGE_BOARD_RECORDS, SEC_PANEL_PAPERS, STATUS_REPORT_2017_10 } from '../sources/documents.js';
import type { KnownMeeting, MeetingCalendar } from './types.js';

const panelPaper = (reference: string): Citation =>
  cite(SEC_PANEL_PAPERS, reference, { note: `the paper reference ${reference} dates its meeting` });
const observed = (document: typeof SEC_PANEL_PAPERS): Citation =>
  cite(document, undefined, { note: 'the meeting date, from the public record' });

const known = (date: `${number}-${number}-${number}`, source: Citation, number?: number): KnownMeeting => ({
  date: isoDateOf(date),
  ...(number === undefined ? {} : { number }),
  source,
});

/**
 * The SEC Panel's meetings known from the record, and a projection for other months (second Friday
 * until 2018, third Friday from 2019: unconfirmed, see `assumptions()`).
 *
 * @example
 * nextMeeting(SEC_PANEL, '2017-10-14'); // { date: '2017-11-10', projected: true, ... }
 */
export const SEC_PANEL: MeetingCalendar = /* @__PURE__ */ deepFreeze({
  id: 'sec-panel',
  name: 'SEC Panel',
  body: 'panel',
  meetings: [
    known('2017-01-13', observed(SEC_PANEL_PAPERS)),
    known('2017-02-10', panelPaper('SECP_41_1002_09'), 41),
    known('2017-10-13', panelPaper('SECP_49_1310_11'), 49),
    known('2019-11-15', observed(SEC_PANEL_PAPERS)),
    known('2020-03-13', observed(SEC_PANEL_PAPERS)),
    known('2020-04-17', observed(SEC_PANEL_PAPERS)),
    known('2020-06-19', observed(SEC_PANEL_PAPERS)),
    known('2021-04-16', observed(SEC_PANEL_PAPERS)),
  ],
  projection: [
    { from: isoDateOf('2016-01-01'), value: { weekday: 5, nth: 2 }, source: PANEL_MEETING_PROJECTION.source },
    { from: isoDateOf('2019-01-01'), value: { weekday: 5, nth: 3 }, source: PANEL_MEETING_PROJECTION.source },
  ],
});

/**
 * The SEC Change Board's meetings known from the record, and a projection for other months (the
 * fourth Wednesday: unconfirmed, see `assumptions()`).
 *
 * @example
 * nextMeeting(SEC_CHANGE_BOARD, '2017-08-01').date; // '2017-08-23'
 */
export const SEC_CHANGE_BOARD: MeetingCalendar = /* @__PURE__ */ deepFreeze({
  id: 'sec-change-board',
  name: 'SEC Change Board',
  body: 'change-board',
  meetings: [
    known('2017-08-23', cite(STATUS_REPORT_2017_10, 'section 3: "On the 23rd August 2017, the Change Board ..."')),
    known('2020-04-22', observed(SEC_CHANGE_BOARD_RECORDS)),
    known('2021-05-26', observed(SEC_CHANGE_BOARD_RECORDS)),
    known('2022-06-22', observed(SEC_CHANGE_BOARD_RECORDS)),
    known('2024-03-27', observed(SEC_CHANGE_BOARD_RECORDS)),
  ],
  projection: [
    {
      from: isoDateOf('2016-01-01'),
      value: { weekday: 3, nth: 4 },
      source: CHANGE_BOARD_MEETING_PROJECTION.source,
    },
  ],
});
