/**
 * The timetable arguments' entrance checks, shared by every function of `secmod/timetable`: the shape
 * of a timetable, an extension and a DCC assessment, with the path of whatever is wrong. Dates are
 * checked where they are read (as `invalid-date`).
 * @internal
 */
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import type { InputPath } from '../errors/secmod-error.js';
import {
  checkArray,
  checkObject,
  checkOneOf,
  checkString,
  checkWholeNumber,
  invalidArgument,
  isRevokedProxy,
} from '../internal/check.js';
import { checkKeys, unknownKeyOf } from '../internal/keys.js';
import { MODIFICATION_PATHS } from '../lifecycle/paths.js';
import {
  DCC_ASSESSMENT_KEYS,
  DCC_TIMESCALES_KEYS,
  EXTENSION_KEYS,
  MILESTONE_KEYS,
  MILESTONE_ORDER,
  ON_HOLD_KEYS,
  TIMETABLE_KEYS,
  type DccAssessment,
  type DccTimescales,
  type Extension,
  type Milestone,
  type Timetable,
} from './types.js';

const optionalString = (value: unknown, path: InputPath): void => {
  if (value !== undefined && typeof value !== 'string')
    throw invalidArgument(value, path, 'expected a date string or nothing');
};

/**
 * Checks a timetable's shape. `unknownKinds: 'allowed'` lets a milestone kind outside the vocabulary
 * through, for `validateTimetable`, which reports it as an issue.
 */
export function checkTimetable(
  value: unknown,
  path: InputPath = ['timetable'],
  unknownKinds: 'allowed' | 'refused' = 'refused',
): Timetable {
  const t = checkObject<Timetable>(value, path, 'a Timetable { proposal, path, milestones, extensions }');
  checkKeys(t, TIMETABLE_KEYS, path);
  checkString(t.proposal, [...path, 'proposal'], 'a proposal id');
  checkOneOf(t.path, MODIFICATION_PATHS, [...path, 'path'], 'modification path');
  const milestones = checkArray<Milestone>(t.milestones, [...path, 'milestones'], 'an array of milestones');
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i] as Milestone;
    // The common case checks without building a path; a milestone that fails is checked again for its error.
    if (
      typeof m === 'object' &&
      m !== null &&
      !isRevokedProxy(m) &&
      !Array.isArray(m) &&
      typeof m.approved === 'string' &&
      (m.until === undefined || typeof m.until === 'string') &&
      (m.actual === undefined || typeof m.actual === 'string') &&
      (unknownKinds === 'allowed' || (MILESTONE_ORDER as readonly unknown[]).includes(m.kind)) &&
      unknownKeyOf(m, MILESTONE_KEYS) === undefined
    )
      continue;
    const at = [...path, 'milestones', i];
    checkObject<Milestone>(m, at, 'a milestone { kind, approved, until?, actual? }');
    checkKeys(m, MILESTONE_KEYS, at);
    if (unknownKinds === 'refused') checkOneOf(m.kind, MILESTONE_ORDER, [...at, 'kind'], 'milestone kind');
    if (typeof m.approved !== 'string')
      throw invalidArgument(m.approved, [...at, 'approved'], 'expected a date (YYYY-MM-DD or YYYY-MM)');
    optionalString(m.until, [...at, 'until']);
    optionalString(m.actual, [...at, 'actual']);
  }
  const extensions = checkArray(
    t.extensions,
    [...path, 'extensions'],
    'an array of extensions (empty when there are none)',
  );
  for (let i = 0; i < extensions.length; i++) checkExtension(extensions[i], [...path, 'extensions', i]);
  if (t.dccAssessments !== undefined)
    checkArray(t.dccAssessments, [...path, 'dccAssessments'], 'an array of DCC assessments').forEach((a, i) =>
      checkAssessment(a, [...path, 'dccAssessments', i]),
    );
  return t;
}

/** Checks an extension's shape (its rules, such as whole positive months, are `invalid-extension`). */
export function checkExtension(value: unknown, path: InputPath): Extension {
  const e = checkObject<Extension>(value, path, 'an Extension { agreedOn, months, reason, by }');
  checkKeys(e, EXTENSION_KEYS, path);
  if (typeof e.agreedOn !== 'string') throw invalidArgument(e.agreedOn, [...path, 'agreedOn'], 'expected a date');
  if (typeof e.months !== 'number')
    throw invalidArgument(e.months, [...path, 'months'], 'expected a whole number of months');
  if (e.from !== undefined) checkOneOf(e.from, MILESTONE_ORDER, [...path, 'from'], 'milestone kind');
  return e;
}

/** Checks a DCC assessment's shape. */
export function checkAssessment(value: unknown, path: InputPath): DccAssessment {
  const a = checkObject<DccAssessment>(value, path, 'a DccAssessment { kind, requestedOn, originalDueOn, ... }');
  checkKeys(a, DCC_ASSESSMENT_KEYS, path);
  checkOneOf(a.kind, ['preliminary', 'impact'], [...path, 'kind'], 'assessment kind');
  if (typeof a.requestedOn !== 'string')
    throw invalidArgument(a.requestedOn, [...path, 'requestedOn'], 'expected a date');
  if (typeof a.originalDueOn !== 'string')
    throw invalidArgument(a.originalDueOn, [...path, 'originalDueOn'], 'expected a date');
  if (a.revisedDueOn !== undefined) checkArray(a.revisedDueOn, [...path, 'revisedDueOn'], 'an array of dates');
  optionalString(a.returnedOn, [...path, 'returnedOn']);
  if (a.onHold !== undefined) {
    checkArray(a.onHold, [...path, 'onHold'], 'an array of { from, to? }').forEach((h, i) =>
      checkKeys(checkObject(h, [...path, 'onHold', i], 'a period { from, to? }'), ON_HOLD_KEYS, [...path, 'onHold', i]),
    );
  }
  return a;
}

/** Checks DCC timescales: whole, non-negative numbers of Working Days and a calendar. */
export function checkTimescales(value: unknown, path: InputPath): DccTimescales {
  const t = checkObject<DccTimescales>(value, path, 'DccTimescales { preliminary, impact, calendar, source }');
  checkKeys(t, DCC_TIMESCALES_KEYS, path);
  checkWholeNumber(t.preliminary, [...path, 'preliminary'], 0, 3650);
  checkWholeNumber(t.impact, [...path, 'impact'], 0, 3650);
  assertCalendar(t.calendar, [...path, 'calendar']);
  return t;
}
