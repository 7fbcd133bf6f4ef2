import { deepFreeze } from '../internal/freeze.js';
import { isoDateOf } from '../internal/days.js';
import { secD } from '../sources/cite.js';
import { cite, SECMP0049, SECTION_D_REVIEW_FROM } from '../sources/documents.js';
import { inForce, type Version, type Versions } from '../sources/dated.js';

/**
 * The process era a proposal follows: the one in force on its raised date ({@link ERAS} has the dates).
 * - `original`: Raised, Initial Modification Report, Refinement, ...;
 * - `section-d-review`: a Draft Proposal in the Development Stage, then conversion to a Modification Proposal.
 */
export type Era = 'original' | 'section-d-review';

/** One era and the day it took effect. */
export type EraVersion = Version<Era>;

/** The eras as a dated rule, oldest first. */
export const ERAS: Versions<Era> = /* @__PURE__ */ deepFreeze([
  {
    from: isoDateOf('0001-01-01'),
    value: 'original',
    source: secD('D', 'the modification process before the Section D Review', {
      records: ['SECP_49_1310_11 (the process as the October 2017 report shows it)'],
    }),
  },
  {
    from: SECTION_D_REVIEW_FROM,
    value: 'section-d-review',
    source: cite(SECMP0049, undefined, {
      note: 'introduced Draft Proposals, the Development Stage and the Change Sub-Committee; the record gives "the beginning of November" 2018 for it, and 1 November 2018 for the Section D change that came with it (SECMP0034)',
      records: [
        'DP and MP numbering from November 2018',
        '"In August, the Change Board recommended to the Authority that SECMP0049 ... should be approved"; "the start of an improved Modification Process at the beginning of November" (https://smartenergycodecompany.co.uk/newsletter/sec-newsletter-august-2018/)',
        '"This modification was implemented on 1 November 2018" (https://smartenergycodecompany.co.uk/modifications/changes-to-the-sec-section-d-for-dcc-analysis-provisions/)',
      ],
    }),
  },
]);

/**
 * The era in force on a date.
 *
 * @throws {SecmodError} `invalid-date`.
 * @example
 * eraOn('2017-10-13'); // 'original'
 * eraOn('2019-09-10'); // 'section-d-review'
 */
export function eraOn(date: string): Era {
  return inForce(ERAS, date, ['date']).value;
}
