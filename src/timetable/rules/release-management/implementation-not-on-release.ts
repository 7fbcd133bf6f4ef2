/**
 * The SEC release calendar (the Release Management Policy as the SEC release pages show it): a
 * modification is implemented in a SEC release, scheduled or ad hoc. On Path 1 (Authority-led) the
 * Authority may direct another date, so there it is a warning.
 */
import { SecmodError } from '../../../errors/secmod-error.js';
import { civilFromDays, isoOf, MAX_YEAR } from '../../../internal/days.js';
import { releaseDaysIn, releasesAfter } from '../../../releases/calendar.js';
import type { EarliestRelease } from '../../../releases/earliest-release.js';
import type { Release, ReleasePolicy } from '../../../releases/types.js';
import { RELEASE_CALENDAR } from '../../../sources/assumptions.js';
import { label, NONE } from '../shared.js';
import type { SecFinding, TimetableRule, PlanReasonBody } from '../types.js';
import { nearestRelease, onRelease } from './releases.js';

export const implementationNotOnRelease: TimetableRule<
  'implementation-not-on-release',
  SecFinding<'implementation-not-on-release'>
> = {
  code: 'implementation-not-on-release',
  severity: 'error',
  source: RELEASE_CALENDAR.source,
  description: 'implementation is on a release date (a warning on Path 1, where the Authority may direct another)',
  check(timetable, context) {
    const policy = context.options.releasePolicy;
    const impl = context.milestone('implementation');
    const s = impl?.approved;
    if (policy === false || impl === undefined || s === undefined || onRelease(s, policy)) return NONE;
    return [
      {
        message: `${timetable.proposal}: implementation ${label(s)} is ${s.month ? 'in a month with no SEC release' : 'not a SEC release date'}`,
        path: ['milestones', impl.index, 'approved'],
        severity: timetable.path === 'authority-led' ? 'warning' : 'error',
        approved: impl.milestone.approved,
        nearestRelease: nearestRelease(s, policy),
      },
    ];
  },
  plans: { kinds: ['implementation'], fields: ['approved'] },
  plan(step, context) {
    const policy = context.options.releasePolicy;
    if (policy === false || step.kind !== 'implementation' || step.field !== 'approved') return undefined;
    const from = step.day;
    // The first release day on or after the step's, from the cached release days of each year.
    const [year] = civilFromDays(from);
    for (let y = year; y <= Math.min(year + 50, MAX_YEAR); y++)
      for (const day of releaseDaysIn(y, policy))
        if (day >= from)
          return {
            day,
            priority: 1,
            reason: step.explain ? releaseOnOrAfter(from, policy) : undefined,
          };
    throw new SecmodError(
      'no-release',
      `${context.timetable.proposal}: no release after ${isoOf(from)} within 50 years under this policy`,
      { path: ['options', 'releasePolicy'] },
    );
  },
};

/** Why the implementation is on the first SEC release on or after `from`. */
function releaseOnOrAfter(from: number, policy: ReleasePolicy): PlanReasonBody {
  const release = releasesAfter(from - 1, policy, false).next().value as Release;
  // The release's keys, then `passedOver`: a copy, not a spread followed by a key (slow in V8).
  const earliest: Release & { passedOver?: readonly never[] } = Object.assign({}, release);
  earliest.passedOver = [];
  return {
    rule: 'release',
    message: `${release.name}: the first SEC release on or after ${isoOf(from)}`,
    source: release.source,
    release: earliest as EarliestRelease,
  };
}
