/**
 * Entrance checks of `secmod/releases`: a release, a release policy, and the minimal register that
 * scoping reads. They sit below the calendar and scoping, which read what they check.
 * @internal
 */
import type { InputPath } from '../errors/secmod-error.js';
import {
  checkArray,
  checkedOnce,
  checkObject,
  checkOneOf,
  checkOptionalBoolean,
  checkString,
  checkWholeNumber,
} from '../internal/check.js';
import { invalidArgument, parseDay } from '../internal/check.js';
import { stampOf, unchanged, type Stamp } from '../internal/fresh.js';
import { checkKeys } from '../internal/keys.js';
import { checkCitation, checkVersions } from '../sources/dated.js';
import {
  LEAD_TIMES_KEYS,
  RECORDED_RELEASE_KEYS,
  RELEASE_KEYS,
  RELEASE_MOVE_KEYS,
  RELEASE_POLICY_KEYS,
  RELEASE_SCHEDULE_KEYS,
  SCHEDULED_RELEASE_RULE_KEYS,
  SCOPE_PROPOSAL_KEYS,
  SCOPE_REGISTER_KEYS,
  SCOPE_TARGET_KEYS,
  type LeadTimes,
  type RecordedRelease,
  type ReleaseInput,
  type ReleaseMove,
  type ReleasePolicy,
  type ReleaseSchedule,
  type ScheduledReleaseRule,
  type ScopeProposal,
  type ScopeRegister,
  type ScopeTarget,
} from './types.js';

const optionalDate = (value: unknown, path: InputPath): void => {
  if (value !== undefined) parseDay(value, path);
};

/** A release: an id, a name, a real date and a kind (`projected` optional: a caller's release is known). */
export function checkRelease(value: unknown, path: InputPath): ReleaseInput {
  const r = checkObject<ReleaseInput>(value, path, 'a Release { id, name, date, kind, projected? }');
  checkKeys(r, RELEASE_KEYS, path);
  checkString(r.id, [...path, 'id'], 'a non-empty release id');
  checkString(r.name, [...path, 'name'], 'a non-empty release name');
  parseDay(r.date, [...path, 'date']);
  checkOneOf(r.kind, ['scheduled', 'ad-hoc'], [...path, 'kind'], 'release kind');
  optionalDate(r.movedFrom, [...path, 'movedFrom']);
  checkOptionalBoolean(r.projected, [...path, 'projected']);
  return r;
}

/**
 * Policies already checked, each with its stamp (secmod's own is deep-frozen and never changes; a
 * caller's is compared with its fingerprint) and the key its derived values are cached under: a new key
 * whenever a policy changed since it was checked is checked again, so no answer comes from a stale cache.
 */
const CHECKED = new WeakMap<object, { readonly stamp: Stamp; readonly key: object }>();

/**
 * @internal The key under which a checked policy's derived values (its releases by year, its first
 * release after a day) are cached: a new one each time the policy is checked again after a change.
 */
export function policyKey(policy: ReleasePolicy): object {
  return CHECKED.get(policy)?.key ?? policy;
}

/**
 * @internal Throws `invalid-argument`, at the path of the first fault, unless the value is a
 * {@link ReleasePolicy}: versions in date order, each with rules, lead times and a source; moves; ad-hoc
 * releases.
 */
