/**
 * The first day a notified measure may be adopted, one rule for every convention: the day after the
 * standstill's last day. What the last day is differs by convention, and so does the source.
 */
import type { InputPath } from '../errors/secmod-error.js';
import { checkObject, invalidArgument, parseDay } from '../internal/check.js';
import type { Citation } from '../sources/citation.js';
import { TRIS_ADOPTABLE_FROM } from '../sources/assumptions.js';
import { regulation1182 } from '../sources/cite.js';
import type { Standstill, StandstillConvention } from './types.js';

/** What the day after `endsOn` rests on, per convention. @internal */
export const ADOPTABLE_FROM_SOURCE: Readonly<Record<StandstillConvention, Citation>> = {
  'regulation-1182-71': regulation1182(
    'Art. 3(2)(c)',
    'a period of months ends with the expiry of the last hour of its last day: the measure may be adopted from the next day',
  ),
  tris: TRIS_ADOPTABLE_FROM.source,
};

/** Why the day after `endsOn` is the first day of adoption, per convention. @internal */
export const ADOPTABLE_FROM_REASON: Readonly<Record<StandstillConvention, string>> = {
  'regulation-1182-71': "the day after the period's last day: the period ends with the expiry of that day's last hour",
  tris: 'the day after the published date: TRIS does not say whether the measure may be adopted on it, so it is read as the last day of the standstill (on it the strict reading of Regulation 1182/71 may still be running)',
};

/**
 * @internal The first day of adoption (a day number) of a standstill whose `endsOn` is `endsOn` in
 * `convention`: the day after, in both (see {@link ADOPTABLE_FROM_SOURCE} for why).
 */
export function adoptableFromDay(endsOn: number, _convention: StandstillConvention): number {
  return endsOn + 1;
}

/** The two ways a caller gives a standstill to a planning function. */
export interface StandstillGiven {
  /** The result of `standstillPeriod`: its `adoptableFrom` is used, whatever the convention. */
  readonly standstill?: Standstill | undefined;
  /** The date TRIS publishes as the end of the standstill (read as its last day). */
  readonly standstillEndsOn?: string | undefined;
}

/**
 * @internal The first day (a day number) a notified measure may be adopted, from either input: a
 * `standstill` (the result of `standstillPeriod`: its `adoptableFrom`, whatever the convention) or
 * `standstillEndsOn` (the date TRIS publishes, read as the standstill's last day: the day after it).
 * `undefined` when neither is given. What `earliestRelease`, `validateTimetable` and `planTimetable`
 * compare a go-live with: a day before it is inside the standstill.
 *
 * @param input the object holding `standstill` and/or `standstillEndsOn` (an input or its options).
 * @param path where that object sits in the caller's input, for error paths (e.g. `['options']`).
 * @throws {SecmodError} `invalid-argument` (both given; a `standstill` that is not a `Standstill`, or whose
 *   `adoptableFrom` is not after its `endsOn`), `invalid-date`.
 */
export function standstillAdoptableFromDay(input: StandstillGiven, path: InputPath = []): number | undefined {
  const { standstill, standstillEndsOn } = input;
  if (standstill !== undefined && standstillEndsOn !== undefined) {
    throw invalidArgument(
      standstillEndsOn,
      [...path, 'standstillEndsOn'],
      'give standstill (the result of standstillPeriod) or standstillEndsOn (the date TRIS publishes), not both',
    );
  }
  if (standstillEndsOn !== undefined)
    return adoptableFromDay(parseDay(standstillEndsOn, [...path, 'standstillEndsOn']), 'tris');
  if (standstill === undefined) return undefined;
  const at = [...path, 'standstill'];
  const s = checkObject<Partial<Standstill>>(standstill, at, 'a Standstill (the result of standstillPeriod)');
  if (s.adoptableFrom === undefined)
    throw invalidArgument(s.adoptableFrom, [...at, 'adoptableFrom'], 'expected the result of standstillPeriod');
  const adoptable = parseDay(s.adoptableFrom, [...at, 'adoptableFrom']);
  if (s.endsOn !== undefined && adoptable <= parseDay(s.endsOn, [...at, 'endsOn'])) {
    throw invalidArgument(s.adoptableFrom, [...at, 'adoptableFrom'], `expected a day after endsOn (${s.endsOn})`);
  }
  return adoptable;
}
