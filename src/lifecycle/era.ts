import type { Citation } from '../errors/citation.js';
import { parseDay } from '../internal/days.js';
import { secD, SECTION_D_REVIEW } from './sources.js';

/**
 * The process era a proposal follows: the one in force on its raised date.
 * - `original`: until 31 October 2018 (Raised, Initial Modification Report, Refinement, ...);
 * - `section-d-review`: from 1 November 2018 (Draft Proposal in the Development Stage, then conversion).
 */
export type Era = 'original' | 'section-d-review';

/** One era and the date it took effect. */
export interface EraVersion {
  readonly era: Era;
  readonly from: string;
  readonly source: Citation;
}

/** The eras as dated data, oldest first. */
export const ERAS: readonly EraVersion[] = [
  {
    era: 'original',
    from: '0001-01-01',
    source: secD('D', 'the modification process as it stood until 31 October 2018'),
  },
  { era: 'section-d-review', from: '2018-11-01', source: SECTION_D_REVIEW },
];

/**
 * The era in force on a date.
 *
 * @example
 * eraOn('2017-10-13'); // 'original'
 * eraOn('2019-09-10'); // 'section-d-review'
 */
export function eraOn(date: string): Era {
  const day = parseDay(date, ['date']);
  let era: Era = 'original';
  for (const version of ERAS) if (parseDay(version.from, []) <= day) era = version.era;
  return era;
}
