/**
 * Where a rule comes from: the legal text, policy or record it implements.
 *
 * Every rule in secmod carries one (law-as-code style), so that a result can be
 * traced back to the clause that produced it.
 *
 * @example
 * const art3: Citation = {
 *   document: 'Regulation (EEC, Euratom) No 1182/71',
 *   clause: 'Art. 3(4)',
 * };
 */
export interface Citation {
  /** The document: an Act, a Directive, a policy, a data set. */
  readonly document: string;
  /** The clause, article, section or schedule within the document. */
  readonly clause?: string;
  /** A stable address for the document, where there is one. */
  readonly url?: string;
  /** Anything a reader needs to know: observed rather than written, unconfirmed, ... */
  readonly note?: string;
}
