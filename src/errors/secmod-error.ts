import type { Citation } from './citation.js';

/** A path into the caller's input: property names and array indices. */
export type InputPath = readonly (string | number)[];

/**
 * Error codes of the calendar module (`secmod/calendar`).
 * - `invalid-date`: a value that is not a real calendar date in `YYYY-MM-DD` form.
 * - `invalid-argument`: any other malformed argument (non-integer count, unknown calendar id, ...).
 * - `out-of-range`: a result that would leave the supported years 0001-9999.
 */
export type CalendarErrorCode = 'invalid-date' | 'invalid-argument' | 'out-of-range';

/**
 * Error codes of dated rules (`inForce`, `secmod/sources`).
 * - `before-first-version`: a day before the first version of a dated rule took effect;
 * - `no-version-in-force`: a day after a version that stopped, with no version after it.
 */
export type SourcesErrorCode = 'before-first-version' | 'no-version-in-force';

/**
 * Error codes of the meetings module (`secmod/meetings`).
 * - `no-meeting`: no meeting, known or projected, within 20 years of the date asked about.
 */
export type MeetingsErrorCode = 'no-meeting';

/**
 * Error codes of the standstill module (`secmod/standstill`) and its `date-holidays` adapter.
 * - `invalid-combination`: facts the Directive does not allow together (the message cites the article);
 * - `missing-calendar`: a notifying state other than the UK without a `stateCalendar`;
 * - `unknown-state`: a TRIS state code that cannot be mapped to a calendar.
 */
export type StandstillErrorCode = 'invalid-combination' | 'missing-calendar' | 'unknown-state';

/**
 * Error codes of the lifecycle module (`secmod/lifecycle`).
 * - `event-not-allowed`: the proposal's state does not admit the event;
 * - `path-forbids`: the state would, but the proposal's path does not (e.g. a Change Board decision on Path 2);
 * - `date-before-previous`: event dates may not go backwards;
 * - `appeal-window-closed`: an appeal raised after the window closed;
 * - `era-mismatch`: facts from one process era applied to a proposal of the other;
 * - `appeal-window-open`: an implementation dated while an appeal against the decision may still be raised;
 * - `release-mismatch`: an implementation dated other than the date of the release it names;
 * - `invalid-event`: a malformed event (unknown type, missing field);
 * - `invalid-state`: a malformed state (unknown stage, missing proposal facts);
 * - `invalid-options`: `LifecycleOptions` that cannot be used (a negative appeal window, a calendar that is not one);
 * - `no-votes-cast`: a Change Board tally in which nobody voted, which decides nothing;
 * - `invalid-events`: a history `parseEvents` cannot read; the error's `issues` lists every problem.
 */
export const LIFECYCLE_ERROR_CODES = /* @__PURE__ */ Object.freeze([
  'event-not-allowed',
  'path-forbids',
  'date-before-previous',
  'appeal-window-closed',
  'appeal-window-open',
  'release-mismatch',
  'era-mismatch',
  'invalid-event',
  'invalid-state',
  'invalid-options',
  'no-votes-cast',
  'invalid-events',
] as const);

/** One of {@link LIFECYCLE_ERROR_CODES}. */
export type LifecycleErrorCode = (typeof LIFECYCLE_ERROR_CODES)[number];

/**
 * Error codes of the releases module (`secmod/releases`).
 * - `before-first-policy`: a date or year before the first release-policy rule in force;
 * - `no-release`: no release satisfies the constraints within the search horizon.
 */
export type ReleasesErrorCode = 'before-first-policy' | 'no-release';

/**
 * Error codes of the timetable module (`secmod/timetable`).
 * - `invalid-extension`: an extension of zero, negative or fractional months, or agreed by anyone but the Panel;
 * - `moves-achieved-milestone`: an extension that would move a milestone already achieved;
 * - `invalid-timetable`: a timetable `parseTimetable` cannot read; the error's `issues` lists every problem;
 * - `phase-not-on-path`: `planTimetable` was asked for a phase the path does not have (DCC assessments on Fast-Track);
 * - `missing-option`: `planTimetable` needs an option the request makes necessary (a meeting calendar, a consultation length);
 * - `invalid-rule`: a timetable rule (`options.rules`, `defineTimetableRule`) that is malformed, throws, or
 *   answers with something other than findings or a plan move; the message names the rule's index and code;
 * - `no-plan`: `planTimetable` found no date that satisfies every rule (a rule of yours that no move within a
 *   year satisfies, or rules that keep moving a date).
 */
