import { addMonthsToDay } from '../calendar/add-months.js';
import { SecmodError } from '../errors/secmod-error.js';
import { civilFromDays, daysFromCivil, daysInMonth, weekdayOf, isoOf } from '../internal/days.js';
import { checkWholeNumber, parseDay } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { spansOf, versionAt } from '../sources/dated.js';
import { assertPolicy, policyKey } from './check.js';
import { SEC_RELEASE_POLICY } from './policy.js';
import { longDate } from '../internal/long-date.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Citation } from '../sources/citation.js';
import type {
  RecordedRelease,
  Release,
  ReleaseInput,
  ReleasePolicy,
  ReleasePolicyVersion,
  ScheduledReleaseRule,
} from './types.js';

// The policy check lives in check.ts, below this module; it is still exported from here too.
export { assertPolicy };

function ruleDay(rule: ScheduledReleaseRule, year: number): number {
  if (rule.which === 'first') {
    const first = daysFromCivil(year, rule.month, 1);
    return first + ((rule.weekday - weekdayOf(first) + 7) % 7);
  }
  const last = daysFromCivil(year, rule.month, daysInMonth(year, rule.month));
  return last - ((weekdayOf(last) - rule.weekday + 7) % 7);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The first year any version of the policy is in force. */
export function firstPolicyYear(policy: ReleasePolicy): number {
  return civilFromDays((spansOf(policy.versions)[0] as readonly [number, number])[0])[0];
}

/**
 * A computation per policy and year, done once: policies are asked again and again. Kept under the
 * policy's key (`policyKey`), which is new once a changed policy is checked again.
 */
function perPolicyYear<T>(
  compute: (year: number, policy: ReleasePolicy) => T,
): (year: number, policy: ReleasePolicy) => T {
  const cache = new WeakMap<object, Map<number, T>>();
  return (year, policy) => {
    const key = policyKey(policy);
    let byYear = cache.get(key);
    if (byYear === undefined) cache.set(key, (byYear = new Map()));
    let value = byYear.get(year);
    if (value === undefined) byYear.set(year, (value = compute(year, policy)));
    return value;
  };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** A rule in words: `last Thursday of June`. @internal */
export const ruleWords = (rule: ScheduledReleaseRule): string =>
  `${rule.which} ${WEEKDAYS[rule.weekday - 1] as string} of ${MONTHS[rule.month - 1] as string}`;

/** A value computed once per policy, kept under its key (`policyKey`) like {@link perPolicyYear}'s. */
function perPolicy<T>(compute: (policy: ReleasePolicy) => T): (policy: ReleasePolicy) => T {
  const cache = new WeakMap<object, T>();
  return (policy) => {
    const key = policyKey(policy);
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(policy);
    cache.set(key, value);
    return value;
  };
}

/** A caller's release as secmod returns it: `projected` said (left out: `false`, the caller's own record). @internal */
export const asRelease = (r: ReleaseInput): Release =>
  r.projected === undefined ? Object.freeze({ ...r, projected: false }) : (r as Release);

/** The policy's ad-hoc releases, each saying whether it is projected; cached per policy. @internal */
export const adHocOf = perPolicy((policy): readonly Release[] => Object.freeze(policy.adHoc.map(asRelease)));

/** The policy's recorded scheduled releases by id; cached per policy. @internal */
const recordedOf = perPolicy(
  (policy): ReadonlyMap<string, RecordedRelease> => new Map((policy.recorded ?? []).map((r) => [r.id, r])),
);

/**
 * @internal The last release the policy's record shows (a recorded scheduled release or a known ad-hoc
 * one), with its source; `undefined` when the policy records none.
 */
export const lastKnownRelease = perPolicy((policy): { date: IsoDate; source?: Citation | undefined } | undefined => {
  const known = [
    ...(policy.recorded ?? []).map((r) => ({ date: isoOf(parseDay(r.date, [])), source: r.source })),
    ...adHocOf(policy).filter((r) => !r.projected),
  ];
  return known.reduce<{ date: IsoDate; source?: Citation | undefined } | undefined>(
    (last, r) => (last === undefined || r.date > last.date ? { date: r.date, source: r.source } : last),
    undefined,
  );
});

/** The source of a projected scheduled release: the rule, and the last recorded release it was checked against. */
function projectedSource(rule: ScheduledReleaseRule, version: ReleasePolicyVersion, policy: ReleasePolicy): Citation {
  const last = lastKnownRelease(policy);
  return {
    ...version.source,
    note: `projected from the Release Management Policy rule (${ruleWords(rule)}) of the policy version in force from ${version.from}; ${last === undefined ? 'no recorded release to check it against' : `last recorded release checked: ${longDate(last.date)}`}`,
  };
}

/** Scheduled releases of a year (moves applied), without the year check; cached and frozen. @internal */
export const scheduledIn = perPolicyYear((year, policy): readonly Release[] =>
  Object.freeze(generateScheduled(year, policy).map((r) => Object.freeze(r))),
);

/**
 * @internal The scheduled releases of a year (moves applied) with their day numbers, in date order;
 * empty before the policy's first year. Cached per policy and year: what a search over release dates
 * walks without parsing or sorting again.
 */
export const scheduledByDayIn = perPolicyYear((year, policy): readonly (readonly [number, Release])[] =>
  (year >= firstPolicyYear(policy) ? scheduledIn(year, policy) : [])
    .map((r) => [parseDay(r.date, []), r] as const)
    .sort((a, b) => a[0] - b[0]),
);

/**
 * @internal The day numbers of every release (scheduled, moves applied, and ad hoc) of a year under a
 * policy, sorted; empty before the policy's first year. Cached per policy and year.
 */
export const releaseDaysIn = perPolicyYear((year, policy): readonly number[] =>
  [...scheduledByDayIn(year, policy).map(([day]) => day), ...adHocOf(policy).map((r) => parseDay(r.date, []))]
    .filter((d) => civilFromDays(d)[0] === year)
    .sort((a, b) => a - b),
);

function generateScheduled(year: number, policy: ReleasePolicy): Release[] {
  const out: Release[] = [];
  const spans = spansOf(policy.versions);
  policy.versions.forEach((version, i) => {
    const [from, until] = spans[i] as readonly [number, number];
    for (const rule of version.value.releases) {
      const day = ruleDay(rule, year);
      if (day < from || day > until) continue;
      const id = `${year}-${pad2(rule.month)}`;
      const scheduled = isoOf(day);
      const move = policy.moves.find((m) => m.id === id);
      const recorded = recordedOf(policy).get(id);
      // The record's date, else the move's, else the rule's: a date other than the rule's is a move.
      const date =
        recorded !== undefined
          ? isoOf(parseDay(recorded.date, ['policy', 'recorded', id, 'date']))
          : move !== undefined
            ? isoOf(parseDay(move.to, ['policy', 'moves', id, 'to']))
            : scheduled;
      out.push({
        id,
        name: `${rule.name} ${year} SEC Release`,
        date,
        kind: 'scheduled',
        ...(date === scheduled ? {} : { movedFrom: scheduled }),
        source: recorded?.source ?? move?.source ?? projectedSource(rule, version, policy),
        projected: recorded === undefined,
      });
    }
  });
  return out;
}

const byDate = (a: Release, b: Release) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1);

/**
 * The releases of a year under a policy (default: the SEC's as observed), sorted by date: the
 * scheduled ones (moves applied, with `movedFrom`) and the ad-hoc ones.
 *
 * @throws {SecmodError} `before-first-policy` for a year before the policy's first version (only
 *   ad-hoc releases are known then: see `policy.adHoc`), `invalid-argument`.
 * @example
 * releasesIn(2019).map((r) => r.date); // ['2019-02-28', '2019-06-27', '2019-11-29']
 */
export function releasesIn(year: number, policy: ReleasePolicy = SEC_RELEASE_POLICY): Release[] {
  checkWholeNumber(year, ['year']);
  assertPolicy(policy);
  const first = firstPolicyYear(policy);
  if (year < first) {
    const adHoc = adHocOf(policy).filter((r) => r.date.startsWith(`${year}-`)).length;
    throw new SecmodError(
      'before-first-policy',
      `no release policy is in force in ${year}: the first version takes effect on ${policy.versions[0]?.from}${adHoc > 0 ? ` (the policy lists ${adHoc} ad-hoc release(s) in ${year}: policy.adHoc)` : ''}`,
      { path: ['year'], ...(policy.versions[0]?.source === undefined ? {} : { source: policy.versions[0].source }) },
    );
  }
  return [
    ...scheduledIn(year, policy),
    ...adHocOf(policy).filter((r) => r.date.startsWith(`${String(year).padStart(4, '0')}-`)),
  ].sort(byDate);
}

/** Options of {@link nextRelease}. */
export interface NextReleaseOptions {
  /** Only scheduled releases (default: ad-hoc ones count too). */
  readonly scheduledOnly?: boolean | undefined;
}

const NEXT_RELEASE_OPTIONS_KEYS = keysOf<NextReleaseOptions>()(['scheduledOnly']);

/** Releases strictly after a day, in date order, lazily, up to a horizon. @internal */
export function* releasesAfter(
  day: number,
  policy: ReleasePolicy,
  scheduledOnly: boolean,
  horizonYears = 50,
): Generator<Release> {
  assertPolicy(policy);
  const startYear = Math.max(civilFromDays(day)[0], firstPolicyYear(policy));
  const adHoc = scheduledOnly ? [] : adHocOf(policy).filter((r) => parseDay(r.date, []) > day);
  const earlyAdHoc = adHoc.filter((r) => civilFromDays(parseDay(r.date, []))[0] < startYear).sort(byDate);
  yield* earlyAdHoc;
  for (let year = startYear; year <= startYear + horizonYears; year++) {
    const candidates = [...scheduledIn(year, policy), ...adHoc.filter((r) => r.date.startsWith(`${year}-`))].sort(
      byDate,
    );
    for (const r of candidates) if (parseDay(r.date, []) > day) yield r;
  }
}

/**
 * The first release strictly after a date.
 *
 * @throws {SecmodError} `invalid-date`, `no-release` (none within 50 years).
 * @example
 * nextRelease('2017-09-29').date; // '2018-06-28'
 * nextRelease('2019-11-07').date; // '2019-11-29' (moved with the Authority's agreement)
 */
export function nextRelease(
  after: string,
  policy: ReleasePolicy = SEC_RELEASE_POLICY,
  options: NextReleaseOptions = {},
): Release {
  const day = parseDay(after, ['after']);
  assertPolicy(policy);
  checkRecord(options, ['options'], 'NextReleaseOptions { scheduledOnly? }', NEXT_RELEASE_OPTIONS_KEYS);
  for (const release of releasesAfter(day, policy, options.scheduledOnly === true)) return release;
  throw new SecmodError('no-release', `no release after ${isoOf(day)} within 50 years under this policy`, {
    path: ['after'],
  });
}

/** The policy version in force on a day. @internal */
export function versionOn(day: number, policy: ReleasePolicy): ReleasePolicyVersion | undefined {
  return versionAt(policy.versions, day);
}

/** A date some months before a day. @internal */
export const monthsBefore = (day: number, months: number): number => addMonthsToDay(day, -months);
