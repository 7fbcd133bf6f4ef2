import type { Citation } from './citation.js';
import type { InputPath } from './secmod-error.js';

/**
 * One problem found by a checking function (`validate*`). Checking functions return every problem
 * as a plain array, never throwing on well-typed input, so a test suite can assert on them:
 *
 * @example
 * expect(validateTimetable(t, opts).map((i) => i.code)).toEqual(['milestones-out-of-order']);
 */
export interface Issue<C extends string = string> {
  /** Stable, machine-readable code. */
  readonly code: C;
  /** `error`: the input is wrong; `warning`: it is allowed but probably not meant. */
  readonly severity: 'error' | 'warning';
  /** One sentence for a person, naming the offending value. */
  readonly message: string;
  /** Where in the input the problem is. */
  readonly path: InputPath;
  /** The rule that was broken, where one applies. */
  readonly source?: Citation | undefined;
}

/**
 * The issues of a checking function as a union keyed on `code`, each with the typed fields its code
 * carries (as zod's issues do), so a test asserts on the figures without parsing the message:
 *
 * @example
 * const issue = validateTimetable(t, { minConsultationWorkingDays: 15 })[0];
 * if (issue?.code === 'consultation-too-short') issue.workingDays; // number
 */
export type IssueOf<Fields extends { readonly [C in keyof Fields]: object }> = {
  [C in keyof Fields & string]: Issue<C> & Readonly<Fields[C]>;
}[keyof Fields & string];
