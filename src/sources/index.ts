/**
 * Where secmod's rules come from: every document it cites with the standing of what it takes from it,
 * the rules it could only observe or could not confirm (each with the parameter that overrides it), and
 * the dated-rule primitive its versioned tables share.
 *
 * @module sources
 */
import { deepFreeze } from '../internal/freeze.js';
import { checkOneOf } from '../internal/check.js';
import type { SourceStatus } from './citation.js';
import * as A from './assumptions.js';
import * as D from './documents.js';

export { SOURCE_STATUSES, type Citation, type SourceStatus } from './citation.js';
export type { SourceDocument } from './documents.js';

/** A document in the register of sources, with why it has its standing. */
export interface SourceEntry extends D.SourceDocument {
  /** Stable id, e.g. `sec-section-d`. */
  readonly id: string;
  /** Why the document has its standing: what was read, or which records the rules were inferred from. */
  readonly standing: string;
}
export type { Assumption } from './assumptions.js';
export { inForce, type Version, type Versions } from './dated.js';
// The record's horizon reads the release policy and the meeting calendars (layers above sources/): this
// entry point, above every layer, exports it from there.
export { recordHorizon, type HorizonEntry, type RecordHorizon } from '../releases/horizon.js';

/**
 * Every document secmod cites, with its standing: `enacted` (its text was read), `observed` (inferred
 * from records) or `unconfirmed`.
 *
 * @example
 * sources.filter((s) => s.status === 'enacted').map((s) => s.title);
 * // ['Directive (EU) 2015/1535', 'Regulation (EEC, Euratom) No 1182/71', ...]
 */
export const sources: readonly SourceEntry[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'sec-section-a',
    ...D.SEC_SECTION_A,
    standing: 'the definition of Working Day could not be checked; the calendar is a parameter',
  },
  { id: 'sec-section-c', ...D.SEC_SECTION_C, standing: 'the Panel decides at its meetings, as its papers show' },
  {
    id: 'sec-section-d',
    ...D.SEC_SECTION_D,
    standing:
      "the Code's text could not be checked; the process is as the Code Administrator's reports and the modification records show it",
  },
  {
    id: 'secmp0034',
    ...D.SECMP0034,
    standing: 'the durations it set could not be checked against the Code; 20 and 60 Working Days are defaults',
  },
  {
    id: 'secmp0049',
    ...D.SECMP0049,
    standing:
      'the date and the new stages are read from the modification records (DP and MP numbering from November 2018)',
  },
  {
    id: 'sec-release-pages',
    ...D.SEC_RELEASE_PAGES,
    standing:
      'release dates and lead times are read from the releases; the Release Management Policy text was not found',
  },
  {
    id: 'secp-49-1310-11',
    ...D.STATUS_REPORT_2017_10,
    standing: 'a record: the report for the Panel meeting of 13 October 2017',
  },
  { id: 'directive-2015-1535', ...D.DIRECTIVE_2015_1535, standing: 'Art. 5 and 6 were read' },
  { id: 'regulation-1182-71', ...D.REGULATION_1182_71, standing: 'Art. 3 was read' },
  {
    id: 'withdrawal-agreement-ni-protocol',
    ...D.NI_PROTOCOL,
    standing: 'that Directive (EU) 2015/1535 applies in respect of Northern Ireland only could not be checked',
  },
  {
    id: 'tris-records',
    ...D.TRIS_RECORDS,
    standing: 'the end-date convention and the non-working days are inferred from the published dates of 2012-2020',
  },
  {
    id: 'ec-holidays',
    ...D.EC_HOLIDAYS,
    standing:
      'Staff Regulations Art. 61: the days are fixed by agreement between the institutions; the rules are the pattern of the annual lists',
  },
  { id: 'bfda-1971', ...D.BFDA_1971, standing: 'Schedule 1 was read' },
  {
    id: 'royal-proclamations',
    ...D.ROYAL_PROCLAMATIONS,
    standing: 'each proclamation is known by the holiday it appointed, as the gov.uk feed lists it',
  },
  {
    id: 'common-law',
    ...D.COMMON_LAW,
    standing: 'Christmas Day and Good Friday are common-law holidays in England, Wales and Northern Ireland',
  },
  {
    id: 'gov-uk-bank-holidays',
    ...D.GOV_UK_BANK_HOLIDAYS,
    standing: 'the rules reproduce every date of the feed for 2012-2028',
  },
  { id: 'st-andrews-day-2007', ...D.ST_ANDREWS_2007, standing: 's.1 was read' },
  {
    id: 'sec-panel-papers',
    ...D.SEC_PANEL_PAPERS,
    standing:
      'meeting dates are read from paper references and the public record; the Panel’s rules for papers were not found',
  },
  {
    id: 'sec-website-pages',
    ...D.SEC_WEBSITE_PAGES,
    standing:
      'meeting dates and process facts are read from stored pages, each cited by its address and words (docs/meetings.md, docs/process.md)',
  },
  {
    id: 'sec-change-board-records',
    ...D.SEC_CHANGE_BOARD_RECORDS,
    standing: 'meeting dates are read from the public record and the status reports',
  },
  {
    id: 'date-holidays',
    ...D.DATE_HOLIDAYS_PACKAGE,
    standing: 'a community-kept data set of public holidays; secmod uses it for states other than the UK',
  },
]);

/** The standings `assumptions` accepts: an assumption is never `enacted`. */
const ASSUMPTION_STATUSES: readonly Exclude<SourceStatus, 'enacted'>[] = ['observed', 'unconfirmed'];

const ASSUMPTIONS: readonly A.Assumption[] = [
  A.MODIFICATION_PROCESS,
  A.APPEAL_WINDOW,
  A.CHANGE_BOARD_VOTE,
  A.WORKING_DAY,
  A.DCC_TIMESCALES_ASSUMPTION,
  A.RELEASE_CALENDAR,
  A.EC_NOTIFICATION_AFTER_2020,
  A.TRIS_CONVENTION_ASSUMPTION,
  A.TRIS_HOLIDAYS,
  A.TRIS_ADOPTABLE_FROM,
  A.TRIS_NORTHERN_IRELAND,
  A.PAPER_DEADLINE,
  A.PANEL_MEETING_PROJECTION,
  A.CHANGE_BOARD_MEETING_PROJECTION,
  A.WORKING_GROUP_CADENCE,
  A.AUTHORITY_DECISION_TIME,
  A.DEVELOPMENT_STAGE,
  A.NO_MEETING_AT_CHRISTMAS,
];

/**
 * The rules secmod's answers rest on that are `observed` or `unconfirmed` (optionally of one standing),
 * each with its default and the parameter that overrides it: what to check before relying on an answer.
 *
 * @example
 * assumptions('unconfirmed').map((a) => `${a.id}: ${a.parameter}`);
 * // ['appeal-window: LifecycleOptions.appealWindowWorkingDays', ...]
 * @throws {SecmodError} `invalid-argument` for a standing other than `observed` or `unconfirmed`.
 */
export function assumptions(status?: Exclude<SourceStatus, 'enacted'>): A.Assumption[] {
  if (status !== undefined) checkOneOf(status, ASSUMPTION_STATUSES, ['status'], 'standing of an assumption');
  return ASSUMPTIONS.filter((a) => status === undefined || a.source.status === status);
}
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export { type SourcesErrorCode } from '../errors/index.js';
