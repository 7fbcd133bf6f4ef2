import { cite, DATE_HOLIDAYS_PACKAGE } from '../sources/documents.js';
/**
 * An adapter from the `date-holidays` package (an optional peer dependency: install it yourself) to
 * secmod's {@link HolidayCalendar}, and the public-holiday calendars of the states that notify
 * drafts to TRIS, by their TRIS codes.
 *
 * @module date-holidays
 */
import Holidays from 'date-holidays';
import type { HolidayCalendar, Holiday } from '../calendar/holidays/types.js';
import { unitedKingdom } from '../calendar/uk/calendars.js';
import { SecmodError } from '../errors/secmod-error.js';
import { checkArray, checkString, show } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { civilFromDays, isoOf } from '../internal/days.js';
import { invalidArgument, isRevokedProxy, parseDay } from '../internal/check.js';
import { yearCachedCalendar } from '../calendar/holidays/year-cached.js';

/** Options of {@link dateHolidaysCalendar}. */
export interface DateHolidaysOptions {
  /** The date-holidays types that count as non-working days; default `['public']`. */
  readonly types?: readonly string[] | undefined;
  /** Calendar id; default `date-holidays`. */
  readonly id?: string | undefined;
  /** Calendar name; default `Public holidays (date-holidays)`. */
  readonly name?: string | undefined;
}

const OPTIONS_KEYS = keysOf<DateHolidaysOptions>()(['types', 'id', 'name']);

/**
 * Runs a date-holidays computation with the process time zone set to UTC, then restores it.
 * date-holidays builds its dates as local-time `Date`s, so in a zone that skipped a calendar day (the
 * Line Islands, Pacific/Kiritimati, skipped 31 December 1994) a holiday on that day is lost before the
 * adapter sees it. The calendar-date fields it returns are the holiday's own (in the country's zone),
 * so under UTC every zone gets the same answer. The call is synchronous: nothing else runs meanwhile.
 */
function inUtc<T>(compute: () => T): T {
  const env = typeof process === 'object' && process !== null ? process.env : undefined;
  if (env === undefined || env.TZ === 'UTC') return compute();
  const saved = env.TZ;
  env.TZ = 'UTC';
  try {
    return compute();
  } finally {
    if (saved === undefined) delete env.TZ;
    else env.TZ = saved;
  }
}

/**
 * Wraps a `date-holidays` instance as a {@link HolidayCalendar}. Each holiday is taken by its local
 * date (the `date` field), computed with the process zone set to UTC for the call, so the result does
 * not depend on the process time zone; a holiday that lasts several days gives one entry a day.
 *
 * @example
 * import Holidays from 'date-holidays';
 * const france = dateHolidaysCalendar(new Holidays('FR'));
 * france.isHoliday('2017-07-14'); // true
 */
