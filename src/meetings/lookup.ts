/**
 * @internal Meeting lookups on day numbers: a calendar is checked and indexed once, and indexed again
 * whenever it has changed since (secmod's own calendars are deep-frozen and never do; a caller's is
 * compared with its fingerprint), then a lookup walks months from the day asked about.
 */
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { englandAndWales } from '../calendar/uk/calendars.js';
import { isWorkingDayNumber, upperBound } from '../calendar/working-days/holiday-index.js';
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import {
  checkArray,
  checkObject,
  checkOneOf,
  checkString,
  checkWholeNumber,
  invalidArgument,
  parseDay,
} from '../internal/check.js';
import { civilFromDays, daysFromCivil, daysInMonth, isoOf, MAX_DAY, MIN_DAY, weekdayOf } from '../internal/days.js';
import { stampOf, unchanged, type Stamp } from '../internal/fresh.js';
import { checkKeys } from '../internal/keys.js';
import type { Citation } from '../sources/citation.js';
import { NO_MEETING_FROM_DECEMBER } from '../sources/assumptions.js';
import { CITATION_KEYS, checkVersions, spansOf } from '../sources/dated.js';
import {
  KNOWN_MEETING_KEYS,
  MEETING_BODIES,
  MEETING_CALENDAR_KEYS,
  MEETING_RULE_KEYS,
  type KnownMeeting,
  type Meeting,
  type MeetingCalendar,
  type MeetingRule,
} from './types.js';

/** How far a lookup searches before it says there is no meeting: 20 years of months. */
export const HORIZON_MONTHS = 240;

interface Index {
  readonly calendar: MeetingCalendar;
  /** Known meeting days, ascending, and the meeting of each. */
  readonly known: Int32Array;
  readonly knownMeetings: readonly KnownMeeting[];
  /** Months (year * 12 + month - 1) with a known meeting. */
  readonly knownMonths: ReadonlySet<number>;
  /** The projection's versions as [from, until] day spans with their rule and source. */
  readonly projection: readonly { from: number; until: number; rule: MeetingRule; source: Citation }[];
  readonly workingDays: HolidayCalendar;
  /** Each month's projected meeting, worked out once (`null`: none). */
  readonly projected: Map<number, Found | null>;
}

/** Each calendar's index, with the stamp that says whether the calendar is still as it was indexed. */
const INDEXES = new WeakMap<MeetingCalendar, { readonly index: Index; readonly stamp: Stamp }>();

/** A calendar's working days are a holiday calendar: taken by identity, as every holiday index takes it. */
const OPAQUE: ReadonlySet<string> = new Set(['workingDays']);

/**
 * The calendar, checked and indexed once, and again whenever it has changed since (a meeting added, a
 * date moved): never an answer from a stale index.
 */
export function indexOf(calendar: MeetingCalendar, path: InputPath): Index {
  const cached = INDEXES.get(calendar);
  if (cached !== undefined && unchanged(calendar, cached.stamp)) return cached.index;
  checkObject(calendar, path, 'MeetingCalendar { id, name, body, meetings, projection?, workingDays? }');
  checkKeys(calendar, MEETING_CALENDAR_KEYS, path);
  checkString(calendar.id, [...path, 'id']);
  checkString(calendar.name, [...path, 'name']);
  checkOneOf(calendar.body, MEETING_BODIES, [...path, 'body'], 'meeting body');
  const meetings = checkArray<KnownMeeting>(calendar.meetings, [...path, 'meetings'], 'an array of KnownMeeting');
  const days: number[] = [];
  meetings.forEach((m, i) => {
    checkObject(m, [...path, 'meetings', i], 'KnownMeeting { date, number?, source }');
    checkKeys(m, KNOWN_MEETING_KEYS, [...path, 'meetings', i]);
    const day = parseDay(m.date, [...path, 'meetings', i, 'date']);
    if (i > 0 && day <= (days[i - 1] as number))
      throw invalidArgument(m.date, [...path, 'meetings', i, 'date'], 'expected meetings in date order, each once');
    if (m.number !== undefined) checkWholeNumber(m.number, [...path, 'meetings', i, 'number'], 1);
    checkObject(m.source, [...path, 'meetings', i, 'source'], 'a Citation');
    checkKeys(m.source, CITATION_KEYS, [...path, 'meetings', i, 'source']);
    days.push(day);
  });
  if (calendar.workingDays !== undefined) assertCalendar(calendar.workingDays, [...path, 'workingDays']);
  const checkRule = (value: unknown, at: InputPath): void => {
    const rule = checkObject<MeetingRule>(value, at, 'MeetingRule { weekday, nth }');
    checkKeys(rule, MEETING_RULE_KEYS, at);
    checkWholeNumber(rule.weekday, [...at, 'weekday'], 1, 7);
    const nth = checkWholeNumber(rule.nth, [...at, 'nth'], -1, 5);
    if (nth === 0) throw invalidArgument(nth, [...at, 'nth'], 'expected 1 to 5, or -1 for the last');
  };
  const versions =
    calendar.projection === undefined
      ? []
      : checkVersions<MeetingRule>(calendar.projection, [...path, 'projection'], 'MeetingRule', checkRule);
  const projection = spansOf(versions).map(([from, until], i) => {
    const version = versions[i] as (typeof versions)[number];
    return { from, until, rule: version.value, source: version.source };
  });
  const index: Index = {
    calendar,
    known: Int32Array.from(days),
    knownMeetings: meetings,
    knownMonths: new Set(days.map(monthOf)),
    projection,
    workingDays: calendar.workingDays ?? englandAndWales,
    projected: new Map(),
  };
  INDEXES.set(calendar, { index, stamp: stampOf(calendar, OPAQUE) });
  return index;
}