export function assertPolicy(policy: unknown, path: InputPath = ['policy']): asserts policy is ReleasePolicy {
  const known = typeof policy === 'object' && policy !== null ? CHECKED.get(policy) : undefined;
  if (known !== undefined && unchanged(policy as object, known.stamp)) return;
  const p = checkObject<ReleasePolicy>(policy, path, 'a ReleasePolicy { versions (at least one), moves, adHoc }');
  checkKeys(p, RELEASE_POLICY_KEYS, path);
  checkVersions<ReleaseSchedule>(p.versions, [...path, 'versions'], 'release policy', (value, at) => {
    const v = checkObject<ReleaseSchedule>(value, at, 'a ReleaseSchedule { releases, leadTimes }');
    checkKeys(v, RELEASE_SCHEDULE_KEYS, at);
    checkArray<ScheduledReleaseRule>(v.releases, [...at, 'releases'], 'an array of release rules').forEach((r, j) => {
      checkObject(r, [...at, 'releases', j], 'a ScheduledReleaseRule { month, weekday, which, name }');
      checkKeys(r, SCHEDULED_RELEASE_RULE_KEYS, [...at, 'releases', j]);
      checkWholeNumber(r.month, [...at, 'releases', j, 'month'], 1, 12);
      checkWholeNumber(r.weekday, [...at, 'releases', j, 'weekday'], 1, 7);
      checkOneOf(r.which, ['first', 'last'], [...at, 'releases', j, 'which'], 'which');
      checkString(r.name, [...at, 'releases', j, 'name'], 'a release name');
    });
    const lead = checkObject<LeadTimes>(
      v.leadTimes,
      [...at, 'leadTimes'],
      'LeadTimes { dccBaselineMonths, fullScopeMonths, lateExceptionDays?, source }',
    );
    checkKeys(lead, LEAD_TIMES_KEYS, [...at, 'leadTimes']);
    checkWholeNumber(lead.dccBaselineMonths, [...at, 'leadTimes', 'dccBaselineMonths'], 0, 120);
    checkWholeNumber(lead.fullScopeMonths, [...at, 'leadTimes', 'fullScopeMonths'], 0, 120);
    if (lead.lateExceptionDays !== undefined)
      checkWholeNumber(lead.lateExceptionDays, [...at, 'leadTimes', 'lateExceptionDays'], 0, 3650);
    checkCitation(lead.source, [...at, 'leadTimes', 'source']);
  });
  checkArray<ReleaseMove>(p.moves, [...path, 'moves'], 'an array of release moves').forEach((m, i) => {
    checkObject(m, [...path, 'moves', i], 'a ReleaseMove { id, to, source }');
    checkKeys(m, RELEASE_MOVE_KEYS, [...path, 'moves', i]);
    checkString(m.id, [...path, 'moves', i, 'id'], 'a release id (YYYY-MM)');
    parseDay(m.to, [...path, 'moves', i, 'to']);
  });
  checkArray(p.adHoc, [...path, 'adHoc'], 'an array of ad-hoc releases').forEach((r, i) =>
    checkRelease(r, [...path, 'adHoc', i]),
  );
  if (p.recorded !== undefined) {
    const seen = new Set<string>();
    checkArray<RecordedRelease>(p.recorded, [...path, 'recorded'], 'an array of recorded releases').forEach((r, i) => {
      const at = [...path, 'recorded', i];
      checkObject(r, at, 'a RecordedRelease { id, date, source }');
      checkKeys(r, RECORDED_RELEASE_KEYS, at);
      checkString(r.id, [...at, 'id'], 'a scheduled release id (YYYY-MM)');
      if (seen.has(r.id)) throw invalidArgument(r.id, [...at, 'id'], `release ${r.id} is recorded twice`);
      seen.add(r.id);
      parseDay(r.date, [...at, 'date']);
      checkCitation(r.source, [...at, 'source']);
    });
  }
  CHECKED.set(p, { stamp: stampOf(p), key: {} });
}

/** Scope registers `toScopeRegister` made from a parsed register: already sound. */
export const SCOPE_REGISTERS = checkedOnce();

/** The register as scoping reads it: proposals with ids, dates and targets; optional releases and policy. */
export function checkScopeRegister(value: unknown, path: InputPath = ['register']): ScopeRegister {
  if (SCOPE_REGISTERS.has(value)) return value as ScopeRegister;
  const register = checkObject<ScopeRegister>(
    value,
    path,
    'a ScopeRegister { proposals, releases?, policy? } (toScopeRegister makes one from a register)',
  );
  checkKeys(register, SCOPE_REGISTER_KEYS, path);
  checkArray<ScopeProposal>(register.proposals, [...path, 'proposals'], 'an array of proposals').forEach((p, i) => {
    const at = [...path, 'proposals', i];
    checkObject(p, at, 'a ScopeProposal { id, targets, ... }');
    checkKeys(p, SCOPE_PROPOSAL_KEYS, at);
    checkString(p.id, [...at, 'id'], 'a proposal id');
    for (const key of ['decidedOn', 'standstillEndsOn', 'appealWindowEndsOn', 'implementedOn'] as const)
      optionalDate(p[key], [...at, key]);
    if (p.implementedParts !== undefined)
      checkArray(p.implementedParts, [...at, 'implementedParts'], 'an array of dates').forEach((d, j) =>
        parseDay(d, [...at, 'implementedParts', j]),
      );
    checkArray<ScopeTarget>(p.targets, [...at, 'targets'], 'an array of release targets').forEach((t, j) => {
      checkObject(t, [...at, 'targets', j], 'a target { release, status?, noEarlierThan?, addedOn?, part? }');
      checkKeys(t, SCOPE_TARGET_KEYS, [...at, 'targets', j]);
      checkString(t.release, [...at, 'targets', j, 'release'], 'a release id or date');
      optionalDate(t.addedOn, [...at, 'targets', j, 'addedOn']);
    });
  });
  if (register.releases !== undefined)
    checkArray(register.releases, [...path, 'releases'], 'an array of releases').forEach((r, i) =>
      checkRelease(r, [...path, 'releases', i]),
    );
  if (register.policy !== undefined) assertPolicy(register.policy, [...path, 'policy']);
  return register;
}
