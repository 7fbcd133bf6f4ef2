/**
 * The options of `validateTimetable` and `planTimetable`: their shape, and reading them once into the
 * form the timetable rules use (dates as day numbers, meeting lists indexed, defaults filled in).
 * @internal
 */
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { englandAndWales } from '../calendar/uk/calendars.js';
import { checkObject, checkOptionalBoolean, checkWholeNumber, parseDay } from '../internal/check.js';
import { checkKeys, keysOf } from '../internal/keys.js';
import type { MeetingCalendar } from '../meetings/types.js';
import { standstillAdoptableFromDay } from '../standstill/adoptable.js';
import type { Standstill } from '../standstill/types.js';
import { assertPolicy } from '../releases/calendar.js';
import { policyKey } from '../releases/check.js';
import { indexOf } from '../meetings/lookup.js';
import { SEC_RELEASE_POLICY } from '../releases/policy.js';
import type { ReleasePolicy } from '../releases/types.js';
import { checkTimescales } from './check.js';
import { meetingSetOf } from './meeting-set.js';
import { builtInRules, resolveRules, type ResolvedRules } from './rules/define.js';
import type { AnyTimetableRule, ResolvedTimetableOptions, SecTimetableRule } from './rules/types.js';
import { SEC_TIMETABLE_RULES } from './rules/index.js';
import { DCC_STANDARD_TIMESCALES, type DccTimescales } from './status.js';

/**
 * What `validateTimetable` and `planTimetable` check against. Every rule that needs an option runs only
 * when the option is given; `rules` chooses the rules themselves.
 */
export interface ValidateTimetableOptions<R extends AnyTimetableRule = SecTimetableRule> {
  /**
   * Panel meetings, as dates or a `MeetingCalendar` (`secmod/meetings`): milestones the Panel decides
   * must fall on one (or, for a month, in a month with one).
   */
  readonly panelMeetings?: readonly string[] | MeetingCalendar | undefined;
  /** Change Board meetings, as dates or a `MeetingCalendar`: the Change Board milestone must fall on one. */
  readonly changeBoardMeetings?: readonly string[] | MeetingCalendar | undefined;
  /**
   * Papers for a meeting are issued this many Working Days before it: whatever comes before a meeting
   * milestone (a consultation, a DCC assessment) must be finished by then (`paperDeadline`).
   */
  readonly paperDeadlineWorkingDays?: number | undefined;
  /**
   * The shortest consultation, in Working Days, counted from the day after it opens up to and including
   * the day it closes (as `workingDaysBetween`): MP112's 15 Working Day consultation ran from 17 March to
   * 7 April 2020.
   */
  readonly minConsultationWorkingDays?: number | undefined;
  /** Working days for the non-working-day and consultation checks; default `englandAndWales`. */
  readonly calendar?: HolidayCalendar | undefined;
  /** Release calendar for the implementation date; default the SEC's; `false` skips the check. */
  readonly releasePolicy?: ReleasePolicy | false | undefined;
  /**
   * For a proposal that needs EC notification: its standstill, as `standstillPeriod` returns it. The
   * implementation may be no earlier than its `adoptableFrom`, whatever the convention.
   */
  readonly standstill?: Standstill | undefined;
  /**
   * Or the end of its standstill as TRIS publishes it (read as the standstill's last day: adoption from
   * the day after). Not with `standstill`.
   */
  readonly standstillEndsOn?: string | undefined;
  /**
   * The DCC assessment timescales a timetable's `dccAssessments` are held to: a DCC milestone planned
   * before its request's due date is a warning. Default `DCC_STANDARD_TIMESCALES`.
   */
  readonly dccTimescales?: DccTimescales | undefined;
  /**
   * Whether the change affects DCC systems. When given (true or false), the implementation must be no
   * earlier than the first release the decision can make under the release policy's lead times
   * (`earliestRelease`).
   */
  readonly dccSystemImpact?: boolean | undefined;
  /** The fewest Working Days between the Change Board and an Authority decision. */
  readonly authorityDecisionWorkingDays?: number | undefined;
  /**
   * The rules to check and plan by, in the order they report; default {@link SEC_TIMETABLE_RULES}.
   * `[]` checks nothing but the timetable's reading (dates, kinds, duplicates); a filtered list drops
   * those rules; your own rules ({@link defineTimetableRule}) report under their own codes.
   */
  readonly rules?: readonly R[] | undefined;
}

