import type { Citation } from '../errors/citation.js';

const DIRECTIVE = 'Directive (EU) 2015/1535';
const DIRECTIVE_URL = 'https://eur-lex.europa.eu/eli/dir/2015/1535/oj';
const REGULATION = 'Regulation (EEC, Euratom) No 1182/71';
const REGULATION_URL = 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj';

/** Directive (EU) 2015/1535, one clause. */
export function directive(clause: string, note?: string): Citation {
  return { document: DIRECTIVE, clause, url: DIRECTIVE_URL, ...(note === undefined ? {} : { note }) };
}

/** Regulation (EEC, Euratom) No 1182/71 (periods, dates and time limits), one clause. */
export function regulation1182(clause: string, note?: string): Citation {
  return { document: REGULATION, clause, url: REGULATION_URL, ...(note === undefined ? {} : { note }) };
}

/** The TRIS publication convention: observed, not written law. */
export const TRIS_CONVENTION: Citation = {
  document: 'TRIS published end-of-standstill dates (eutr database, J. C. Fjelstul 2021)',
  note: 'observed on the 2012-2017 notifications: end = addMonths(received, N) + 1 day, then the next day that is neither a weekend nor a holiday of the Commission core set or the notifying state',
};