export type TimetableErrorCode =
  | 'invalid-extension'
  | 'moves-achieved-milestone'
  | 'invalid-timetable'
  | 'phase-not-on-path'
  | 'missing-option'
  | 'invalid-rule'
  | 'no-plan';

/**
 * Error codes of the register module (`secmod/register`).
 * - `invalid-register`: the register fails its schema, repeats an id, carries a forbidden key, or holds a
 *   history the lifecycle refuses; the error's `issues` lists every problem with its path.
 */
export type RegisterErrorCode = 'invalid-register';

/**
 * Error codes of the record module (`secmod/record`, `secmod/ical`).
 * - `invalid-record`: a record of meetings and releases that `parseRecord` cannot read (not JSON, CSV or
 *   iCalendar, a bad date, an unknown body, a duplicate, an unknown key); the error's `issues` lists every
 *   problem with its path (a JSON path, a CSV line and column, an iCalendar component).
 */
export type RecordErrorCode = 'invalid-record';

/**
 * Every error code secmod throws. Each module adds its own closed set; `switch`/`match` over it
 * exhaustively.
 */
export type SecmodErrorCode =
  | SourcesErrorCode
  | MeetingsErrorCode
  | CalendarErrorCode
  | StandstillErrorCode
  | LifecycleErrorCode
  | ReleasesErrorCode
  | TimetableErrorCode
  | RegisterErrorCode
  | RecordErrorCode;

const BRAND = Symbol.for('secmod.SecmodError');

/** Options of {@link SecmodError}. */
export interface SecmodErrorOptions {
  /** Where in the input the offending value is. */
  readonly path?: InputPath | undefined;
  /** The rule that the input broke, where one applies. */
  readonly source?: Citation | undefined;
  /** The underlying error, if any. */
  readonly cause?: unknown | undefined;
}

/**
 * The one error class secmod throws. It carries a stable `code` to branch on, the `path` of the
 * offending value in the input and, where a rule was broken, the `source` of that rule.
 *
 * Use {@link isSecmodError} rather than `instanceof` when the error may cross a copy of the library
 * (the ESM and the CJS build are two copies).
 *
 * @example
 * let code: string | undefined;
 * try {
 *   isoDate('2017-02-29');
 * } catch (error) {
 *   if (isSecmodError(error)) code = error.code;
 * }
 * code; // 'invalid-date'
 */
export class SecmodError<C extends string = SecmodErrorCode> extends Error {
  override readonly name = 'SecmodError';
  /** Stable, machine-readable code. */
  readonly code: C;
  /** Where in the input the offending value is (empty when the whole input is at fault). */
  readonly path: InputPath;
  /** The rule that was broken, where one applies. */
  declare readonly source?: Citation;

  constructor(code: C, message: string, options: SecmodErrorOptions | null = {}) {
    // `null` options are none (a raw TypeError from the error class itself would defeat its purpose).
    const o: SecmodErrorOptions = typeof options === 'object' && options !== null ? options : {};
    super(textOf(message), o.cause === undefined ? undefined : { cause: o.cause });
    this.code = code;
    this.path = o.path ?? [];
    if (o.source !== undefined) this.source = o.source;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** A message as text: a string as is, anything else (a Symbol, an object without a prototype) without a throw. */
function textOf(message: unknown): string {
  if (typeof message === 'string') return message;
  try {
    return String(message);
  } catch {
    return 'secmod error';
  }
}

/**
 * Whether a value is a {@link SecmodError} from any copy of secmod (ESM or CJS build), narrowed to the
 * closed union of codes; with a `code`, whether it is that error, narrowed to that code.
 *
 * @example
 * isSecmodError(new SecmodError('invalid-date', 'bad')); // true
 * isSecmodError(new Error('bad')); // false
 * if (isSecmodError(error, 'invalid-date')) error.code; // 'invalid-date'
 */
export function isSecmodError(value: unknown): value is SecmodError<SecmodErrorCode>;
export function isSecmodError<C extends SecmodErrorCode>(value: unknown, code: C): value is SecmodError<C>;
export function isSecmodError(value: unknown, code?: SecmodErrorCode): boolean {
  if (typeof value !== 'object' || value === null) return false;
  try {
    // A type guard never throws: a revoked Proxy, or a Proxy or getter that throws, is no SecmodError.
    if ((value as Record<symbol, unknown>)[BRAND] !== true) return false;
  } catch {
    return false;
  }
  return code === undefined || (value as { code?: unknown }).code === code;
}
