/**
 * The rules secmod could not read in a primary text: each is a default a caller can override, written
 * once here with its standing, the source it rests on and the parameter that replaces it.
 */
import type { Assumption } from './assumption.js';
import { releasePages, secD } from './cite.js';
import {
  cite,
  NI_PROTOCOL,
  SEC_CHANGE_BOARD_RECORDS,
  SEC_PANEL_PAPERS,
  SEC_SECTION_A,
  SEC_SECTION_D,
  SECMP0034,
  TRIS_RECORDS,
} from './documents.js';

export type { Assumption };
// The planning defaults (the Authority's decision time, the Development Stage, no meeting at Christmas)
// are written in their own module, so code that needs none of them bundles none of them.
export * from './planning-assumptions.js';

/** The appeal window after a Self-Governance or Fast-Track decision. */
export const APPEAL_WINDOW: Assumption = {
  id: 'appeal-window',
  rule: 'a Path 3 or 4 decision can be appealed to the Authority within a window of Working Days, and takes effect only once the window has closed',
  default: '15 Working Days (the usual figure in GB codes)',
  parameter: 'LifecycleOptions.appealWindowWorkingDays',
  source: /* @__PURE__ */ secD('D9', 'the appeal window: its length could not be checked', { status: 'unconfirmed' }),
};

/** Which days are Working Days. */
export const WORKING_DAY: Assumption = {
  id: 'working-day',
  rule: 'timetable dates, the appeal window and DCC due dates count Working Days: weekdays that are not bank holidays',
  default: 'englandAndWales (bank holidays in England and Wales)',
  parameter: 'LifecycleOptions.calendar, ValidateTimetableOptions.calendar, DccTimescales.calendar',
  source: /* @__PURE__ */ cite(SEC_SECTION_A, 'Working Day'),
};

/** How a Change Board vote carries. */
export const CHANGE_BOARD_VOTE: Assumption = {
  id: 'change-board-vote',
  rule: 'a Change Board vote carries with a majority in every voting group that votes',
  default: 'MAJORITY_IN_EVERY_GROUP',
  parameter: 'changeBoardVote(tally, path, rule)',
  source: /* @__PURE__ */ secD('D8', "the voting rule could not be checked against the Code's text", {
    status: 'unconfirmed',
    records: [
      'SECMP0004 (SECP_49_1310_11 section 3): no majority, so the Change Board recommended rejection',
      'the Change Board "Decide[s] whether to approve or reject the Modification Proposal", "As set out in Section D8 of the SEC" (https://smartenergycodecompany.co.uk/change-board/); no stored page gives how its votes are counted',
    ],
  }),
};

/** Standard timescales of DCC assessments. */
export const DCC_TIMESCALES_ASSUMPTION: Assumption = {
  id: 'dcc-timescales',
  rule: 'a DCC Preliminary Assessment is due a number of Working Days after the request, and an Impact Assessment a larger number',
  default:
    '20 Working Days (Preliminary), 60 (Impact), for requests from the Section D Review on (DCC_TIMESCALE_VERSIONS)',
  parameter: 'dccDueDate(requestedOn, kind, timescales)',
  source: /* @__PURE__ */ cite(SECMP0034, undefined, {
    records: [
      '"standard timescales for the delivery of DCC Assessments"; "This modification was implemented on 1 November 2018" (https://smartenergycodecompany.co.uk/modifications/changes-to-the-sec-section-d-for-dcc-analysis-provisions/)',
      '"the new SLAs introduced into the SEC in November 2018" (https://smartenergycodecompany.co.uk/ufaqs/q3-given-that-the-average-elapsed-time-for-a-sec-mod-to-be-implemented-is-305-days-does-the-panel-consider-this-to-be-fit-for-purpose/)',
    ],
    note: 'the record confirms the date (1 November 2018) and that the timescales are standard; the durations could not be checked against the Code',
  }),
};

/** The SEC release calendar. */
export const RELEASE_CALENDAR: Assumption = {
  id: 'release-calendar',
  rule: 'SEC releases go live on the last Thursday of February and June and the first Thursday of November, with lead times for scope',
  default: 'SEC_RELEASE_POLICY',
  parameter: 'ReleasePolicy (releasesIn, nextRelease, earliestRelease, ValidateTimetableOptions.releasePolicy)',
  source: /* @__PURE__ */ releasePages(
    'the release dates and lead times of 2017-2023; the Release Management Policy text was not found',
  ),
};