const monthOf = (day: number): number => {
  const [y, m] = civilFromDays(day);
  return y * 12 + m - 1;
};

/**
 * The projected meeting day of a month, a week earlier where it falls on or after
 * `NO_MEETING_FROM_DECEMBER` (`no-meeting-at-christmas` in `assumptions()`), moved to the next Working Day; undefined if no version covers it.
 */
function projectedIn(index: Index, month: number): Found | undefined {
  const cached = index.projected.get(month);
  if (cached !== undefined) return cached ?? undefined;
  const found = projectOnce(index, month);
  index.projected.set(month, found ?? null);
  return found;
}

function projectOnce(index: Index, month: number): Found | undefined {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  if (year < 1 || year > 9999) return undefined;
  const first = daysFromCivil(year, m, 1);
  const version = index.projection.find((v) => first >= v.from && first <= v.until);
  if (version === undefined) return undefined;
  const { weekday, nth } = version.rule;
  const length = daysInMonth(year, m);
  let day: number;
  if (nth > 0) {
    day = first + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
    if (day >= first + length) return undefined;
  } else {
    const last = first + length - 1;
    day = last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  // No meeting is projected in the last weeks of December: the week before instead.
  if (m === 12 && day - first + 1 >= NO_MEETING_FROM_DECEMBER) day -= 7;
  while (day <= MAX_DAY && !isWorkingDayNumber(index.workingDays, day)) day++;
  return day > MAX_DAY ? undefined : { day, projected: true, source: version.source };
}

/** A meeting found: its day, whether it is projected, the known meeting (its number) and the source. */
export interface Found {
  readonly day: number;
  readonly projected: boolean;
  readonly known?: KnownMeeting | undefined;
  readonly source: Citation;
}

/** The meeting found, as an answer gives it. */
export function meetingOf(index: Index, found: Found): Meeting {
  const number = found.known?.number;
  return {
    date: isoOf(found.day),
    body: index.calendar.body,
    projected: found.projected,
    ...(number === undefined ? {} : { number }),
    source: found.source,
  };
}

const knownAt = (index: Index, k: number): Found => {
  const known = index.knownMeetings[k] as KnownMeeting;
  return { day: index.known[k] as number, projected: false, known, source: known.source };
};

/** The first meeting on or after `day`, within the horizon; undefined if none. */
export function meetingOnOrAfter(index: Index, day: number): Found | undefined {
  const k = upperBound(index.known, day - 1);
  const knownDay = k < index.known.length ? (index.known[k] as number) : undefined;
  const start = monthOf(day);
  const end = Math.min(knownDay === undefined ? start + HORIZON_MONTHS : monthOf(knownDay), start + HORIZON_MONTHS);
  if (index.projection.length > 0) {
    // From the month before: its projected day may have moved past a holiday into this month.
    for (let month = start - 1; month <= end; month++) {
      if (index.knownMonths.has(month)) continue;
      const p = projectedIn(index, month);
      if (p !== undefined && p.day >= day && (knownDay === undefined || p.day < knownDay)) return p;
    }
  }
  if (knownDay === undefined || monthOf(knownDay) > start + HORIZON_MONTHS) return undefined;
  return knownAt(index, k);
}

/** The last meeting on or before `day`, within the horizon; undefined if none. */
export function meetingOnOrBefore(index: Index, day: number): Found | undefined {
  const k = upperBound(index.known, day) - 1;
  const knownDay = k >= 0 ? (index.known[k] as number) : undefined;
  const start = monthOf(day);
  const end = Math.max(knownDay === undefined ? start - HORIZON_MONTHS : monthOf(knownDay), start - HORIZON_MONTHS);
  if (index.projection.length > 0) {
    for (let month = start; month >= end; month--) {
      if (index.knownMonths.has(month)) continue;
      const p = projectedIn(index, month);
      if (p !== undefined && p.day <= day && (knownDay === undefined || p.day > knownDay)) return p;
    }
  }
  if (knownDay === undefined || monthOf(knownDay) < start - HORIZON_MONTHS) return undefined;
  return knownAt(index, k);
}

/** Every meeting in [from, to], in date order. */
export function meetingsIn(index: Index, from: number, to: number): Found[] {
  const out: Found[] = [];
  let day = Math.max(from, MIN_DAY);
  while (day <= to) {
    const next = meetingOnOrAfter(index, day);
    if (next === undefined) {
      // Nothing within the horizon: jump past it, or stop.
      const jump = firstDayOfMonth(monthOf(day) + HORIZON_MONTHS);
      if (jump === undefined || jump > to) break;
      day = jump;
      continue;
    }
    if (next.day > to) break;
    out.push(next);
    day = next.day + 1;
  }
  return out;
}

function firstDayOfMonth(month: number): number | undefined {
  const year = Math.floor(month / 12);
  return year > 9999 ? undefined : daysFromCivil(year, (month % 12) + 1, 1);
}
/** The error when there is no meeting to find. */
export function noMeeting(index: Index, day: number, path: InputPath, direction: 'after' | 'before'): SecmodError {
  return new SecmodError(
    'no-meeting',
    `${index.calendar.name}: no meeting, known or projected, within 20 years ${direction} ${isoOf(day)}${index.projection.length === 0 ? ' (the calendar has no projection: add one for dates past its known meetings)' : ''}`,
    { path },
  );
}