/** @internal The resolved options and the rules to run, as `validateTimetable` and `planTimetable` use them. */
export interface Resolved extends ResolvedTimetableOptions {
  readonly rules: ResolvedRules;
}

/**
 * Options made by {@link prepareTimetableOptions}: checked and read once, so a batch of timetables
 * validated with them pays for that once.
 */
export interface PreparedTimetableOptions<
  R extends AnyTimetableRule = SecTimetableRule,
> extends ValidateTimetableOptions<R> {
  readonly [PREPARED_BRAND]: true;
}
declare const PREPARED_BRAND: unique symbol;

/**
 * Prepared options, resolved, with what their calendars and release policy were indexed as (each
 * calendar's index, the policy's key): a calendar or policy changed since is read again, so prepared
 * options never answer from a stale index.
 */
const PREPARED = new WeakMap<object, { readonly resolved: Resolved; readonly indexed: readonly unknown[] }>();

/** What the options' meeting calendars and release policy are indexed as now (each checked again if changed). */
function indexedAs(o: ValidateTimetableOptions): unknown[] {
  const calendar = (value: unknown, key: string) =>
    value === undefined || Array.isArray(value) ? undefined : indexOf(value as MeetingCalendar, ['options', key]);
  const policy = o.releasePolicy === undefined || o.releasePolicy === false ? undefined : o.releasePolicy;
  if (policy !== undefined) assertPolicy(policy, ['options', 'releasePolicy']);
  return [
    calendar(o.panelMeetings, 'panelMeetings'),
    calendar(o.changeBoardMeetings, 'changeBoardMeetings'),
    policy === undefined ? undefined : policyKey(policy),
  ];
}

/** The keys of {@link ValidateTimetableOptions}: any other is refused (a typo would skip a check). */
const OPTIONS_KEYS = keysOf<ValidateTimetableOptions>()([
  'panelMeetings',
  'changeBoardMeetings',
  'paperDeadlineWorkingDays',
  'minConsultationWorkingDays',
  'calendar',
  'releasePolicy',
  'standstill',
  'standstillEndsOn',
  'dccTimescales',
  'dccSystemImpact',
  'authorityDecisionWorkingDays',
  'rules',
]);

/** The standstill's last day as TRIS publishes it, from either option. */
function standstillEndsOnDay(o: ValidateTimetableOptions): number | undefined {
  if (o.standstillEndsOn !== undefined) return parseDay(o.standstillEndsOn, ['options', 'standstillEndsOn']);
  return o.standstill === undefined ? undefined : parseDay(o.standstill.endsOn, ['options', 'standstill', 'endsOn']);
}

