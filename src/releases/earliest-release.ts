import type { Citation } from '../sources/citation.js';
import { STANDSTILL_BARS_ADOPTION } from '../sources/cite.js';
import { checkOptionalBoolean } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { SecmodError } from '../errors/secmod-error.js';
import { civilFromDays, isoOf } from '../internal/days.js';
import { parseDay } from '../internal/check.js';
import { adoptableFromDay, standstillAdoptableFromDay } from '../standstill/adoptable.js';
import type { Standstill } from '../standstill/types.js';
import { firstPolicyYear, monthsBefore, scheduledByDayIn, versionOn } from './calendar.js';
import { assertPolicy, policyKey } from './check.js';
import { SEC_RELEASE_POLICY } from './policy.js';
import { deepFreeze } from '../internal/freeze.js';
import { keptIn } from '../internal/kept.js';
import type { Release, ReleasePolicy } from './types.js';

/** What {@link earliestRelease} needs. */
export interface EarliestReleaseInput {
  /** The date the proposal was approved. */
  readonly approvedOn: string;
  /** Whether it changes DCC systems (and so must be in the DCC baseline). */
  readonly dccSystemImpact?: boolean | undefined;
  /**
   * For a proposal approved subject to EC notification: its standstill, as `standstillPeriod` returns it
   * (`secmod/standstill`). Its `adoptableFrom` decides, whatever the convention.
   */
  readonly standstill?: Standstill | undefined;
  /**
   * Instead of `standstill`: the end of the standstill as TRIS publishes it. Read as the standstill's
   * last day, so a release may go live from the day after (the assumption `tris-adoptable-from`).
   */
  readonly standstillEndsOn?: string | undefined;
  readonly policy?: ReleasePolicy | undefined;
  /** Let a change without DCC system impact join late by exception (the policy's `lateExceptionDays`). */
  readonly byException?: boolean | undefined;
}

/** The keys of {@link EarliestReleaseInput}: any other is refused. */
const INPUT_KEYS = keysOf<EarliestReleaseInput>()([
  'approvedOn',
  'dccSystemImpact',
  'standstill',
  'standstillEndsOn',
  'policy',
  'byException',
]);

/** Why a release was passed over. */
export interface PassedOver {
  readonly release: Release;
  readonly reasons: readonly {
    readonly code: 'dcc-baseline-passed' | 'scope-baseline-passed' | 'before-standstill-end';
    readonly message: string;
    readonly source?: Citation;
  }[];
}

/** The earliest release, and why each earlier one was passed over. */
export type EarliestRelease = Release & { readonly passedOver: readonly PassedOver[] };

/**
 * The first scheduled release a newly approved proposal can still join, given the policy's lead
 * times (the DCC baseline for DCC-system-impacting changes, the full-scope baseline otherwise, or a
 * late exception when allowed) and, for a proposal approved subject to EC notification, the first
 * release on or after the first day the measure may be adopted (`standstill.adoptableFrom`, or the day
 * after `standstillEndsOn`): a release on the standstill's last day is passed over. The result lists
 * every earlier release it passed over, with the reasons.
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument` (`standstill` and `standstillEndsOn` both
 *   given, or a `standstill` that is not one), `no-release`.
 * @example
 * const standstill = standstillPeriod({ receivedOn: '2017-10-05' }); // ends 2018-01-08, adoptable from 2018-01-09
 * earliestRelease({ approvedOn: '2017-09-29', standstill }).date; // '2018-06-28' (SECMP0006)
 */
export function earliestRelease(input: EarliestReleaseInput): EarliestRelease {
  checkRecord(
    input,
    ['input'],
    'EarliestReleaseInput { approvedOn, dccSystemImpact?, standstill?, standstillEndsOn?, byException?, policy? }',
    INPUT_KEYS,
  );
  const approved = parseDay(input.approvedOn, ['approvedOn']);
  const adoptableFrom = standstillAdoptableFromDay(input);
  checkOptionalBoolean(input.dccSystemImpact, ['dccSystemImpact']);
  checkOptionalBoolean(input.byException, ['byException']);
  const policy = input.policy ?? SEC_RELEASE_POLICY;
  assertPolicy(policy, ['policy']);
  return earliestReleaseFrom(
    approved,
    adoptableFrom,
    input.dccSystemImpact === true,
    input.byException === true,
    policy,
  );
}

/**
 * @internal {@link earliestRelease} on checked values (day numbers, the policy checked): what the planner
 * explains an implementation date with.
 */
