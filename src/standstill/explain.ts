import type { Citation } from '../sources/citation.js';
import type { StandstillStep } from './types.js';

/** @internal A citation as a reader looks it up: the document, its clause, and its standing when not enacted. */
export function citationLabel(c: Citation | undefined): string {
  if (typeof c !== 'object' || c === null) return 'no source';
  return `${c.document}${c.clause === undefined ? '' : ` ${c.clause}`}${c.status === 'enacted' ? '' : ` (${c.status})`}`;
}

/** @internal One step of a standstill, on one line: its date, its reason and what it rests on. */
export function stepLine(step: StandstillStep): string {
  return `${step?.date} ${step?.kind}: ${step?.reason} [${citationLabel(step?.source)}]`;
}
