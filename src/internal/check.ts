/**
 * Argument checks for the public functions' entrances: one place, so every entrance answers bad input
 * the same way, with a `SecmodError` naming the argument's path, and every message shows the caller's
 * value safely (any type, cycles, huge strings) and briefly.
 * @internal
 */
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  dayOf,
  digits,
  isoOf,
  MAX_DAY,
  MAX_YEAR,
  MIN_DAY,
  MIN_YEAR,
  type IsoDate,
} from './days.js';

/** How much of an echoed value a message shows. */
const SHOWN = 60;

/**
 * Whether the value is a revoked Proxy, which throws a `TypeError` for every operation but `typeof`
 * (`Array.isArray`, a property read, `Object.keys`): the entrances ask first and refuse it with
 * `invalid-argument` instead. `Array.isArray` throws only for a revoked Proxy.
 */
export function isRevokedProxy(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    Array.isArray(value);
    return false;
  } catch {
    return true;
  }
}

/** An object whose properties can be read: not null, not a revoked Proxy. */
export function isReadable(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !isRevokedProxy(value);
}

/** A function that can be called: a revoked Proxy of a function is still `typeof 'function'`, but cannot be. */
export function isCallable(value: unknown): value is (...args: never[]) => unknown {
  return typeof value === 'function' && !isRevokedProxy(value);
}

/** A citation's shape as a combination reads it: an object with a `document` string. */
export function hasDocument(value: unknown): boolean {
  return isReadable(value) && typeof (value as { document?: unknown }).document === 'string';
}

/**
 * A short, safe description of any value for a message: strings quoted and cut at 60 characters (with
 * the length), a `Date` by its UTC calendar date, and never a throw (BigInt, Symbol, cycles, getters).
 */
export function show(value: unknown): string {
  switch (typeof value) {
    case 'string': {
      const shown = JSON.stringify(value.length > SHOWN ? value.slice(0, SHOWN) : value);
      return value.length > SHOWN ? `${shown.slice(0, -1)}…" (${value.length} characters)` : shown;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'undefined':
      return 'undefined';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return isRevokedProxy(value) ? 'a revoked Proxy' : 'a function';
    default:
  }
  if (value === null) return 'null';
  if (isRevokedProxy(value)) return 'a revoked Proxy';
  try {
    if (value instanceof Date) {
      const t = value.getTime();
      return Number.isNaN(t) ? 'an invalid Date' : `Date(${new Date(t).toISOString().slice(0, 10)} UTC)`;
    }
    if (Array.isArray(value)) return `an array of ${value.length}`;
    const keys = Object.keys(value as object);
    const listed = keys.slice(0, 5).map((k) => (k.length > 20 ? `${k.slice(0, 20)}…` : k));
    return keys.length === 0 ? 'an empty object' : `an object { ${listed.join(', ')}${keys.length > 5 ? ', …' : ''} }`;
  } catch {
    return 'an object';
  }
}

/**
 * A path for a message: each key cut at 60 characters (a caller's 2 MB key is named, not echoed whole).
 * The error's `path` keeps the keys as they are.
 */
export function pathText(path: InputPath): string {
  return path.map((k) => (typeof k === 'string' && k.length > SHOWN ? `${k.slice(0, SHOWN)}…` : String(k))).join('.');
}

/** The one error every entrance throws for a malformed argument. */
export function invalidArgument(value: unknown, path: InputPath, why: string): SecmodError {
  const where = path.length > 0 ? ` ${pathText(path)}` : '';
  return new SecmodError('invalid-argument', `invalid argument${where} ${show(value)}: ${why}`, { path });
}

/** The `invalid-argument` error for a revoked Proxy where `expected` was expected. */
export function revokedProxy(value: unknown, path: InputPath, expected: string): SecmodError {
  return invalidArgument(value, path, `expected ${expected}, not a revoked Proxy`);
}

/** A plain object (not null, not an array, not a revoked Proxy). */
export function checkObject<T extends object>(value: unknown, path: InputPath, expected: string): T {
  if (isRevokedProxy(value)) throw revokedProxy(value, path, expected);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidArgument(value, path, `expected ${expected}`);
  return value as T;
}

/** Up to this length, {@link firstHole} asks each index; a longer array is read by its own property names. */
const SCAN_LIMIT = 2 ** 24;

/**
 * The index of an array's first hole, or -1 for a dense array. It costs by the array's own elements,
 * not by its `length`: an empty array whose `length` says 2 ** 32 - 1 answers at once. Each index is
 * asked in turn (`i in array`, which allocates nothing) until the first missing one; past 2 ** 24
 * elements (longer than any input needs, or a Proxy whose `has` claims every index) the array's own
 * property names bound the walk by what it really holds: they list its indices first, in ascending
 * order, so the first name that is not its own position is the first hole.
 */
export function firstHole(array: readonly unknown[]): number {
  if (isRevokedProxy(array)) return 0; // nothing of it can be read: not even its first element
  const length = array.length;
  if (length <= SCAN_LIMIT) {
    for (let i = 0; i < length; i++) if (!(i in array)) return i;
    return -1;
  }
  const names = Object.getOwnPropertyNames(array);
  const n = Math.min(length, names.length);
  for (let i = 0; i < n; i++) if (names[i] !== String(i)) return i;
  return n < length ? n : -1;
}

/** Throws `invalid-argument` at the first hole's path for a sparse array (whose holes would slip past every per-element check). */
export function checkNoHoles(array: readonly unknown[], path: InputPath, expected: string): void {
  if (isRevokedProxy(array)) throw revokedProxy(array, path, expected);
  const hole = firstHole(array);
  if (hole >= 0) throw invalidArgument(undefined, [...path, hole], `expected ${expected}, not a sparse array`);
}

/** An array without holes (a sparse array's holes would slip past every per-element check). */
export function checkArray<T>(value: unknown, path: InputPath, expected: string): readonly T[] {
  if (isRevokedProxy(value)) throw revokedProxy(value, path, expected);
  if (!Array.isArray(value)) throw invalidArgument(value, path, `expected ${expected}`);
  checkNoHoles(value, path, expected);
  return value as readonly T[];
}

/** A non-empty string (`what` says what it names). */
export function checkString(value: unknown, path: InputPath, what = 'a non-empty string'): string {
  if (typeof value !== 'string' || value.length === 0) throw invalidArgument(value, path, `expected ${what}`);
  return value;
}

/** `undefined` or a boolean. */
export function checkOptionalBoolean(value: unknown, path: InputPath): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean')
    throw invalidArgument(value, path, 'expected true, false or nothing');
  return value;
}