export function earliestReleaseFrom(
  approved: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  byException: boolean,
  policy: ReleasePolicy,
): EarliestRelease {
  const found = search(approved, adoptableFrom, dccSystemImpact, byException, policy);
  if (found === undefined)
    throw new SecmodError('no-release', `no release within 50 years for a proposal approved on ${isoOf(approved)}`, {
      path: ['approvedOn'],
    });
  // The release's keys, then `passedOver`: a copy, not a spread followed by a key (slow in V8).
  const release: Release & { passedOver?: readonly PassedOver[] } = Object.assign({}, found.release);
  release.passedOver = found.passedOver;
  return release as EarliestRelease;
}

/**
 * @internal {@link earliestReleaseFrom} as the planner explains an implementation date with it, again and
 * again for the same decision days: without a late exception the answer depends on the day, the first day
 * of adoption and the DCC flag only, so it is kept ({@link keptFor}) and deep-frozen, since plans share it.
 */
export function earliestReleaseExplained(
  approved: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  policy: ReleasePolicy,
): EarliestRelease {
  const byDay = keptFor(EXPLAINED, policy, adoptableFrom);
  const key = approved * 2 + (dccSystemImpact ? 1 : 0);
  let found = byDay.get(key);
  if (found === undefined)
    byDay.set(key, (found = deepFreeze(earliestReleaseFrom(approved, adoptableFrom, dccSystemImpact, false, policy))));
  return found;
}

const EXPLAINED: Kept<EarliestRelease> = new WeakMap();

/**
 * Answers kept per policy (under its key: new once a changed policy is checked again), then per first day
 * of adoption after a standstill (none: -Infinity; a bounded number of them, {@link keptIn}), then by a key
 * of the decision day and flags.
 */
type Kept<T> = WeakMap<object, Map<number, Map<number, T>>>;

function keptFor<T>(table: Kept<T>, policy: ReleasePolicy, adoptableFrom: number | undefined): Map<number, T> {
  const policyAt = policyKey(policy);
  let byAdoption = table.get(policyAt);
  if (byAdoption === undefined) table.set(policyAt, (byAdoption = new Map()));
  return keptIn(byAdoption, adoptableFrom ?? Number.NEGATIVE_INFINITY, newMap) as Map<number, T>;
}

/** Made once, not per call: `keptFor` runs on the planner's hot path. */
const newMap = (): Map<number, unknown> => new Map();

/**
 * The search itself, on checked values (`adoptableFrom`: the first day of adoption after the standstill):
 * the release and its day, or undefined when none is found within 50 years.
 */
function search(
  approved: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  byException: boolean,
  policy: ReleasePolicy,
): { day: number; release: Release; passedOver: PassedOver[] } | undefined {
  const found = firstDay(approved, adoptableFrom, dccSystemImpact, byException, policy);
  if (found === undefined) return undefined;
  const passedOver: PassedOver[] = [];
  const startYear = Math.max(civilFromDays(approved)[0], firstPolicyYear(policy));
  for (let year = startYear; year <= startYear + 50; year++)
    for (const [day, release] of scheduledByDayIn(year, policy)) {
      if (day <= approved) continue;
      if (day === found.day) return { day, release, passedOver };
      passedOver.push({
        release,
        reasons: obstacles(approved, day, adoptableFrom, dccSystemImpact, byException, policy),
      });
    }
  return undefined;
}

/**
 * The first release day that can take the proposal and its release, without explaining the ones passed
 * over: what the timetable rules ask again and again while planning.
 */
function firstDay(
  approved: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  byException: boolean,
  policy: ReleasePolicy,
): { day: number; release: Release } | undefined {
  // The answer depends on the day, the first day of adoption and two flags only: kept (asked again and again).
  const byDay = keptFor(FIRST, policy, adoptableFrom);
  const key = approved * 4 + (dccSystemImpact ? 2 : 0) + (byException ? 1 : 0);
  let found = byDay.get(key);
  if (found === undefined)
    byDay.set(key, (found = scan(approved, adoptableFrom, dccSystemImpact, byException, policy) ?? null));
  return found ?? undefined;
}

const FIRST: Kept<{ day: number; release: Release } | null> = new WeakMap();

