/**
 * @internal The meetings a timetable option names, as a list of dates or a `MeetingCalendar`, behind one
 * interface: whether a span holds a meeting, the nearest one, and the first one from a day.
 */
import type { InputPath } from '../errors/secmod-error.js';
import { upperBound } from '../calendar/working-days/holiday-index.js';
import { checkArray, invalidArgument, isRevokedProxy, parseDay } from '../internal/check.js';
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

/**
 * A list of dates read before, kept with a copy of its contents: the same array passed again (a batch
 * validated with one options object) is read once, and an array changed since is read again, never
 * answered from a stale index.
 */
const LISTS = new WeakMap<
  readonly unknown[],
  { readonly name: string; readonly dates: readonly unknown[]; readonly set: MeetingSet }
>();

/** The set of each calendar index. */
const CALENDAR_SETS = new WeakMap<ReturnType<typeof indexOf>, MeetingSet>();

/** How many answers a calendar's set keeps, by day (a power of two). */
const REMEMBERED = 64;

/** `find` answering again from a table of its last answers, one a slot by the day's low bits. */
function remembered(find: (day: number) => Found | undefined): (day: number) => Found | undefined {
  const days = new Float64Array(REMEMBERED).fill(Number.NaN);
  const answers: (Found | undefined)[] = new Array<Found | undefined>(REMEMBERED).fill(undefined);
  return (day) => {
    const slot = day & (REMEMBERED - 1);
    if (days[slot] === day) return answers[slot];
    const found = find(day);
    days[slot] = day;
    answers[slot] = found;
    return found;
  };
}

/** Whether the array still holds what was read from it. */
function unchanged(value: readonly unknown[], dates: readonly unknown[]): boolean {
  if (value.length !== dates.length) return false;
  for (let i = 0; i < dates.length; i++) if (value[i] !== dates[i]) return false;
  return true;
}

/** The option as a meeting set: a calendar (checked once) or a list of dates (read again only when it changed). */
export function meetingSetOf(value: unknown, name: string, path: InputPath): MeetingSet {
  if (isRevokedProxy(value))
    throw invalidArgument(value, path, `expected an array of ${name} dates, or a MeetingCalendar`);
  if (!Array.isArray(value)) {
    const index = indexOf(value as MeetingCalendar, path);
    // One set per index (the index itself is lookup.ts's), its answers from a day kept in a small table:
    // the planner asks about one day several times (to move a date, to hold it, to explain it).
    let set = CALENDAR_SETS.get(index);
    if (set === undefined) {
      set = {
        onOrAfter: remembered((day) => meetingOnOrAfter(index, day)),
        onOrBefore: (day) => meetingOnOrBefore(index, day),
      };
      CALENDAR_SETS.set(index, set);
    }
    return set;
  }
  const known = LISTS.get(value);
  if (known !== undefined && known.name === name && unchanged(value, known.dates)) return known.set;
  const set = listSet(value, name, path);
  LISTS.set(value, { name, dates: [...value], set });
  return set;
}

function listSet(value: readonly unknown[], name: string, path: InputPath): MeetingSet {
  const list = checkArray<string>(value, path, `an array of ${name} dates, or a MeetingCalendar`);
  // A typed array sorts numerically, and lookups share the binary search of the working-day tables.
  const sorted = new Int32Array(list.length);
  for (let i = 0; i < list.length; i++) sorted[i] = parseDay(list[i], [...path, i]);
  sorted.sort();
  const source = callerSupplied(name);
  const find = (i: number): Found | undefined =>
    i < 0 || i >= sorted.length ? undefined : { day: sorted[i] as number, projected: false, source };
  return {
    onOrAfter: (day) => find(upperBound(sorted, day - 1)),
    onOrBefore: (day) => find(upperBound(sorted, day) - 1),
  };
}
