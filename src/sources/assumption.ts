import type { Citation } from './citation.js';

/** A rule that is `observed` or `unconfirmed`, and how to replace it. */
export interface Assumption {
  /** Stable id, e.g. `appeal-window`. */
  readonly id: string;
  /** What secmod assumes, in one sentence. */
  readonly rule: string;
  /** The default secmod uses. */
  readonly default: string;
  /** The parameter that overrides it; `null` where secmod has none (the rule is fixed in its tables). */
  readonly parameter: string | null;
  readonly source: Citation;
}
