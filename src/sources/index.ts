/**
 * Where secmod's rules come from: every document it cites with the standing of what it takes from it,
 * the rules it could only observe or could not confirm (each with the parameter that overrides it), and
 * the dated-rule primitive its versioned tables share.
 *
 * @module sources
 */
import type { SourceStatus } from './citation.js';
import * as A from './assumptions.js';
import * as D from './documents.js';

export { SOURCE_STATUSES, type Citation, type SourceStatus } from './citation.js';
export type { SourceDocument } from './documents.js';
export type { Assumption } from './assumptions.js';
export { inForce, type Version, type Versions } from './dated.js';

/**
 * Every document secmod cites, with its standing: `enacted` (its text was read), `observed` (inferred
 * from records) or `unconfirmed`.
 *
 * @example
 * sources.filter((s) => s.status === 'enacted').map((s) => s.title);
 * // ['Directive (EU) 2015/1535', 'Regulation (EEC, Euratom) No 1182/71', ...]
 */
export const sources: readonly D.SourceDocument[] = [
  D.SEC_SECTION_A,
  D.SEC_SECTION_C,
  D.SEC_SECTION_D,
  D.SECMP0034,
  D.SECMP0049,
  D.SEC_RELEASE_PAGES,
  D.STATUS_REPORT_2017_10,
  D.DIRECTIVE_2015_1535,
  D.REGULATION_1182_71,
  D.NI_PROTOCOL,
  D.TRIS_RECORDS,
  D.EC_HOLIDAYS,
  D.BFDA_1971,
  D.ROYAL_PROCLAMATIONS,
  D.COMMON_LAW,
  D.GOV_UK_BANK_HOLIDAYS,
  D.ST_ANDREWS_2007,
  D.DATE_HOLIDAYS_PACKAGE,
];

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
];

/**
 * The rules secmod's answers rest on that are `observed` or `unconfirmed` (optionally of one standing),
 * each with its default and the parameter that overrides it: what to check before relying on an answer.
 *
 * @example
 * assumptions('unconfirmed').map((a) => `${a.id}: ${a.parameter}`);
 * // ['appeal-window: LifecycleOptions.appealWindowWorkingDays', ...]
 */
export function assumptions(status?: Exclude<SourceStatus, 'enacted'>): A.Assumption[] {
  return ASSUMPTIONS.filter((a) => status === undefined || a.source.status === status);
}
