/**
 * @internal The meetings a timetable option names, as a list of dates or a `MeetingCalendar`, behind one
 * interface: whether a span holds a meeting, the nearest one, and the first one from a day.
 */
import type { InputPath } from '../errors/secmod-error.js';
import { checkArray, parseDay } from '../internal/check.js';
import { indexOf, meetingOnOrAfter, meetingOnOrBefore, type Found } from '../meetings/lookup.js';
import type { MeetingCalendar } from '../meetings/types.js';
import { callerSupplied } from '../sources/documents.js';
import type { Span } from './dates.js';

export interface MeetingSet {
  /** The first meeting on or after a day (within the horizon). */
  onOrAfter(day: number): Found | undefined;
  onOrBefore(day: number): Found | undefined;
}

/** Whether the span holds a meeting. */
export const holdsMeeting = (set: MeetingSet, s: Span): boolean => {
  const m = set.onOrAfter(s.first);
  return m !== undefined && m.day <= s.last;
};

/** The meeting closest to a span (the later one on a tie). */
export function nearestMeeting(set: MeetingSet, s: Span): number | undefined {
  const before = set.onOrBefore(s.first)?.day;
  const after = set.onOrAfter(s.last)?.day;
  if (before === undefined) return after;
  if (after === undefined) return before;
  return s.first - before < after - s.last ? before : after;
}

/** The option as a meeting set: a calendar (checked once) or a list of dates (checked on every call). */
export function meetingSetOf(value: unknown, name: string, path: InputPath): MeetingSet {
  if (!Array.isArray(value)) {
    const index = indexOf(value as MeetingCalendar, path);
    return { onOrAfter: (day) => meetingOnOrAfter(index, day), onOrBefore: (day) => meetingOnOrBefore(index, day) };
  }
  const list = checkArray<string>(value, path, `an array of ${name} dates, or a MeetingCalendar`);
  const days = list.map((d, i) => parseDay(d, [...path, i]));
  // Lists are usually in date order already: sort only when not.
  for (let i = 1; i < days.length; i++)
    if ((days[i] as number) < (days[i - 1] as number)) {
      days.sort((a, b) => a - b);
      break;
    }
  const source = callerSupplied(name);
  const find = (i: number): Found | undefined =>
    i < 0 || i >= days.length ? undefined : { day: days[i] as number, projected: false, source };
  return {
    onOrAfter: (day) => find(lowerBound(days, day)),
    onOrBefore: (day) => find(lowerBound(days, day + 1) - 1),
  };
}

function lowerBound(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
