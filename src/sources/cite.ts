/**
 * One citation function per document cited clause by clause: the document's title, address and
 * standing come from `documents.ts`; the call gives the clause and what the rule takes from it.
 */
import type { Citation } from './citation.js';
import {
  BFDA_1971,
  cite,
  DIRECTIVE_2015_1535,
  REGULATION_1182_71,
  ROYAL_PROCLAMATIONS,
  SEC_RELEASE_PAGES,
  SEC_SECTION_D,
  type CiteOptions,
} from './documents.js';

/** The Smart Energy Code, Section D, one clause (observed from the reports and records unless said otherwise). */
/* @__NO_SIDE_EFFECTS__ */
export function secD(clause: string, note?: string, options: Omit<CiteOptions, 'note'> = {}): Citation {
  return cite(SEC_SECTION_D, clause, { ...options, ...(note === undefined ? {} : { note }) });
}

/** Directive (EU) 2015/1535, one clause. */
/* @__NO_SIDE_EFFECTS__ */
export function directive(clause: string, note?: string): Citation {
  return cite(DIRECTIVE_2015_1535, clause, note === undefined ? {} : { note });
}

/** Regulation (EEC, Euratom) No 1182/71 (periods, dates and time limits), one clause. */
/* @__NO_SIDE_EFFECTS__ */
export function regulation1182(clause: string, note?: string): Citation {
  return cite(REGULATION_1182_71, clause, note === undefined ? {} : { note });
}

/** The Banking and Financial Dealings Act 1971, one clause. */
/* @__NO_SIDE_EFFECTS__ */
export function bfda1971(clause: string, note?: string): Citation {
  return cite(BFDA_1971, clause, note === undefined ? {} : { note });
}

/** A holiday appointed by Royal Proclamation under s.1(3) of the 1971 Act. */
/* @__NO_SIDE_EFFECTS__ */
export function proclamation(note: string): Citation {
  return cite(ROYAL_PROCLAMATIONS, 's.1(3)', { note, records: ['gov.uk bank-holidays feed'] });
}

/** A fact of the SEC release calendar, observed on the SEC release pages. */
/* @__NO_SIDE_EFFECTS__ */
export function releasePages(note: string, records?: readonly string[]): Citation {
  return cite(SEC_RELEASE_PAGES, undefined, { note, ...(records === undefined ? {} : { records }) });
}

/** A notified measure may not be adopted before its standstill ends: cited by every check that applies it. */
export const STANDSTILL_BARS_ADOPTION: Citation = /* @__PURE__ */ directive(
  'Art. 6',
  'the measure may not be adopted before the end of the standstill period',
);
