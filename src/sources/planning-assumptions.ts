/**
 * The defaults a plan rests on that secmod could not read in a primary text: the Authority's decision
 * time, the Development Stage, and no meeting in the last weeks of December. Each is written once here,
 * with its standing, its source and the parameter that replaces it; `assumptions.ts` lists them with the others.
 */
import type { Assumption } from './assumption.js';
import { cite, OFGEM_CODE_GOVERNANCE, SEC_CHANGE_PAGE, SEC_PANEL_PAPERS } from './documents.js';

/** Five weeks, in Working Days: the Authority's published target for its decisions. */
export const AUTHORITY_DECISION_WORKING_DAYS = 25;

/** How long the Authority takes to decide, for planning. */
export const AUTHORITY_DECISION_TIME: Assumption = {
  id: 'authority-decision-time',
  rule: 'the Authority decides on a modification five weeks after the Change Board sends it the Final Modification Report',
  default: `${AUTHORITY_DECISION_WORKING_DAYS} Working Days (planTimetable)`,
  parameter: 'ValidateTimetableOptions.authorityDecisionWorkingDays',
  source: /* @__PURE__ */ cite(OFGEM_CODE_GOVERNANCE, undefined, {
    status: 'observed',
    records: [
      '"we are committed to issuing code modification decisions on at least 90 per cent of proposed changes within five weeks of their reaching us for decision"',
    ],
    note: 'a published target for nine decisions in ten, not a rule: the plan takes it as the time the decision takes; five weeks are counted as 25 Working Days',
  }),
};

/** The months a Draft Proposal spends in the Development Stage, by default. */
export const DEVELOPMENT_MONTHS = 1;

/** How long a Draft Proposal spends in the Development Stage. */
export const DEVELOPMENT_STAGE: Assumption = {
  id: 'development-stage',
  rule: 'from 1 November 2018 a proposal is raised as a Draft Proposal, developed by the Change Sub-Committee in the Development Stage, and converted into a Modification Proposal by the Panel once the Sub-Committee agrees its problem statement: a month after it is raised, then the first Panel whose papers come after that',
  default: `${DEVELOPMENT_MONTHS} month (PlanRequest.developmentMonths)`,
  parameter: 'PlanRequest.developmentMonths, or PlanRequest.convertedOn for a proposal already converted',
  source: /* @__PURE__ */ cite(SEC_CHANGE_PAGE, undefined, {
    status: 'unconfirmed',
    records: [
      '"The Panel has established the Change Sub-Committee to oversee the assessment of new Draft Proposals through the Development Stage, to a point where the problem statement can be agreed, and the proposal is ready to be converted to a Modification Proposal."',
      'ADT and exit quarantine file delivery mechanism: presented to the Change Sub-Committee for initial discussion on 28 January 2020, for decision on 25 February 2020 (https://smartenergycodecompany.co.uk/modifications/adt-and-exit-quarantine-file-delivery-mechanism/)',
      '"introducing a new ‘Development Stage’ at the beginning of the Modification Process overseen by a ‘Change Sub-Committee’"; "the start of an improved Modification Process at the beginning of November" (https://smartenergycodecompany.co.uk/newsletter/sec-newsletter-august-2018/)',
      '"When a problem statement is fully defined and been approved by the Change Sub-Committee, the Draft Proposal is ready to progress to a Modification Proposal." (https://smartenergycodecompany.co.uk/about-sec-change-2/)',
    ],
    note: "one proposal in the record shows a month between its first and its deciding Change Sub-Committee; the Sub-Committee's own meeting dates are not modelled",
  }),
};

/** The first day of December on which no meeting is projected. */
export const NO_MEETING_FROM_DECEMBER = 20;

/** No projected meeting in the last weeks of December. */
export const NO_MEETING_AT_CHRISTMAS: Assumption = {
  id: 'no-meeting-at-christmas',
  rule: `no Panel or Change Board meeting is projected on or after ${NO_MEETING_FROM_DECEMBER} December: a December meeting the rule would put then is projected a week earlier`,
  default: 'every projection (SEC_PANEL, SEC_CHANGE_BOARD, meetingCalendar)',
  parameter: 'MeetingCalendar.meetings (known dates replace the projection of their month)',
  source: /* @__PURE__ */ cite(SEC_PANEL_PAPERS, undefined, {
    status: 'unconfirmed',
    records: [
      'the one December meeting the record shows: the Panel of 13 December 2019 (https://smartenergycodecompany.co.uk/modifications/northbound-application-traffic-management-alert-storm-protection/)',
    ],
    note: 'no stored page shows a Panel or Change Board meeting in the last two weeks of December, and none says there is none',
  }),
};