/** The options' shape and values: a check that cannot run is refused, never silently skipped. */
export function resolveOptions(value: unknown): Resolved {
  const known = typeof value === 'object' && value !== null ? PREPARED.get(value) : undefined;
  if (known !== undefined) {
    const indexed = indexedAs(value as ValidateTimetableOptions);
    if (indexed.every((x, i) => x === known.indexed[i])) return known.resolved;
    // A calendar or the policy changed since the options were prepared: read again.
    const resolved = resolveOptions({ ...(value as ValidateTimetableOptions) });
    PREPARED.set(value as object, { resolved, indexed: indexedAs(value as ValidateTimetableOptions) });
    return resolved;
  }
  const o = checkObject<ValidateTimetableOptions>(value, ['options'], 'ValidateTimetableOptions');
  checkKeys(o, OPTIONS_KEYS, ['options']);
  const meetings =
    o.panelMeetings === undefined
      ? undefined
      : meetingSetOf(o.panelMeetings, 'Panel meeting', ['options', 'panelMeetings']);
  const changeBoard =
    o.changeBoardMeetings === undefined
      ? undefined
      : meetingSetOf(o.changeBoardMeetings, 'Change Board meeting', ['options', 'changeBoardMeetings']);
  if (o.paperDeadlineWorkingDays !== undefined)
    checkWholeNumber(o.paperDeadlineWorkingDays, ['options', 'paperDeadlineWorkingDays'], 0, 3650);
  if (o.authorityDecisionWorkingDays !== undefined)
    checkWholeNumber(o.authorityDecisionWorkingDays, ['options', 'authorityDecisionWorkingDays'], 0, 3650);
  checkOptionalBoolean(o.dccSystemImpact, ['options', 'dccSystemImpact']);
  if (o.dccTimescales !== undefined) checkTimescales(o.dccTimescales, ['options', 'dccTimescales']);
  if (o.minConsultationWorkingDays !== undefined)
    checkWholeNumber(o.minConsultationWorkingDays, ['options', 'minConsultationWorkingDays'], 0, 3650);
  if (o.calendar !== undefined) assertCalendar(o.calendar, ['options', 'calendar']);
  if (o.releasePolicy !== undefined && o.releasePolicy !== false)
    assertPolicy(o.releasePolicy, ['options', 'releasePolicy']);
  return {
    panelMeetings: meetings,
    changeBoardMeetings: changeBoard,
    paperDeadlineWorkingDays: o.paperDeadlineWorkingDays,
    dccTimescales: o.dccTimescales ?? DCC_STANDARD_TIMESCALES,
    dccSystemImpact: o.dccSystemImpact,
    authorityDecisionWorkingDays: o.authorityDecisionWorkingDays,
    minConsultationWorkingDays: o.minConsultationWorkingDays,
    calendar: o.calendar ?? englandAndWales,
    releasePolicy: o.releasePolicy === undefined ? SEC_RELEASE_POLICY : o.releasePolicy,
    standstill: o.standstill,
    standstillEndsOn: standstillEndsOnDay(o),
    adoptableFrom: standstillAdoptableFromDay(o, ['options']),
    rules: resolveRules(o.rules, ['options', 'rules'], () => builtInRules(SEC_TIMETABLE_RULES)),
  };
}

/**
 * Checks and reads options of `validateTimetable` once, for a batch: the result (a frozen copy)
 * validates every timetable of the batch without checking the options, the rules or the Panel meeting
 * dates again.
 *
 * @throws {SecmodError} as `validateTimetable` would for the same options.
 * @example
 * const prepared = prepareTimetableOptions({ panelMeetings, minConsultationWorkingDays: 15 });
 * const issues = timetables.flatMap((t) => validateTimetable(t, prepared));
 */
export function prepareTimetableOptions<R extends AnyTimetableRule = SecTimetableRule>(
  options: ValidateTimetableOptions<R>,
): PreparedTimetableOptions<R> {
  const resolved = resolveOptions(options);
  const copy = Object.freeze({
    ...options,
    ...(Array.isArray(options.panelMeetings) ? { panelMeetings: Object.freeze([...options.panelMeetings]) } : {}),
    ...(Array.isArray(options.changeBoardMeetings)
      ? { changeBoardMeetings: Object.freeze([...options.changeBoardMeetings]) }
      : {}),
    ...(options.rules === undefined ? {} : { rules: Object.freeze([...options.rules]) }),
  });
  PREPARED.set(copy, { resolved, indexed: indexedAs(copy as ValidateTimetableOptions) });
  return copy as PreparedTimetableOptions<R>;
}