export function dateHolidaysCalendar(holidays: Holidays, options: DateHolidaysOptions = {}): HolidayCalendar {
  if (
    typeof holidays !== 'object' ||
    holidays === null ||
    isRevokedProxy(holidays) ||
    typeof (holidays as Partial<Holidays>).getHolidays !== 'function'
  ) {
    throw invalidArgument(holidays, ['holidays'], 'expected a date-holidays instance (new Holidays(country))');
  }
  checkRecord(options, ['options'], 'DateHolidaysOptions { types?, id?, name? }', OPTIONS_KEYS);
  const types = new Set(
    options.types === undefined
      ? ['public']
      : checkArray<string>(options.types, ['options', 'types'], 'an array of date-holidays types').map((t, i) =>
          checkString(t, ['options', 'types', i], 'a date-holidays type (public, bank, school, optional, observance)'),
        ),
  );
  const id =
    options.id === undefined ? 'date-holidays' : checkString(options.id, ['options', 'id'], 'a non-empty calendar id');
  if (options.name !== undefined) checkString(options.name, ['options', 'name'], 'a non-empty calendar name');
  const generate = (year: number): Holiday[] => {
    const list: Holiday[] = [];
    const seen = new Set<string>();
    const at = ['holidays', 'getHolidays'];
    const answer: unknown = inUtc(() => holidays.getHolidays(year)) ?? [];
    // A sparse array (or one whose length lies) is refused at its first hole, not walked by its length.
    const answered = checkArray<unknown>(answer, at, `an array of holidays from getHolidays(${year})`);
    for (const [i, h] of answered.entries()) {
      if (typeof h !== 'object' || h === null)
        throw invalidArgument(h, [...at, i], `getHolidays(${year}) must return holiday objects`);
      const { type, date, name, start, end } = h as Partial<Record<string, unknown>>;
      if (typeof type !== 'string' || !types.has(type)) continue;
      if (typeof date !== 'string') throw invalidArgument(date, [...at, i, 'date'], 'expected a date string');
      if (typeof name !== 'string') throw invalidArgument(name, [...at, i, 'name'], 'expected a holiday name');
      const first = parseDay(date.slice(0, 10), ['holidays', 'date']);
      const span =
        start instanceof Date && end instanceof Date
          ? Math.max(1, Math.round((end.getTime() - start.getTime()) / 86_400_000))
          : 1;
      if (!Number.isFinite(span)) throw invalidArgument(end, [...at, i, 'end'], 'expected a valid Date');
      for (let k = 0; k < span; k++) {
        const day = first + k;
        if (civilFromDays(day)[0] > year) break;
        const iso = isoOf(day);
        const key = `${iso}\u0000${name}`;
        if (civilFromDays(day)[0] !== year || seen.has(key)) continue;
        seen.add(key);
        list.push({ date: iso, name });
      }
    }
    return list;
  };
  return yearCachedCalendar(
    {
      id,
      name: options.name ?? 'Public holidays (date-holidays)',
      source: cite(DATE_HOLIDAYS_PACKAGE, undefined, { note: `types: ${[...types].join(', ')}` }),
    },
    generate,
  );
}

export { TRIS_STATE_CODES } from '../standstill/tris-states.js';
import { TRIS_STATE_CODES } from '../standstill/tris-states.js';

const ISO_CODES = new Set([
  ...Object.values(TRIS_STATE_CODES),
  'AT',
  'BE',
  'DE',
  'ES',
  'FI',
  'FR',
  'IE',
  'IT',
  'LU',
  'PT',
  'SE',
  'LI',
  'NO',
]);
const stateCalendars = new Map<string, HolidayCalendar>();

/**
 * The public holidays of the state with a TRIS code (`F`, `D`, `E`, `I`, `FIN`, `IRL`, `L`, `P`, `S`,
 * `A`, `B`, `EL`/`GR`, `UK`, `CH`, `N`, ...) or an ISO 3166 code. The UK is secmod's own
 * `unitedKingdom` (all divisions); every other state comes from date-holidays' national public
 * holidays. Calendars are cached per state.
 *
 * @throws {SecmodError} `unknown-state` for a code it cannot map.
 * @example
 * trisStateCalendar('F').isHoliday('2017-07-14'); // true
 */
export function trisStateCalendar(code: string): HolidayCalendar {
  const key = typeof code === 'string' ? code.trim().toUpperCase() : '';
  const iso = TRIS_STATE_CODES[key] ?? (ISO_CODES.has(key) ? key : undefined);
  if (iso === undefined) {
    throw new SecmodError(
      'unknown-state',
      `unknown TRIS state code ${show(code)}; known: ${Object.keys(TRIS_STATE_CODES).join(', ')}`,
      { path: ['code'] },
    );
  }
  const cached = stateCalendars.get(iso);
  if (cached) return cached;
  const calendar =
    iso === 'GB'
      ? unitedKingdom
      : dateHolidaysCalendar(new Holidays(iso), {
          id: `public-holidays-${iso.toLowerCase()}`,
          name: `Public holidays ${iso} (date-holidays)`,
        });
  stateCalendars.set(iso, calendar);
  return calendar;
}

export type { HolidayCalendar, Holiday };
// What this module's signatures mention, so an import from this entry point alone is enough.
export {
  SecmodError,
  isSecmodError,
  type Citation,
  type StandstillErrorCode,
  type SecmodErrorCode,
} from '../errors/index.js';
