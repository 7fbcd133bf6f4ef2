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
import {
  isSecmodError,
  type LifecycleErrorCode,
  type SecmodError,
  type SecmodErrorCode,
} from '../errors/secmod-error.js';
import type { Issue } from '../errors/issue.js';
import { checkObject, checkOneOf, checkString, firstHole, isRevokedProxy, show } from '../internal/check.js';
import type { TransitionResult } from '../lifecycle/types.js';
import { stepLine } from '../standstill/explain.js';
import type { Standstill, StandstillStep } from '../standstill/types.js';
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

/** The fields of a standstill step its line prints as text. */
const STEP_TEXT = ['date', 'kind', 'reason'] as const;
const isObjectLike = (v: unknown): boolean => (typeof v === 'object' && v !== null) || typeof v === 'function';

/** How many issues, skipped days or steps a message lists before it says how many more there are. */
const LISTED = 20;

/**
 * A field of a received value read safely: `undefined` for a value that is not an object, a revoked
 * Proxy, or a getter that throws. The received value is the caller's, anything at all.
 */
function field(value: unknown, key: string): unknown {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null || isRevokedProxy(value))
    return undefined;
  try {
    return (value as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A string as it is, cut at 200 characters; anything else as {@link show} describes it. */
const text = (value: unknown): string =>
  typeof value === 'string' ? (value.length > 200 ? `${value.slice(0, 200)}…` : value) : show(value);

/**
 * A value as JSON for a message, capped: 10 items of an array and 10 keys of an object, 40 values in
 * all (then `…`), strings cut at 60 characters, the whole at 200; a value JSON cannot hold (a cycle, a
 * BigInt, a throwing getter) as {@link show} says.
 */
function brief(value: unknown): string {
  let nodes = 0;
  try {
    const json = JSON.stringify(value, (_key, v: unknown) => {
      if (++nodes > 40) return '…';
      if (isRevokedProxy(v)) return 'a revoked Proxy';
      if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 60)}…` : v;
      if (Array.isArray(v)) return v.length > 10 ? [...v.slice(0, 10), `… (${v.length} in all)`] : v;
      if (typeof v === 'object' && v !== null) {
        const keys = Object.keys(v);
        if (keys.length > 10) {
          const first = keys.slice(0, 10).map((k) => [k, (v as Record<string, unknown>)[k]] as const);
          return Object.fromEntries([...first, ['…', `${keys.length} keys in all`]]);
        }
      }
      return v;
    });
    if (json === undefined) return show(value);
    return json.length > 200 ? `${json.slice(0, 200)}…` : json;
  } catch {
    return show(value);
  }
}

/** A path as `a.b.0`, each part a string or a number (anything else shown). */
function pathText(path: unknown): string {
  if (!Array.isArray(path)) return '';
  return path
    .slice(0, 20)
    .map((p) => (typeof p === 'string' || typeof p === 'number' ? String(p) : show(p)))
    .join('.');
}

const where = (i: unknown) => pathText(field(i, 'path')) || '(timetable)';
const line = (i: unknown) => {
  const severity = field(i, 'severity');
  return `  ${(typeof severity === 'string' ? text(severity) : show(severity)).padEnd(7)} ${where(i).padEnd(26)} ${text(field(i, 'code'))}: ${text(field(i, 'message'))}`;
};
/** One line an issue, at most {@link LISTED} of them. */
const listed = <T>(items: readonly T[], each: (item: T) => string): string =>
  items.slice(0, LISTED).map(each).join('\n') +
  (items.length > LISTED ? `\n  … and ${items.length - LISTED} more` : '');
const lines = (issues: readonly unknown[]) => listed(issues, line);
const figures = (i: unknown) => {
  if (typeof i !== 'object' || i === null || isRevokedProxy(i)) return '';
  try {
    const { code: _c, severity: _s, message: _m, path: _p, source: _src, ...rest } = i as Record<string, unknown>;
    return Object.keys(rest).length === 0 ? '' : ` ${brief(rest)}`;
  } catch {
    return '';
  }
};

/** JSON of a value for comparing, or `undefined` for one JSON cannot hold (which then matches nothing). */
function comparable(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/** Whether every key of `partial` has the same value in `issue` (arrays and paths compared item by item). */
function matches(issue: unknown, wanted: readonly (readonly [string, string | undefined])[]): boolean {
  return wanted.every(([key, want]) => want !== undefined && comparable(field(issue, key)) === want);
}

/** A message built safely: a matcher never throws while telling what went wrong. */
const safely =
  (build: () => string): (() => string) =>
  () => {
    try {
      return build();
    } catch (error) {
      return `the secmod matcher could not describe the received value (${error instanceof Error ? error.message : 'an error'})`;
    }
  };

/** The result for a received value that is not of the matcher's kind: it fails, negated or not. */
function junk(context: MatcherContext | undefined, expected: string, received: unknown): MatcherResult {
  return { pass: context?.isNot === true, message: () => `expected ${expected}, received ${show(received)}` };
}

/** A `TransitionResult`: `{ ok: true, state }` or `{ ok: false, error }`, with objects for both. */
function isTransitionResult(value: unknown): value is TransitionResult {
  const ok = field(value, 'ok');
  if (typeof ok !== 'boolean') return false;
  const inner = field(value, ok ? 'state' : 'error');
  return typeof inner === 'object' && inner !== null && !isRevokedProxy(inner);
}

const TRANSITION_RESULT = 'a TransitionResult { ok, state | error }';

/** An optional code argument: `undefined` or a non-empty string; otherwise the matcher's caller erred. */
function checkCode(code: unknown): void {
  if (code !== undefined) checkString(code, ['code'], 'an error code (a string) or nothing');
}

const accepted = (r: unknown) => {
  const state = field(r, 'state');
  return `the proposal is ${text(field(state, 'stage'))} since ${text(field(state, 'since'))}`;
};
const refusal = (r: unknown) => {
  const error = field(r, 'error');
  return `${text(field(error, 'code'))}: ${text(field(error, 'message'))}`;
};

/** The matchers, for `expect.extend(matchers)`. */
export const matchers = /* @__PURE__ */ deepFreeze({
  toBeValidTimetable(this: MatcherContext, received: Timetable, options?: ValidTimetableOptions): MatcherResult {
    const given = options === undefined ? {} : checkObject<ValidTimetableOptions>(options, ['options'], 'options');
    const { warnings, ...validateOptions } = given;
    if (warnings !== undefined) checkOneOf(warnings, ['fail', 'pass'], ['options', 'warnings'], 'warnings setting');
    let issues: readonly Issue[];
    try {
      // No options of validateTimetable's: it checks by the SEC defaults, as validateTimetable(t) does.
      issues =
        Object.keys(validateOptions).length === 0
          ? validateTimetable(received)
          : validateTimetable(received, validateOptions);
    } catch (error) {
      // A received value that is not a timetable fails; a bad option is the caller's error, thrown.
      if (isSecmodError(error) && error.path[0] === 'timetable')
        return { pass: this?.isNot === true, message: () => `expected a valid timetable; ${error.message}` };
      throw error;
    }
    const failing = issues.filter((i) => i.severity === 'error' || warnings === 'fail');
    const proposal = field(received, 'proposal');
    const name = typeof proposal === 'string' ? text(proposal) : 'the timetable';
    return {
      pass: failing.length === 0,
      message: safely(() =>
        failing.length === 0
          ? `expected ${name} not to be a valid timetable, but validateTimetable found no ${warnings === 'fail' ? 'issue' : 'error'}`
          : `expected ${name} to be a valid timetable; validateTimetable found ${failing.length} problem(s):\n${lines(failing)}`,
      ),
    };
  },

  toHaveIssue(
    this: MatcherContext,
    received: readonly Issue[],
    code: string,
    partial?: Readonly<Record<string, unknown>>,
  ): MatcherResult {
    const wantedFields =
      partial === undefined ? {} : checkObject<Record<string, unknown>>(partial, ['partial'], 'an object of fields');
    if (isRevokedProxy(received) || !Array.isArray(received)) return junk(this, 'an array of issues', received);
    // A sparse array (a length of 2 ** 32 - 1 holding nothing) would be walked by its length: refused at once.
    if (firstHole(received) >= 0) return junk(this, 'an array of issues without holes', received);
    const list = received as readonly unknown[];
    const codes = list.map((i) => field(i, 'code'));
    const unknown = unknownIssueCode(
      code,
      codes.filter((c): c is string => typeof c === 'string'),
    );
    // Fails whether or not the assertion is negated: `.not` of a typo would pass for ever.
    if (unknown !== undefined) return { pass: this?.isNot === true, message: () => unknown };
    const entries = Object.entries(wantedFields).map(([key, want]) => [key, comparable(want)] as const);
    const withCode = list.filter((_, i) => codes[i] === code);
    const pass = withCode.some((i) => matches(i, entries));
    const wanted = `${code}${entries.length === 0 ? '' : ` ${brief(wantedFields)}`}`;
    return {
      pass,
      message: safely(() =>
        pass
          ? `expected no ${wanted} issue, but found:\n${lines(withCode.filter((i) => matches(i, entries)))}`
          : withCode.length > 0
            ? `expected a ${wanted} issue; the ${code} issues differ:\n${listed(withCode, (i) => `  ${where(i)}:${figures(i)} ${text(field(i, 'message'))}`)}`
            : `expected a ${wanted} issue; the issues are:\n${list.length === 0 ? '  (none)' : lines(list)}`,
      ),
    };
  },

  toBeRefused(this: MatcherContext, received: TransitionResult, code?: LifecycleErrorCode): MatcherResult {
    checkCode(code);
    if (!isTransitionResult(received)) return junk(this, TRANSITION_RESULT, received);
    const ok = field(received, 'ok') === true;
    const pass = !ok && (code === undefined || field(field(received, 'error'), 'code') === code);
    return {
      pass,
      message: safely(() =>
        ok
          ? `expected the transition to be refused${code === undefined ? '' : ` with ${code}`}, but it was accepted: ${accepted(received)}`
          : pass
            ? `expected the transition not to be refused${code === undefined ? '' : ` with ${code}`}, but it was: ${refusal(received)}`
            : `expected a refusal with ${code}, got ${refusal(received)}`,
      ),
    };
  },

  toBeAccepted(this: MatcherContext, received: TransitionResult): MatcherResult {
    if (!isTransitionResult(received)) return junk(this, TRANSITION_RESULT, received);
    const ok = field(received, 'ok') === true;
    return {
      pass: ok,
      message: safely(() =>
        ok
          ? `expected the transition to be refused, but it was accepted: ${accepted(received)}`
          : `expected the transition to be accepted, but it was refused: ${text(field(field(received, 'error'), 'code'))} at ${pathText(field(field(received, 'error'), 'path')) || '(event)'}: ${text(field(field(received, 'error'), 'message'))}`,
      ),
    };
  },

  toThrowSecmodError(this: MatcherContext, received: () => unknown, code?: SecmodErrorCode): MatcherResult {
    checkCode(code);
    if (typeof received !== 'function' || isRevokedProxy(received)) return junk(this, 'a function to call', received);
    let thrown: unknown;
    let threw = false;
    try {
      received();
    } catch (error) {
      threw = true;
      thrown = error;
    }
    const secmod = !isRevokedProxy(thrown) && isSecmodError(thrown) ? thrown : undefined;
    const pass = secmod !== undefined && (code === undefined || secmod.code === code);
    const other = (): string => {
      if (typeof thrown === 'string') return text(thrown);
      const name = field(thrown, 'name');
      const message = field(thrown, 'message');
      return typeof name === 'string' && typeof message === 'string' ? `${text(name)}: ${text(message)}` : show(thrown);
    };
    const got = (e: SecmodError) =>
      `${text(field(e, 'code'))} at ${pathText(field(e, 'path')) || '(input)'}: ${text(field(e, 'message'))}`;
    return {
      pass,
      message: safely(() =>
        !threw
          ? `expected a SecmodError${code === undefined ? '' : ` with code ${code}`}, but nothing was thrown`
          : secmod === undefined
            ? `expected a SecmodError${code === undefined ? '' : ` with code ${code}`}, but got ${other()}`
            : pass
              ? `expected no SecmodError${code === undefined ? '' : ` with code ${code}`}, but got ${got(secmod)}`
              : `expected a SecmodError with code ${code}, got ${got(secmod)}`,
      ),
    };
  },

  toEndOn(this: MatcherContext, received: Standstill, date: string): MatcherResult {
    checkString(date, ['date'], 'a "YYYY-MM-DD" date');
    if (typeof received !== 'object' || received === null || isRevokedProxy(received) || Array.isArray(received))
      return junk(this, 'a Standstill { endsOn, skipped, steps, ... }', received);
    const endsOn = field(received, 'endsOn');
    const pass = endsOn === date;
    return {
      pass,
      message: safely(() => {
        const skippedDays = field(received, 'skipped');
        const skipped =
          !Array.isArray(skippedDays) || skippedDays.length === 0
            ? 'no day skipped'
            : `skipped ${skippedDays
                .slice(0, LISTED)
                .map((s: unknown) => `${text(field(s, 'date'))} (${text(field(s, 'holiday') ?? field(s, 'reason'))})`)
                .join(', ')}${skippedDays.length > LISTED ? `, … (${skippedDays.length} in all)` : ''}`;
        // Every step with its reason and source (the TRIS "+1 day" among them), one a line.
        const stepList = field(received, 'steps');
        const steps = Array.isArray(stepList)
          ? stepList
              .slice(0, LISTED)
              .map((s: unknown) => {
                // A step whose date, kind or reason is an object is shown briefly: printed whole, a Proxy
                // claiming 2 ** 32 - 1 elements would be joined element by element.
                if (STEP_TEXT.some((k) => isObjectLike(field(s, k)))) return `\n  ${show(s)}`;
                try {
                  return `\n  ${stepLine(s as StandstillStep)}`;
                } catch {
                  return `\n  ${show(s)}`;
                }
              })
              .join('')
          : '';
        const [convention, receivedOn, months, nominal] = ['convention', 'receivedOn', 'months', 'nominalEndsOn'].map(
          (key) => text(field(received, key)),
        );
        return `expected the standstill ${pass ? 'not ' : ''}to end on ${date}; it ends on ${text(endsOn)} (${convention} convention): received ${receivedOn}, plus ${months} months is ${nominal}, ${skipped}${steps}`;
      }),
    };
  },
});

declare module 'vitest' {
  // vitest passes the received value's type as `T`, so `toHaveIssue` is typed by the issues received.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends SecmodMatchers<void, T> {}
}
