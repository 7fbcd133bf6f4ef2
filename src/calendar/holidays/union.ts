import { combined } from '../../sources/documents.js';
import { checkArray, hasDocument, invalidArgument } from '../../internal/check.js';
import { assertCalendar, holidaysOf } from './assert-calendar.js';
import { yearCachedCalendar } from './year-cached.js';
import type { Holiday, HolidayCalendar } from './types.js';

/**
 * A calendar whose holidays are those of all the given calendars (a day is a holiday if it is one in
 * any of them). Holidays with the same date and name are listed once.
 *
 * @throws {SecmodError} `invalid-argument` for an empty id or a value that is not a calendar.
 * @example
 * const tris = unionCalendar('tris-uk', trisCommissionCore, unitedKingdom);
 * tris.isHoliday('2017-08-28'); // true (summer bank holiday in England and Wales)
 */
/* @__NO_SIDE_EFFECTS__ */
export function unionCalendar(id: string, ...calendars: readonly HolidayCalendar[]): HolidayCalendar {
  return namedUnion(id, undefined, calendars);
}

/** @internal {@link unionCalendar} with an optional name. */
/* @__NO_SIDE_EFFECTS__ */
export function namedUnion(
  id: string,
  name: string | undefined,
  calendars: readonly HolidayCalendar[],
): HolidayCalendar {
  if (typeof id !== 'string' || id.length === 0)
    throw invalidArgument(id, ['id'], 'a calendar id must be a non-empty string');
  checkArray(calendars, ['calendars'], 'calendars').forEach((c, i) => {
    assertCalendar(c, ['calendars', i]);
    // The union cites every part's source: a calendar without one cannot be combined.
    const source: unknown = (c as Partial<HolidayCalendar>).source;
    if (!hasDocument(source))
      throw invalidArgument(source, ['calendars', i, 'source'], 'expected a citation { document, status }');
  });
  if (name !== undefined && typeof name !== 'string') throw invalidArgument(name, ['name'], 'expected a string');
  // The union's name joins theirs: a name that is not a string (an array-like Proxy whose length says
  // 2 ** 32 - 1 would be joined element by element) is refused before.
  if (name === undefined) {
    calendars.forEach((c, i) => {
      if (typeof c.name !== 'string') throw invalidArgument(c.name, ['calendars', i, 'name'], 'expected a string');
    });
  }
  const parts = [...calendars];
  const generate = (year: number): Holiday[] => {
    const seen = new Set<string>();
    const merged: Holiday[] = [];
    for (const c of parts) {
      for (const h of holidaysOf(c, year, ['calendars', parts.indexOf(c)])) {
        const key = `${h.date}\u0000${h.name}`;
        if (!seen.has(key)) {
          seen.add(key);
          merged.push(h);
        }
      }
    }
    return merged;
  };
  return yearCachedCalendar(
    {
      id,
      name: name ?? parts.map((c) => c.name).join(' + '),
      source: combined(
        parts.map((c) => c.source),
        `union of ${parts.map((c) => c.id).join(', ')}`,
      ),
    },
    generate,
  );
}
