/**
 * Dated rules: a rule that changed on a date is a list of versions, each with the day it took effect,
 * the day it stopped where that is known, its value and its source, in the spirit of OpenFisca's dated
 * parameters. A change adds a version; no version is ever overwritten.
 */
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import {
  checkArray,
  checkedOnce,
  checkObject,
  checkOneOf,
  checkString,
  invalidArgument,
  parseDay,
} from '../internal/check.js';
import { isoOf, type IsoDate } from '../internal/days.js';
import { isDeepFrozen } from '../internal/fresh.js';
import { checkKeys, keysOf } from '../internal/keys.js';
import { SOURCE_STATUSES, type Citation } from './citation.js';

/** One version of a dated rule. */
export interface Version<T> {
  /** The first day it is in force. */
  readonly from: IsoDate;
  /** The last day it is in force, where that is known; otherwise until the next version takes effect. */
  readonly until?: IsoDate | undefined;
  readonly value: T;
  readonly source: Citation;
}

/** A dated rule: its versions, oldest first. */
export type Versions<T> = readonly Version<T>[];

/** The keys of a {@link Version}. */
const VERSION_KEYS = /* @__PURE__ */ keysOf<Version<unknown>>()(['from', 'until', 'value', 'source']);
/** @internal The keys of a {@link Citation}. */
export const CITATION_KEYS = /* @__PURE__ */ keysOf<Citation>()([
  'document',
  'clause',
  'url',
  'status',
  'records',
  'note',
]);

/** Tables {@link inForce} has checked that cannot change (deep-frozen, as secmod's own are). */
const CHECKED = /* @__PURE__ */ checkedOnce();

/**
 * Day numbers of each table's versions, parsed once per table, with what they were parsed from (the
 * table's length, each version and its dates) unless the table is deep-frozen: a table changed since
 * (a version added, a date moved) is parsed again, never answered from stale spans.
 */
const SPANS = new WeakMap<
  Versions<unknown>,
  { readonly spans: readonly (readonly [from: number, until: number])[]; readonly from?: readonly unknown[] }
>();

/** What a table's spans are parsed from: its length, and each version with its dates. */
function datesOf(versions: Versions<unknown>): unknown[] {
  const out: unknown[] = [versions.length];
  for (const v of versions) out.push(v, v.from, v.until);
  return out;
}

function sameDates(versions: Versions<unknown>, from: readonly unknown[]): boolean {
  if (versions.length !== from[0]) return false;
  for (let i = 0, k = 1; i < versions.length; i++, k += 3) {
    const v = versions[i] as Version<unknown>;
    if (v !== from[k] || v.from !== from[k + 1] || v.until !== from[k + 2]) return false;
  }
  return true;
}

/**
 * @internal The [from, until] day numbers of each version (until: the day before the next version's
 * `from`, or +Infinity for the last), each date read by `day` (checked by `parseDay`, its path named; or an
 * unchecked reader for secmod's own tables, whose dates are constants under test).
 */
export function spansFrom(
  versions: Versions<unknown>,
  day: (value: string, index: number, field: 'from' | 'until') => number,
): (readonly [number, number])[] {
  return versions.map((v, i) => {
    const from = day(v.from, i, 'from');
    const next = versions[i + 1];
    const until =
      v.until !== undefined
        ? day(v.until, i, 'until')
        : next === undefined
          ? Number.POSITIVE_INFINITY
          : day(next.from, i + 1, 'from') - 1;
    return [from, until] as const;
  });
}

/** A version's date checked by `parseDay`, its path named. */
const versionDay = (value: string, index: number, field: 'from' | 'until'): number =>
  parseDay(value, ['versions', index, field]);

/** @internal {@link spansFrom} of a table, its dates checked, kept until the table changes. */
export function spansOf(versions: Versions<unknown>): readonly (readonly [number, number])[] {
  const known = SPANS.get(versions);
  if (known !== undefined && (known.from === undefined || sameDates(versions, known.from))) return known.spans;
  const spans = spansFrom(versions, versionDay);
  SPANS.set(versions, isDeepFrozen(versions) ? { spans } : { spans, from: datesOf(versions) });
  return spans;
}

