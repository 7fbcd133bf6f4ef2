/**
 * The SEC release calendar's lead times (the Release Management Policy as the SEC release pages show
 * them): a change joins a release only if it is decided before the release's scope is baselined (the
 * DCC baseline for a change to DCC systems), and after the EC standstill ends. The implementation is
 * no earlier than the first release the decision can make (`earliestRelease`; with `dccSystemImpact`).
 */
import { isoOf } from '../../../internal/days.js';
import { earliestReleaseDayFrom, earliestReleaseExplained } from '../../../releases/earliest-release.js';
import { SEC_RELEASE_POLICY } from '../../../releases/policy.js';
import { RELEASE_CALENDAR } from '../../../sources/assumptions.js';
import { decisionKindOf, label, NONE } from '../shared.js';
import type { SecFinding, TimetableRule, TimetableRuleContext, PlanReasonBody } from '../types.js';

export const implementationBeforeEarliestRelease: TimetableRule<
  'implementation-before-earliest-release',
  SecFinding<'implementation-before-earliest-release'>
> = {
  code: 'implementation-before-earliest-release',
  severity: 'error',
  source: RELEASE_CALENDAR.source,
  description: 'implementation is no earlier than the first release the decision can make (with `dccSystemImpact`)',
  check(timetable, context) {
    const { releasePolicy: policy, dccSystemImpact, adoptableFrom } = context.options;
    const impl = context.milestone('implementation');
    const decided = context.milestone(decisionKindOf(context))?.approved;
    const s = impl?.approved;
    if (policy === false || dccSystemImpact === undefined || impl === undefined || s === undefined) return NONE;
    if (decided === undefined) return NONE;
    const earliest = earliestReleaseDayFrom(decided.last, adoptableFrom, dccSystemImpact, policy);
    if (earliest === undefined || s.first >= earliest) return NONE;
    return [
      {
        message: `${timetable.proposal}: implementation ${label(s)} is before ${isoOf(earliest)}, the first release a decision of ${label(decided)} can make${dccSystemImpact ? ' (a DCC system change)' : ''}`,
        path: ['milestones', impl.index, 'approved'],
        earliestRelease: isoOf(earliest),
      },
    ];
  },
  plans: { kinds: ['implementation'], fields: ['approved'] },
  plan(step, context) {
    const { releasePolicy: policy, dccSystemImpact, adoptableFrom } = context.options;
    if (policy === false || dccSystemImpact === undefined) return undefined;
    if (step.kind !== 'implementation' || step.field !== 'approved') return undefined;
    const decided = context.milestone(decisionKindOf(context))?.approved;
    if (decided === undefined) return undefined;
    const day = earliestReleaseDayFrom(decided.last, adoptableFrom, dccSystemImpact, policy);
    if (day === undefined || day < step.day) return undefined;
    return {
      day,
      priority: 2,
      reason: step.explain ? releaseReason(decided.last, context) : undefined,
    };
  },
};

/** Why the implementation is on the first release a decision on `decided` can make (and what it passed over). */
function releaseReason(decided: number, context: TimetableRuleContext): PlanReasonBody {
  const { releasePolicy: policy, dccSystemImpact, standstillEndsOn, adoptableFrom } = context.options;
  const standstill = standstillEndsOn === undefined ? undefined : isoOf(standstillEndsOn);
  // As `earliestRelease` would answer for the decision, the standstill and the policy, on the values read.
  const release = earliestReleaseExplained(
    decided,
    adoptableFrom,
    dccSystemImpact === true,
    policy === false ? SEC_RELEASE_POLICY : policy,
  );
  // Without a standstill the reason depends on the release answer alone, which earliestReleaseExplained
  // keeps per decision day: so is its reason (frozen, as that answer is).
  const kept = standstill === undefined ? REASONS.get(release) : undefined;
  if (kept !== undefined) return kept;
  const reason: PlanReasonBody = {
    rule: 'release',
    message: `${release.name}: the first release a decision of ${isoOf(decided)} can make${standstill === undefined ? '' : ` after the EC standstill ends (${standstill})`}${release.passedOver.length === 0 ? '' : `; passed over ${release.passedOver.map((p) => p.release.date).join(', ')}`}`,
    source: release.source,
    release,
    standstillEndsOn: standstill,
  };
  if (standstill === undefined) REASONS.set(release, Object.freeze(reason));
  return reason;
}

/** The reason of each kept release answer ({@link earliestReleaseExplained}), by that answer. */
const REASONS = new WeakMap<object, PlanReasonBody>();