function scan(
  approved: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  byException: boolean,
  policy: ReleasePolicy,
): { day: number; release: Release } | undefined {
  const startYear = Math.max(civilFromDays(approved)[0], firstPolicyYear(policy));
  for (let year = startYear; year <= startYear + 50; year++)
    for (const [day, release] of scheduledByDayIn(year, policy)) {
      if (day <= approved) continue;
      if (blocked(approved, day, adoptableFrom, dccSystemImpact, byException, policy) === 0) return { day, release };
    }
  return undefined;
}

/** What keeps a release from a proposal, as bits: one rule for the search and for its explanation. */
const DCC_BASELINE_PASSED = 1;
const SCOPE_BASELINE_PASSED = 2;
const BEFORE_STANDSTILL_END = 4;

/** Why a release on `day` cannot take a proposal approved on `approved`, as bits; 0 when it can. */
function blocked(
  approved: number,
  day: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  byException: boolean,
  policy: ReleasePolicy,
): number {
  let bits = 0;
  const lead = versionOn(day, policy)?.value.leadTimes;
  if (lead !== undefined) {
    if (dccSystemImpact) {
      if (approved > monthsBefore(day, lead.dccBaselineMonths)) bits |= DCC_BASELINE_PASSED;
    } else {
      const late = byException && lead.lateExceptionDays !== undefined && approved <= day - lead.lateExceptionDays;
      if (approved > monthsBefore(day, lead.fullScopeMonths) && !late) bits |= SCOPE_BASELINE_PASSED;
    }
  }
  if (adoptableFrom !== undefined && day < adoptableFrom) bits |= BEFORE_STANDSTILL_END;
  return bits;
}

/** Why a release on `day` cannot take a proposal approved on `approved`, in words: none when it can. */
function obstacles(
  approved: number,
  day: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  byException: boolean,
  policy: ReleasePolicy,
): PassedOver['reasons'][number][] {
  const bits = blocked(approved, day, adoptableFrom, dccSystemImpact, byException, policy);
  const lead = versionOn(day, policy)?.value.leadTimes;
  const reasons: PassedOver['reasons'][number][] = [];
  if (lead !== undefined && bits & DCC_BASELINE_PASSED)
    reasons.push({
      code: 'dcc-baseline-passed',
      message: `DCC-system changes join by the DCC baseline, ${lead.dccBaselineMonths} months ahead (${isoOf(monthsBefore(day, lead.dccBaselineMonths))})`,
      source: lead.source,
    });
  if (lead !== undefined && bits & SCOPE_BASELINE_PASSED)
    reasons.push({
      code: 'scope-baseline-passed',
      message: `the full scope is baselined ${lead.fullScopeMonths} months ahead (${isoOf(monthsBefore(day, lead.fullScopeMonths))})${byException ? '' : '; a late exception was not asked for'}`,
      source: lead.source,
    });
  if (adoptableFrom !== undefined && bits & BEFORE_STANDSTILL_END)
    reasons.push({
      code: 'before-standstill-end',
      message: `before the end of the EC standstill: the measure may be adopted from ${isoOf(adoptableFrom)}`,
      source: STANDSTILL_BARS_ADOPTION,
    });
  return reasons;
}

/**
 * @internal The day of the earliest release for a decision on `approved` (day numbers, policy checked),
 * or undefined when there is none within 50 years: what `validateTimetable` checks an implementation against.
 * `adoptableFrom` is the first day the measure may be adopted after its EC standstill, as
 * `standstillAdoptableFromDay` (`standstill/adoptable.ts`) gives it from a `standstill` or `standstillEndsOn`.
 */
export function earliestReleaseDayFrom(
  approved: number,
  adoptableFrom: number | undefined,
  dccSystemImpact: boolean,
  policy: ReleasePolicy,
): number | undefined {
  return firstDay(approved, adoptableFrom, dccSystemImpact, false, policy)?.day;
}

/**
 * @internal {@link earliestReleaseDayFrom} given the standstill's end as TRIS publishes it (a day number, as
 * `standstillEndsOn` is parsed): adoption from the day after, as `earliestRelease({ standstillEndsOn })`
 * decides. For a `Standstill` object, use `earliestReleaseDayFrom` with `standstillAdoptableFromDay`.
 */
export function earliestReleaseDay(
  approved: number,
  standstillEndsOn: number | undefined,
  dccSystemImpact: boolean,
  policy: ReleasePolicy,
): number | undefined {
  const adoptableFrom = standstillEndsOn === undefined ? undefined : adoptableFromDay(standstillEndsOn, 'tris');
  return earliestReleaseDayFrom(approved, adoptableFrom, dccSystemImpact, policy);
}