/** @internal The version in force on a day number, or `undefined` (before the first, in a gap, after the last). */
export function versionAt<T>(versions: Versions<T>, day: number): Version<T> | undefined {
  const spans = spansOf(versions);
  for (let i = spans.length - 1; i >= 0; i--) {
    const [from, until] = spans[i] as readonly [number, number];
    if (from <= day) return day <= until ? versions[i] : undefined;
  }
  return undefined;
}

/** The default path of {@link inForce}'s day (known good: not checked again). */
const DAY: InputPath = ['day'];

/** Throws `invalid-argument` unless the value is an {@link InputPath}: an array of strings and numbers. */
function checkPath(path: unknown): void {
  const p = checkArray<unknown>(path, ['path'], 'a path: an array of strings and numbers');
  p.forEach((k, i) => {
    if (typeof k !== 'string' && typeof k !== 'number')
      throw invalidArgument(k, ['path', i], 'a path holds strings and numbers');
  });
}

/**
 * The version of a dated rule in force on a day.
 *
 * @throws {SecmodError} `invalid-argument` for a malformed table or path; `invalid-date` for a bad day; `before-first-version` for a day before the first
 *   version takes effect (the rule did not exist then: nothing is guessed); `no-version-in-force` for a
 *   day after a version that stopped with no successor.
 * @example
 * inForce(ERAS, '2017-10-13').value; // 'original'
 * inForce(ERAS, '2019-09-10').value; // 'section-d-review'
 */
export function inForce<T>(versions: Versions<T>, day: string, path: InputPath = DAY): Version<T> {
  if (path !== DAY) checkPath(path);
  // A table that can change is checked on each call (it is short); a deep-frozen one once.
  if (!CHECKED.has(versions)) {
    checkVersions<T>(versions, ['versions'], 'dated rule', () => undefined);
    if (isDeepFrozen(versions)) CHECKED.add(versions);
  }
  const d = parseDay(day, path);
  const version = versionAt(versions, d);
  if (version !== undefined) return version;
  const first = versions[0];
  if (first === undefined || d < parseDay(first.from, ['versions', 0, 'from'])) {
    throw new SecmodError(
      'before-first-version',
      `no version is in force on ${isoOf(d)}: ${first === undefined ? 'the rule has no versions' : `the first takes effect on ${first.from}`}`,
      { path, ...(first === undefined ? {} : { source: first.source }) },
    );
  }
  throw new SecmodError('no-version-in-force', `no version is in force on ${isoOf(d)}: the rule lapsed before it`, {
    path,
  });
}

/**
 * @internal Throws `invalid-argument` at the first fault unless the value is a list of versions: at least
 * one, each with a real `from`, an `until` (if any) not before it, a source, and a value `checkValue`
 * accepts, in date order without overlaps.
 */
export function checkVersions<T>(
  value: unknown,
  path: InputPath,
  what: string,
  checkValue: (value: unknown, path: InputPath) => void,
): Versions<T> {
  const versions = checkArray<Version<T>>(value, path, `an array of ${what} versions { from, until?, value, source }`);
  if (versions.length === 0) throw invalidArgument(versions, path, `expected at least one ${what} version`);
  let previousEnd = Number.NEGATIVE_INFINITY;
  versions.forEach((v, i) => {
    const at = [...path, i];
    checkObject(v, at, `a ${what} version { from, until?, value, source }`);
    checkKeys(v, VERSION_KEYS, at);
    const from = parseDay(v.from, [...at, 'from']);
    if (from <= previousEnd) {
      throw invalidArgument(v.from, [...at, 'from'], 'versions must be in date order, each after the one before ends');
    }
    previousEnd = from;
    if (v.until !== undefined) {
      const until = parseDay(v.until, [...at, 'until']);
      if (until < from)
        throw invalidArgument(v.until, [...at, 'until'], `a version cannot stop before it starts (${v.from})`);
      previousEnd = until;
    }
    checkCitation(v.source, [...at, 'source']);
    checkValue(v.value, [...at, 'value']);
  });
  return versions;
}

/** @internal Throws `invalid-argument` unless the value is a {@link Citation} with a document and a standing. */
export function checkCitation(value: unknown, path: InputPath): Citation {
  const c = checkObject<Citation>(value, path, 'a Citation { document, clause?, url?, status, records?, note? }');
  checkKeys(c, CITATION_KEYS, path);
  checkString(c.document, [...path, 'document'], 'the document cited');
  checkOneOf(c.status, SOURCE_STATUSES, [...path, 'status'], 'source status');
  return c;
}
