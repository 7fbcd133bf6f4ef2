import { deepFreeze } from '../internal/freeze.js';
import { isoDateOf } from '../internal/days.js';
import { CHANGE_BOARD_MEETING_PROJECTION, PANEL_MEETING_PROJECTION } from '../sources/assumptions.js';
import type { Citation } from '../sources/citation.js';
import {
  cite,
  SEC_CHANGE_BOARD_RECORDS,
  SEC_PANEL_PAPERS,
  SEC_WEBSITE_PAGES,
  STATUS_REPORT_2017_10,
} from '../sources/documents.js';
import type { KnownMeeting, MeetingCalendar } from './types.js';

const panelPaper = (reference: string): Citation =>
  cite(SEC_PANEL_PAPERS, reference, { note: `the paper reference ${reference} dates its meeting` });
const observed = (document: typeof SEC_PANEL_PAPERS): Citation =>
  cite(document, undefined, { note: 'the meeting date, from the public record' });

/** A meeting a stored SEC web page shows: its address and the page's words that date it. */
const page = (url: string, words: string): Citation => cite(SEC_WEBSITE_PAGES, words, { url });

const MODIFICATIONS = 'https://smartenergycodecompany.co.uk/modifications/';
const SECMP0062_PAGE = `${MODIFICATIONS}northbound-application-traffic-management-alert-storm-protection/`;
const MP090_PAGE = `${MODIFICATIONS}incorporation-of-non-gbcs-non-mandated-alerts-into-the-sec/`;
const MP109_PAGE = `${MODIFICATIONS}adt-and-exit-quarantine-file-delivery-mechanism/`;
const MP147_PAGE = `${MODIFICATIONS}smki-full-extract/`;

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
    known(
      '2016-11-11',
      page(
        'https://smartenergycodecompany.co.uk/news-and-useful-links/newsletters/newsletter-detail/?id=93bfa3ad-f26d-69b4-bb96-ff0000a6837f',
        'SECAS newsletter, November 2016: "The SEC Panel approved the Panel Information Policy at their meeting on 11th November 2016."',
      ),
    ),
    known('2017-01-13', observed(SEC_PANEL_PAPERS)),
    known('2017-02-10', panelPaper('SECP_41_1002_09'), 41),
    known('2017-10-13', panelPaper('SECP_49_1310_11'), 49),
    known('2018-10-12', page(SECMP0062_PAGE, 'SECMP0062 timeline: "Initial Modification Report presented to Panel"')),
    known('2019-07-12', page(SECMP0062_PAGE, 'SECMP0062 timeline: "Modification Report presented to Panel"')),
    known(
      '2019-11-15',
      page(MP090_PAGE, 'MP090 timeline: "Draft Proposal converted to Modification Proposal at Panel"'),
    ),
    known('2019-12-13', page(SECMP0062_PAGE, 'SECMP0062 timeline: "Modification Report presented to Panel"')),
    known('2020-03-13', page(MP109_PAGE, 'MP109 timeline: "Taken to Panel for conversion to Modification Proposal"')),
    known(
      '2020-04-17',
      page(
        `${MODIFICATIONS}correcting-duis-matrix-for-srv7-7-eligible-users/`,
        'MP120 timeline: "Modification Report approved by the Panel"',
      ),
    ),
    known(
      '2020-06-19',
      page(
        'https://smartenergycodecompany.co.uk/november-2020-sec-release/',
        'November 2020 SEC Release page: the Panel asked on 19 June 2020 to move the release date (also MP127 timeline: "Modification Report approved by the Panel")',
      ),
    ),
    known('2020-09-11', page(MP090_PAGE, 'MP090 timeline: "Present full Modification to Panel"')),
    known('2021-03-12', page(MP147_PAGE, 'MP147 timeline: "Modification Report approved by Panel"')),
    known(
      '2021-04-16',
      page(
        'https://smartenergycodecompany.co.uk/latest-news/secmp0007-firmware-updates-to-ihds-and-ppmids-implementation-approach/',
        'SECMP0007 news item: "the SEC Panel agreed it on 16 April 2021"',
      ),
    ),
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
    known(
      '2017-02-22',
      page(
        'https://smartenergycodecompany.co.uk/news-and-useful-links/latest-news/news-detail/2017/03/15/sec-5.5-designation---15th-march-2017',
        'SEC 5.5 news item: "in line with decisions made by SEC Change Board at its meeting on the 22nd February 2017"',
      ),
    ),
    known('2017-08-23', cite(STATUS_REPORT_2017_10, 'section 3: "On the 23rd August 2017, the Change Board ..."')),
    known('2019-08-21', page(SECMP0062_PAGE, 'SECMP0062 timeline: "Modification presented to ChangeBoard"')),
    known(
      '2020-04-22',
      page(
        `${MODIFICATIONS}setting-the-privacy-assessment-assurance-status/`,
        'MP112 timeline: "Approved by Change Board"',
      ),
    ),
    known(
      '2020-07-22',
      page(`${MODIFICATIONS}smki-rapp-security-screening-clarification/`, 'MP127 timeline: "Change Board vote"'),
    ),
    known(
      '2020-08-26',
      page(
        `${MODIFICATIONS}default-maximum-demand-configuration-conflict/`,
        'MP131 latest update: "On 26 August 2020, the Change Board voted to approve this modification"',
      ),
    ),
    known(
      '2020-09-23',
      page(
        `${MODIFICATIONS}power-outage-alerts-triggered-by-an-ota-firmware-upgrade/`,
        'MP102A latest update: "On 23 September 2020 the Change Board voted to approve this modification"',
      ),
    ),
    known('2020-10-21', page(MP090_PAGE, 'MP090 timeline: "Present to Change Board"')),
    known(
      '2021-03-24',
      page(
        `${MODIFICATIONS}sending-sr11-2-to-devices-in-suspended-state/`,
        'latest update: "The Change Board voted to approve this modification under Self-Governance on Wednesday 24 March 2021."',
      ),
    ),
    known('2021-04-21', page(MP147_PAGE, 'MP147 timeline: "Change Board vote"')),
    known(
      '2021-05-26',
      page(
        `${MODIFICATIONS}incorporation-of-multiple-issue-resolution-proposals-into-the-sec-batch-4/`,
        'MP099 latest update: "On 26 May 2021, the Change Board voted to approve this modification"',
      ),
    ),
    known(
      '2022-06-22',
      page(MP109_PAGE, 'MP109 latest update: "On 22 June 2022 the Change Board voted to approve this modification"'),
    ),
    known(
      '2023-06-21',
      page(
        `${MODIFICATIONS}removing-dsp-validation-against-the-smi-join-status-for-sr8-8-x/`,
        'MP178 latest update: "On 21 June 2023 the Change Board voted to approve this modification"',
      ),
    ),
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
