import type { Citation } from '../../errors/citation.js';

/** @see https://www.legislation.gov.uk/ukpga/1971/80/schedule/1 */
/* @__NO_SIDE_EFFECTS__ */
export function BFDA_1971(clause: string, note?: string): Citation {
  return {
    document: 'Banking and Financial Dealings Act 1971',
    clause,
    url: 'https://www.legislation.gov.uk/ukpga/1971/80/schedule/1',
    ...(note === undefined ? {} : { note }),
  };
}
/** Holidays appointed year by year by Royal Proclamation under s.1(3) of the 1971 Act. */
/* @__NO_SIDE_EFFECTS__ */
export function PROCLAMATION(note: string): Citation {
  return {
    document: 'Royal Proclamation under the Banking and Financial Dealings Act 1971, s.1(3) (The Gazette)',
    clause: 's.1(3)',
    url: 'https://www.legislation.gov.uk/ukpga/1971/80/section/1',
    note,
  };
}
/** Common-law holidays in England, Wales and Northern Ireland (not in the 1971 Schedule). */
export const COMMON_LAW: Citation = {
  document: 'Common law (customary holiday)',
  note: 'Christmas Day and Good Friday are common-law holidays in England, Wales and Northern Ireland',
};

export const GOV_UK_FEED: Citation = {
  document: 'UK bank holidays (gov.uk bank-holidays feed)',
  url: 'https://www.gov.uk/bank-holidays',
  note: 'the rules reproduce every date of the feed for 2012-2028',
};

export const ST_ANDREWS_2007: Citation = {
  document: "St Andrew's Day Bank Holiday (Scotland) Act 2007",
  clause: 's.1',
  url: 'https://www.legislation.gov.uk/asp/2007/2',
};
