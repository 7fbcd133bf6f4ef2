/**
 * Argument checks for the public functions' entrances: one place, so every entrance answers bad input
 * the same way, with a `SecmodError` naming the argument's path, and every message shows the caller's
 * value safely (any type, cycles, huge strings) and briefly.
 * @internal
 */
import { SecmodError, type InputPath } from '../errors/secmod-error.js';

/** How much of an echoed value a message shows. */
const SHOWN = 60;

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
      return 'a function';
    default:
  }
  if (value === null) return 'null';
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

/** The one error every entrance throws for a malformed argument. */
export function invalidArgument(value: unknown, path: InputPath, why: string): SecmodError {
  const where = path.length > 0 ? ` ${path.join('.')}` : '';
  return new SecmodError('invalid-argument', `invalid argument${where} ${show(value)}: ${why}`, { path });
}

/** A plain object (not null, not an array). */
export function checkObject<T extends object>(value: unknown, path: InputPath, expected: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidArgument(value, path, `expected ${expected}`);
  return value as T;
}

/** An array without holes (a sparse array's holes would slip past every per-element check). */
export function checkArray<T>(value: unknown, path: InputPath, expected: string): readonly T[] {
  if (!Array.isArray(value)) throw invalidArgument(value, path, `expected ${expected}`);
  for (let i = 0; i < value.length; i++)
    if (!(i in value)) throw invalidArgument(undefined, [...path, i], `expected ${expected}, not a sparse array`);
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