/** One of a vocabulary. */
export function checkOneOf<T extends string>(
  value: unknown,
  vocabulary: readonly T[],
  path: InputPath,
  what: string,
): T {
  if (typeof value !== 'string' || !(vocabulary as readonly string[]).includes(value)) {
    throw invalidArgument(value, path, `expected a ${what}: ${vocabulary.join(', ')}`);
  }
  return value as T;
}

/** A whole number (a safe integer) within [min, max]. */
export function checkWholeNumber(
  value: unknown,
  path: InputPath,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw invalidArgument(value, path, 'expected a whole number');
  if (value < min || value > max) {
    throw invalidArgument(
      value,
      path,
      max === Number.MAX_SAFE_INTEGER
        ? `expected a whole number >= ${min}`
        : `expected a whole number from ${min} to ${max}`,
    );
  }
  return value;
}

/**
 * A set of values whose entrance check has passed: values secmod made itself (a parsed register, a
 * report) or immutable inputs passed again and again (a release policy), so each is checked once.
 * One set per kind of value, so a value checked as one kind never passes as another.
 */
export function checkedOnce(): { has(value: unknown): boolean; add<T extends object>(value: T): T } {
  const checked = new WeakSet<object>();
  return {
    has: (value) => typeof value === 'object' && value !== null && checked.has(value),
    add: (value) => {
      checked.add(value);
      return value;
    },
  };
}

/** Throws `out-of-range`, blaming `path`, unless the day number is within years 0001-9999. */
export function checkDayInRange(dayNumber: number, path: InputPath): number {
  if (!(dayNumber >= MIN_DAY && dayNumber <= MAX_DAY)) {
    throw new SecmodError('out-of-range', `the result falls outside the supported years ${MIN_YEAR}-${MAX_YEAR}`, {
      path,
    });
  }
  return dayNumber;
}

/** Validates a year argument: a whole number within the supported years. */
export function checkYear(value: unknown, path: InputPath): number {
  const year = checkWholeNumber(value, path);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new SecmodError('out-of-range', `year ${year} is outside the supported years ${MIN_YEAR}-${MAX_YEAR}`, {
      path,
    });
  }
  return year;
}

/**
 * Formats a day number computed from the caller's arguments as `YYYY-MM-DD`; throws `out-of-range`,
 * with the `path` of the argument that took it there, outside years 0001-9999.
 */
export function formatDay(dayNumber: number, path: InputPath): IsoDate {
  if (!(dayNumber >= MIN_DAY && dayNumber <= MAX_DAY)) {
    const [year] = civilFromDays(dayNumber);
    throw new SecmodError(
      'out-of-range',
      `the result falls in year ${year}, outside the supported years ${MIN_YEAR}-${MAX_YEAR}`,
      {
        path,
      },
    );
  }
  return isoOf(dayNumber);
}

export function invalidDate(value: unknown, path: InputPath, why: string): SecmodError {
  const where = path.length > 0 ? ` at ${pathText(path)}` : '';
  return new SecmodError('invalid-date', `invalid date ${show(value)}${where}: ${why}`, { path });
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The day number of year-month-day parts, or `invalid-date` saying which part is wrong. */
export function checkedDay(year: number, month: number, day: number, value: unknown, path: InputPath): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidDate(value, path, `year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalidDate(value, path, 'month must be 01-12');
  const dim = daysInMonth(year, month);
  if (!Number.isInteger(day) || day < 1 || day > dim) {
    throw invalidDate(value, path, `day must be 01-${dim} in ${pad(year, 4)}-${pad(month, 2)}`);
  }
  return daysFromCivil(year, month, day);
}

/** Parses a `YYYY-MM-DD` string into a day number, or throws `invalid-date` saying what is wrong. */
export function parseDay(value: unknown, path: InputPath): number {
  const day = dayOf(value);
  if (day === day) return day; // not NaN: the fast path, nothing to explain
  if (typeof value !== 'string') throw invalidDate(value, path, 'expected a "YYYY-MM-DD" string');
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    throw invalidDate(value, path, 'expected the form YYYY-MM-DD');
  }
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (year < 0 || month < 0 || d < 0) throw invalidDate(value, path, 'expected the form YYYY-MM-DD');
  return checkedDay(year, month, d, value, path);
}

/** The `invalid-date` error {@link parseDay} gives for a value that is not a date (never thrown here). */
export function dateError(value: unknown, path: InputPath): SecmodError {
  try {
    parseDay(value, path);
  } catch (error) {
    if (error instanceof SecmodError) return error;
  }
  return invalidDate(value, path, 'expected a "YYYY-MM-DD" string');
}