/** Notification of UK measures after the transition period. */
export const EC_NOTIFICATION_AFTER_2020: Assumption = {
  id: 'ec-notification-after-2020',
  rule: 'from 1 January 2021 only measures for Northern Ireland are notified under Directive (EU) 2015/1535',
  default: 'EC_NOTIFICATION_RULE',
  parameter: 'requiresEcNotification(date, territory, rule)',
  source: /* @__PURE__ */ cite(NI_PROTOCOL, 'Art. 5(4) and Annex 2'),
};

/** The end date TRIS publishes. */
export const TRIS_CONVENTION_ASSUMPTION: Assumption = {
  id: 'tris-convention',
  rule: 'the end of a standstill is the received date plus the period plus one day, moved past weekends and holidays',
  default: "convention 'tris' (98.9% of the 3-month rows of 2012-2017 reproduced)",
  parameter: "StandstillInput.convention ('regulation-1182-71' for the strict reading)",
  source: /* @__PURE__ */ cite(TRIS_RECORDS, undefined, { records: ['TRIS notifications 2012-2017'] }),
};

/** Which holidays TRIS end dates move past. */
export const TRIS_HOLIDAYS: Assumption = {
  id: 'tris-holidays',
  rule: "TRIS end dates move past the Commission's core holidays and the notifying state's public holidays (for the UK, every division's)",
  default: 'trisCommissionCore + unitedKingdom',
  parameter: 'StandstillInput.stateCalendar',
  source: /* @__PURE__ */ cite(TRIS_RECORDS, undefined, { records: ['UK notifications 2012-2017'] }),
};

/** The modification process itself. */
export const MODIFICATION_PROCESS: Assumption = {
  id: 'modification-process',
  rule: 'the paths, states and transitions of a Modification Proposal are as the status reports and records show them',
  default: 'PATH_RULES and TRANSITIONS',
  parameter: null,
  source: /* @__PURE__ */ cite(SEC_SECTION_D, 'D2-D10', {
    records: ['SECP_49_1310_11', 'modification records SECMP0001-MP233'],
  }),
};

/** When Panel papers are issued. */
export const PAPER_DEADLINE: Assumption = {
  id: 'paper-deadline',
  rule: 'papers for a Panel or Change Board meeting are issued a number of Working Days before it, so what they report on must be finished by then',
  default: '5 Working Days (the October 2017 report covers the period to 6 October 2017 for the meeting of 13 October)',
  parameter: 'paperDeadline(meeting, workingDaysBefore), ValidateTimetableOptions.paperDeadlineWorkingDays',
  source: /* @__PURE__ */ cite(SEC_PANEL_PAPERS, undefined, {
    status: 'unconfirmed',
    records: [
      '"SEC Panel paper days (which are five WDs prior to each Panel meeting)" (https://smartenergycodecompany.co.uk/about-sec-change/)',
    ],
    note: 'for the Panel the record gives five Working Days; for the Change Board no stored page gives a paper day, so the rule as a whole stays unconfirmed',
  }),
};

/** Panel meeting dates not yet known. */
export const PANEL_MEETING_PROJECTION: Assumption = {
  id: 'panel-meeting-projection',
  rule: 'a month with no known Panel meeting has one on a projected day: the second Friday until 2018, the third Friday from 2019',
  default: 'SEC_PANEL.projection',
  parameter: 'MeetingCalendar.projection',
  source: /* @__PURE__ */ cite(SEC_PANEL_PAPERS, undefined, {
    status: 'unconfirmed',
    records: [
      'second Fridays: 11 Nov 2016, 13 Jan 2017, 10 Feb 2017 (SECP_41_1002_09), 13 Oct 2017 (SECP_49_1310_11), 12 Oct 2018, 12 Jul 2019, 13 Dec 2019, 13 Mar 2020, 11 Sep 2020, 12 Mar 2021',
      'third Fridays: 15 Nov 2019, 17 Apr 2020, 19 Jun 2020, 16 Apr 2021',
      '"The SEC Panel meets once a month." (https://www.smartenergycodecompany.co.uk/sec/about-the-sec)',
    ],
    note: 'measured against the known meetings (SEC_PANEL.meetings, docs/meetings.md): the second Friday (to 2018) gives 5 of 5 known dates; the third Friday (from 2019) gives 5 of 9 (one of them, 13 December 2019, through the Christmas rule). From 2019 the record shows the Panel on second Fridays as often as on third, so no fixed rule; nothing in the record states one, and when the practice changed is not known',
  }),
};

