/**
 * Matchers for test suites: `expect.extend(matchers)` (vitest, or jest: the same protocol), or import
 * `secmod/vitest/setup` once to register them with vitest. A failing matcher prints what a person needs
 * to fix the input: each problem on a line, with its path; never a JSON dump.
 *
 * @example
 * import { expect } from 'vitest';
 * import { matchers } from 'secmod/vitest';
 * expect.extend(matchers);
 * expect(proposedTimetable).toBeValidTimetable({ panelMeetings });
 *
 * @module vitest
 */
import { deepFreeze } from '../internal/freeze.js';
import { isSecmodError, type LifecycleErrorCode, type SecmodErrorCode } from '../errors/secmod-error.js';
import type { Issue } from '../errors/issue.js';
import { show } from '../internal/check.js';
import type { TransitionResult } from '../lifecycle/types.js';
import { stepLine } from '../standstill/explain.js';
import type { Standstill } from '../standstill/types.js';
import { validateTimetable, type ValidateTimetableOptions } from '../timetable/validate.js';
import type { Timetable } from '../timetable/types.js';
import { unknownIssueCode, type SecmodIssueCode } from './issue-codes.js';

export { addIssueCodes, SECMOD_ISSUE_CODES, type SecmodIssueCode } from './issue-codes.js';

/** Options of `toBeValidTimetable`: those of `validateTimetable`, and whether warnings fail. */
export type ValidTimetableOptions = ValidateTimetableOptions & {
  /** `'fail'`: a warning fails the assertion too; default: only errors do. */
  readonly warnings?: 'fail' | 'pass' | undefined;
};

/**
 * The codes `toHaveIssue` takes on a received value of type `T`: on a list of typed issues (what
 * `validateTimetable`, with your rules too, `validateReleaseScope` or a parser's error returns), the
 * codes those issues can have; otherwise (an untyped list, `Issue[]`, `any`) every
 * {@link SecmodIssueCode}.
 *
 * @example
 * // The codes of release-scope issues, 'scoped-twice' and the rest: a typo of one does not compile.
 * type Codes = IssueCodeOf<ReleaseScopeIssue[]>;
 * const code: Codes = 'unknown-release';
 */
export type IssueCodeOf<T> = 0 extends 1 & T
  ? SecmodIssueCode
  : T extends readonly (infer I)[]
    ? [I] extends [never]
      ? SecmodIssueCode
      : I extends { readonly code: infer C extends string }
        ? string extends C
          ? SecmodIssueCode
          : C
        : SecmodIssueCode
    : SecmodIssueCode;

/**
 * `C`, which TypeScript does not infer from the argument (so a typo is not taken for a code of one's
 * own): a code of your own is named as a type argument, `toHaveIssue<'my-code'>('my-code')`.
 */
export type NamedCode<C> = [C][C extends unknown ? 0 : never];

/**
 * What the matchers add to `expect(...)`: `R` is what a matcher returns, `T` the type of the value
 * `expect` received (vitest passes it), which types `toHaveIssue`'s code.
 */
export interface SecmodMatchers<R = unknown, T = unknown> {
  /** The timetable has no error issue under `validateTimetable` with these options (and no warning with `{ warnings: 'fail' }`). */
  toBeValidTimetable(options?: ValidTimetableOptions): R;
  /**
   * The issues include one with this code (and, when given, these fields: `path`, `severity`, the code's
   * figures). The code is one the received issues can have ({@link IssueCodeOf}), or `C`, named as a
   * type argument (`toHaveIssue<'my-code'>('my-code')`). A code that no issue in the list has and that
   * is none of secmod's (nor given to {@link addIssueCodes}) fails, with `.not` too, naming the nearest
   * known code: a typo never passes.
   */
  toHaveIssue<C extends string = never>(
    code: IssueCodeOf<T> | NamedCode<C>,
    partial?: Readonly<Record<string, unknown>>,
  ): R;
  /** The `TransitionResult` is a refusal (with this code, when given). */
  toBeRefused(code?: LifecycleErrorCode): R;
  /** The `TransitionResult` is accepted. */
  toBeAccepted(): R;
  /** Calling the function throws a `SecmodError` (with this code, when given). */
  toThrowSecmodError(code?: SecmodErrorCode): R;
  /** The standstill ends on this date. */
  toEndOn(date: string): R;
}

/** The part of vitest's and jest's matcher context the matchers read. */
export interface MatcherContext {
  readonly isNot: boolean;
}

/** What a matcher returns: whether it passed, and the message for a person. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

const where = (i: Issue) => (i.path.length === 0 ? '(timetable)' : i.path.join('.'));
const lines = (issues: readonly Issue[]) =>
  issues.map((i) => `  ${i.severity.padEnd(7)} ${where(i).padEnd(26)} ${i.code}: ${i.message}`).join('\n');
const figures = (i: Issue) => {
  const { code: _c, severity: _s, message: _m, path: _p, source: _src, ...rest } = i as Issue & Record<string, unknown>;
  return Object.keys(rest).length === 0 ? '' : ` ${JSON.stringify(rest)}`;
};

/** Whether every key of `partial` has the same value in `issue` (arrays and paths compared item by item). */
function matches(issue: Issue, partial: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(partial).every(([key, want]) => {
    const got = (issue as unknown as Record<string, unknown>)[key];
    return JSON.stringify(got) === JSON.stringify(want);
  });
}

