/**
 * The standing of what secmod takes from a source:
 * - `enacted`: the text of the law or rule was read, and the code follows it;
 * - `observed`: inferred from records (the records are named in `records`), not from a rule's text;
 * - `unconfirmed`: could not be checked against the primary text; the default is a parameter.
 */
export type SourceStatus = 'enacted' | 'observed' | 'unconfirmed';

/** The three standings, strongest first. */
export const SOURCE_STATUSES = /* @__PURE__ */ Object.freeze([
  'enacted',
  'observed',
  'unconfirmed',
] as const satisfies readonly SourceStatus[]);

/**
 * Where a rule comes from: the legal text, policy or record it implements, and how firmly secmod knows it.
 *
 * Every rule in secmod carries one (law-as-code style), so that a result can be traced back to the clause
 * that produced it. secmod's own citations are made in `secmod/sources` and listed there (`sources`,
 * `assumptions()`).
 *
 * @example
 * const art3: Citation = {
 *   document: 'Regulation (EEC, Euratom) No 1182/71',
 *   clause: 'Art. 3(4)',
 *   url: 'https://eur-lex.europa.eu/eli/reg/1971/1182/oj',
 *   status: 'enacted',
 * };
 */
export interface Citation {
  /** The document: an Act, a Directive, a code section, a policy, a record, a data set. */
  readonly document: string;
  /** The clause, article, section or schedule within the document. */
  readonly clause?: string | undefined;
  /** A stable address for the document, where there is one. */
  readonly url?: string | undefined;
  /** How firmly the rule is known: read in the text, inferred from records, or unconfirmed. */
  readonly status: SourceStatus;
  /** For an `observed` rule: the records it was inferred from (modification ids, paper references, data sets). */
  readonly records?: readonly string[] | undefined;
  /** Anything else a reader needs to know. */
  readonly note?: string | undefined;
}