/** Change Board meeting dates not yet known. */
export const CHANGE_BOARD_MEETING_PROJECTION: Assumption = {
  id: 'change-board-meeting-projection',
  rule: 'a month with no known Change Board meeting has one on its fourth Wednesday',
  default: 'SEC_CHANGE_BOARD.projection',
  parameter: 'MeetingCalendar.projection',
  source: /* @__PURE__ */ cite(SEC_CHANGE_BOARD_RECORDS, undefined, {
    status: 'unconfirmed',
    records: [
      'fourth Wednesdays: 22 Feb 2017, 23 Aug 2017 (SECP_49_1310_11 section 3), 22 Apr 2020, 22 Jul 2020, 26 Aug 2020, 23 Sep 2020, 24 Mar 2021, 26 May 2021, 22 Jun 2022, 27 Mar 2024',
      'third Wednesdays: 21 Aug 2019, 21 Oct 2020, 21 Apr 2021, 21 Jun 2023',
    ],
    note: 'measured against the known meetings (SEC_CHANGE_BOARD.meetings, docs/meetings.md): the fourth Wednesday gives 10 of 14 known dates. Each of the four third Wednesdays falls in a month whose fourth Wednesday is the 28th, so every known date lies between the 21st and the 27th; that is a pattern of 14 dates, not a stated rule, and a MeetingRule (the nth weekday) cannot express it. Nothing in the record says the Board follows a fixed rule',
  }),
};

/** How often a Working Group meets in Refinement. */
export const WORKING_GROUP_CADENCE: Assumption = {
  id: 'working-group-cadence',
  rule: 'a Working Group meets once a month, so n meetings take n months of Refinement',
  default: '1 meeting a month',
  parameter: 'PlanRequest.refinementMonths (instead of workingGroupMeetings)',
  source: /* @__PURE__ */ secD(
    'D6',
    'Working Groups develop a proposal in Refinement; how often they meet is not a rule',
    {
      status: 'unconfirmed',
    },
  ),
};

/** What the date TRIS publishes means for adoption. */
export const TRIS_ADOPTABLE_FROM: Assumption = {
  id: 'tris-adoptable-from',
  rule: 'the "end of standstill" date TRIS publishes is the last day of the standstill: the measure may be adopted from the day after',
  default: "Standstill.adoptableFrom: the day after endsOn (convention 'tris'), and the day after standstillEndsOn",
  parameter:
    "StandstillInput.convention ('regulation-1182-71': adoptable the day after the period's last day, Regulation 1182/71 Art. 3)",
  source: /* @__PURE__ */ cite(TRIS_RECORDS, undefined, {
    status: 'unconfirmed',
    note: 'TRIS labels the date "end of standstill" without saying whether the measure may be adopted on it. Read as the last day, the safe reading: when the period\'s last day (receipt + N months) is a Saturday, Sunday or holiday, the published date is the day Regulation 1182/71 Art. 3(4) moves that last day to, still inside the period',
  }),
};

/** Which holidays a Northern Ireland notification's end date moves past. */
export const TRIS_NORTHERN_IRELAND: Assumption = {
  id: 'tris-northern-ireland',
  rule: "from 2021 the United Kingdom notifies measures in respect of Northern Ireland only; their end dates move past the Commission's core holidays and Northern Ireland's bank holidays",
  default: "notifyingState 'XI': trisCommissionCore + northernIreland",
  parameter: 'StandstillInput.stateCalendar',
  source: /* @__PURE__ */ cite(NI_PROTOCOL, 'Art. 5(4) and Annex 2', {
    note: 'the Protocol (the Windsor Framework) applies Union law on goods in respect of Northern Ireland. The TRIS data held ends in 2017 (310 UK notifications, none after 2020), so neither the state code TRIS gives these notifications (XI is the code the Union uses for Northern Ireland in VAT and customs) nor the holidays their end dates move past could be checked against the record',
  }),
};