function isTransitionResult(value: unknown): value is TransitionResult {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The matchers, for `expect.extend(matchers)`. */
export const matchers = /* @__PURE__ */ deepFreeze({
  toBeValidTimetable(this: MatcherContext, received: Timetable, options: ValidTimetableOptions = {}): MatcherResult {
    const { warnings, ...validateOptions } = options;
    // No options of validateTimetable's: it checks by the SEC defaults, as validateTimetable(t) does.
    const issues =
      Object.keys(validateOptions).length === 0
        ? validateTimetable(received)
        : validateTimetable(received, validateOptions);
    const failing = issues.filter((i) => i.severity === 'error' || warnings === 'fail');
    const name = typeof received?.proposal === 'string' ? received.proposal : 'the timetable';
    return {
      pass: failing.length === 0,
      message: () =>
        failing.length === 0
          ? `expected ${name} not to be a valid timetable, but validateTimetable found no ${warnings === 'fail' ? 'issue' : 'error'}`
          : `expected ${name} to be a valid timetable; validateTimetable found ${failing.length} problem(s):\n${lines(failing)}`,
    };
  },

  toHaveIssue(
    this: MatcherContext,
    received: readonly Issue[],
    code: string,
    partial: Readonly<Record<string, unknown>> = {},
  ): MatcherResult {
    const list = Array.isArray(received) ? (received as readonly Issue[]) : [];
    const unknown = unknownIssueCode(
      code,
      list.map((i) => i?.code),
    );
    // Fails whether or not the assertion is negated: `.not` of a typo would pass for ever.
    if (unknown !== undefined) return { pass: this.isNot, message: () => unknown };
    const withCode = list.filter((i) => i.code === code);
    const pass = withCode.some((i) => matches(i, partial));
    const wanted = `${code}${Object.keys(partial).length === 0 ? '' : ` ${JSON.stringify(partial)}`}`;
    return {
      pass,
      message: () =>
        pass
          ? `expected no ${wanted} issue, but found:\n${lines(withCode.filter((i) => matches(i, partial)))}`
          : withCode.length > 0
            ? `expected a ${wanted} issue; the ${code} issues differ:\n${withCode.map((i) => `  ${where(i)}:${figures(i)} ${i.message}`).join('\n')}`
            : `expected a ${wanted} issue; the issues are:\n${list.length === 0 ? '  (none)' : lines(list)}`,
    };
  },

  toBeRefused(this: MatcherContext, received: TransitionResult, code?: LifecycleErrorCode): MatcherResult {
    if (!isTransitionResult(received)) {
      return { pass: false, message: () => 'expected a TransitionResult { ok, state | error }' };
    }
    const pass = !received.ok && (code === undefined || received.error.code === code);
    return {
      pass,
      message: () =>
        received.ok
          ? `expected the transition to be refused${code === undefined ? '' : ` with ${code}`}, but it was accepted: the proposal is ${received.state.stage} since ${received.state.since}`
          : pass
            ? `expected the transition not to be refused${code === undefined ? '' : ` with ${code}`}, but it was: ${received.error.code}: ${received.error.message}`
            : `expected a refusal with ${code}, got ${received.error.code}: ${received.error.message}`,
    };
  },

  toBeAccepted(this: MatcherContext, received: TransitionResult): MatcherResult {
    if (!isTransitionResult(received)) {
      return { pass: false, message: () => 'expected a TransitionResult { ok, state | error }' };
    }
    return {
      pass: received.ok,
      message: () =>
        received.ok
          ? `expected the transition to be refused, but it was accepted: the proposal is ${received.state.stage} since ${received.state.since}`
          : `expected the transition to be accepted, but it was refused: ${received.error.code} at ${received.error.path.join('.') || '(event)'}: ${received.error.message}`,
    };
  },

  toThrowSecmodError(this: MatcherContext, received: () => unknown, code?: SecmodErrorCode): MatcherResult {
    let thrown: unknown;
    let threw = false;
    try {
      received();
    } catch (error) {
      threw = true;
      thrown = error;
    }
    const secmod = isSecmodError(thrown) ? thrown : undefined;
    const pass = secmod !== undefined && (code === undefined || secmod.code === code);
    return {
      pass,
      message: () =>
        !threw
          ? `expected a SecmodError${code === undefined ? '' : ` with code ${code}`}, but nothing was thrown`
          : secmod === undefined
            ? `expected a SecmodError${code === undefined ? '' : ` with code ${code}`}, but got ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : typeof thrown === 'string' ? thrown : show(thrown)}`
            : pass
              ? `expected no SecmodError${code === undefined ? '' : ` with code ${code}`}, but got ${secmod.code} at ${secmod.path.join('.') || '(input)'}: ${secmod.message}`
              : `expected a SecmodError with code ${code}, got ${secmod.code} at ${secmod.path.join('.') || '(input)'}: ${secmod.message}`,
    };
  },

  toEndOn(this: MatcherContext, received: Standstill, date: string): MatcherResult {
    const pass = received?.endsOn === date;
    const skipped =
      received?.skipped === undefined || received.skipped.length === 0
        ? 'no day skipped'
        : `skipped ${received.skipped.map((s) => `${s.date} (${s.holiday ?? s.reason})`).join(', ')}`;
    // Every step with its reason and source (the TRIS "+1 day" among them), one a line.
    const steps = Array.isArray(received?.steps) ? received.steps.map((s) => `\n  ${stepLine(s)}`).join('') : '';
    return {
      pass,
      message: () =>
        `expected the standstill ${pass ? 'not ' : ''}to end on ${typeof date === 'string' ? date : show(date)}; it ends on ${received?.endsOn} (${received?.convention} convention): received ${received?.receivedOn}, plus ${received?.months} months is ${received?.nominalEndsOn}, ${skipped}${steps}`,
    };
  },
});

declare module 'vitest' {
  // vitest passes the received value's type as `T`, so `toHaveIssue` is typed by the issues received.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends SecmodMatchers<void, T> {}
}
