/**
 * Entrance checks of `secmod/releases`: a release, and the minimal register that scoping reads.
 * @internal
 */
import type { InputPath } from '../errors/secmod-error.js';
import { checkArray, checkedOnce, checkObject, checkOneOf, checkString } from '../internal/check.js';
import { parseDay } from '../internal/check.js';
import { assertPolicy } from './calendar.js';
import type { ScopeProposal, ScopeRegister, ScopeTarget } from './scope.js';
import type { Release } from './types.js';

const optionalDate = (value: unknown, path: InputPath): void => {
  if (value !== undefined) parseDay(value, path);
};

/** A release: an id, a name, a real date and a kind. */
export function checkRelease(value: unknown, path: InputPath): Release {
  const r = checkObject<Release>(value, path, 'a Release { id, name, date, kind }');
  checkString(r.id, [...path, 'id'], 'a non-empty release id');
  checkString(r.name, [...path, 'name'], 'a non-empty release name');
  parseDay(r.date, [...path, 'date']);
  checkOneOf(r.kind, ['scheduled', 'ad-hoc'], [...path, 'kind'], 'release kind');
  optionalDate(r.movedFrom, [...path, 'movedFrom']);
  return r;
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
  checkArray<ScopeProposal>(register.proposals, [...path, 'proposals'], 'an array of proposals').forEach((p, i) => {
    const at = [...path, 'proposals', i];
    checkObject(p, at, 'a ScopeProposal { id, targets, ... }');
    checkString(p.id, [...at, 'id'], 'a proposal id');
    for (const key of ['decidedOn', 'standstillEndsOn', 'appealWindowEndsOn', 'implementedOn'] as const)
      optionalDate(p[key], [...at, key]);
    if (p.implementedParts !== undefined)
      checkArray(p.implementedParts, [...at, 'implementedParts'], 'an array of dates').forEach((d, j) =>
        parseDay(d, [...at, 'implementedParts', j]),
      );
    checkArray<ScopeTarget>(p.targets, [...at, 'targets'], 'an array of release targets').forEach((t, j) => {
      checkObject(t, [...at, 'targets', j], 'a target { release, status?, noEarlierThan?, addedOn?, part? }');
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
