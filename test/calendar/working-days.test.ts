import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  calendarById,
  calendarFromDates,
  compareDates,
  englandAndWales,
  isSecmodError,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  scotland,
  workingDaysBetween,
  type HolidayCalendar,
} from '../../src/calendar/index.js';
import { codeOf as code } from '../helpers.js';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
/** Dates far enough inside 1971-2199 that 3,000 working days either way stay inside the calendars' years. */
const dateArb = fc.integer({ min: utc('1985-01-01') / DAY, max: utc('2185-12-31') / DAY }).map((d) => iso(d * DAY));
/** Calendar ids rather than objects, so a counterexample prints short. */
const calArb = fc.constantFrom('england-and-wales', 'scotland', 'united-kingdom');

/** Day-by-day reference, what a user would write by hand: weekdays on UTC fields and isHoliday. */
function refIsWorking(d: string, cal: HolidayCalendar): boolean {
  const wd = new Date(utc(d)).getUTCDay();
  return wd !== 0 && wd !== 6 && !cal.isHoliday(d);
}
function refAdd(d: string, n: number, cal: HolidayCalendar): string {
  let ms = utc(d);
  const step = Math.sign(n) * DAY;
  for (let left = Math.abs(n); left > 0;) {
    ms += step;
    if (refIsWorking(iso(ms), cal)) left--;
  }
  return iso(ms);
}
function refBetween(from: string, to: string, cal: HolidayCalendar): number {
  const [a, b, sign] = utc(to) >= utc(from) ? [utc(from), utc(to), 1] : [utc(to), utc(from), -1];
  let count = 0;
  for (let ms = a + DAY; ms <= b; ms += DAY) if (refIsWorking(iso(ms), cal)) count++;
  return count === 0 ? 0 : sign * count;
}

describe('working days in England and Wales', () => {
  it('answers the questions users ask', () => {
    expect(addWorkingDays('2017-10-06', 5, englandAndWales)).toBe('2017-10-13');
    expect(addWorkingDays('2017-10-06', 15, englandAndWales)).toBe('2017-10-27');
    expect(addWorkingDays('2017-12-22', 1, englandAndWales)).toBe('2017-12-27');
    expect(addWorkingDays('2017-12-23', 1, englandAndWales)).toBe('2017-12-27');
    expect(addWorkingDays('2017-12-27', -1, englandAndWales)).toBe('2017-12-22');
    expect(addWorkingDays('2017-10-14', 0, englandAndWales)).toBe('2017-10-14');
    expect(isWorkingDay('2017-08-28', englandAndWales)).toBe(false);
    expect(isWorkingDay('2017-08-28', scotland)).toBe(true);
    expect(nextWorkingDay('2017-12-23', englandAndWales)).toBe('2017-12-27');
    expect(nextWorkingDay('2017-12-27', englandAndWales)).toBe('2017-12-27');
    expect(previousWorkingDay('2017-12-26', englandAndWales)).toBe('2017-12-22');
    expect(workingDaysBetween('2017-10-06', '2017-10-13', englandAndWales)).toBe(5);
    expect(workingDaysBetween('2017-10-13', '2017-10-06', englandAndWales)).toBe(-5);
    expect(workingDaysBetween('2017-01-01', '2017-12-31', englandAndWales)).toBe(252);
  });

  it('agrees with a day-by-day loop (random dates 1985-2185, |n| <= 800)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -800, max: 800 }), calArb, (d, n, id) => {
        const cal = calendarById(id);
        const got = addWorkingDays(d, n, cal);
        expect(got).toBe(refAdd(d, n, cal));
        expect(workingDaysBetween(d, got, cal)).toBe(refBetween(d, got, cal));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('working-day properties (fast-check)', () => {
  const n = fc.integer({ min: 1, max: 3000 });
  const cal = calArb;

  it('addWorkingDays(d, n) lands on a working day for n != 0', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -3000, max: 3000 }).filter((k) => k !== 0),
        cal,
        (d, k, id) => {
          const c = calendarById(id);
          expect(isWorkingDay(addWorkingDays(d, k, c), c)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n for every d and n >= 0', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 3000 }), cal, (d, k, id) => {
        const c = calendarById(id);
        expect(workingDaysBetween(d, addWorkingDays(d, k, c), c)).toBe(k);
      }),
      { numRuns: 3000 },
    );
  });

  it('from a working day, adding n then -n returns it, and between is exact for negative n', () => {
    fc.assert(
      fc.property(dateArb, n, cal, (d0, k, id) => {
        const c = calendarById(id);
        const d = nextWorkingDay(d0, c);
        expect(addWorkingDays(addWorkingDays(d, k, c), -k, c)).toBe(d);
        expect(addWorkingDays(addWorkingDays(d, -k, c), k, c)).toBe(d);
        expect(workingDaysBetween(d, addWorkingDays(d, -k, c), c)).toBe(-k);
      }),
      { numRuns: 3000 },
    );
  });

  it('is monotone in n', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -3000, max: 3000 }),
        fc.integer({ min: -3000, max: 3000 }),
        cal,
        (d, a, b, id) => {
          const c = calendarById(id);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = addWorkingDays(d, lo, c);
          const y = addWorkingDays(d, hi, c);
          expect(compareDates(x, y)).toBeLessThanOrEqual(0);
          if (lo < hi && lo >= 0) expect(compareDates(x, y)).toBe(-1);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -900, max: 900 }),
        fc.integer({ min: -900, max: 900 }),
        cal,
        (a, i, j, id) => {
          const c = calendarById(id);
          const b = addDays(a, i);
          const m = addDays(a, j);
          expect(workingDaysBetween(b, a, c) + workingDaysBetween(a, b, c)).toBe(0);
          expect(Object.is(workingDaysBetween(a, a, c), 0)).toBe(true);
          expect(workingDaysBetween(a, m, c) + workingDaysBetween(m, b, c)).toBe(workingDaysBetween(a, b, c));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('custom calendars', () => {
  it('works with a calendar of explicit dates, and does not mutate the input', () => {
    const dates = Object.freeze(['2017-12-27', Object.freeze({ date: '2017-12-28', name: 'Closure' })]);
    const closures = calendarFromDates('closures', dates, 'Office closures');
    expect(closures.holidaysIn(2017)).toEqual([
      { date: '2017-12-27', name: 'Office closures' },
      { date: '2017-12-28', name: 'Closure' },
    ]);
    expect(addWorkingDays('2017-12-26', 1, closures)).toBe('2017-12-29');
    expect(closures.isHoliday('2017-12-28')).toBe(true);
    expect(closures.holidaysIn(2016)).toEqual([]);
  });
  it('names the bad date by index', () => {
    try {
      calendarFromDates('x', ['2017-12-27', '2017-02-30']);
      expect.unreachable();
    } catch (e) {
      expect(isSecmodError(e) && e.code).toBe('invalid-date');
      expect(isSecmodError(e) && e.path).toEqual(['dates', 1]);
    }
  });
});

describe('bad input', () => {
  it.each([
    ['2017-02-29', 1, 'invalid-date'],
    ['2017-13-01', 1, 'invalid-date'],
    ['17-1-1', 1, 'invalid-date'],
    ['', 1, 'invalid-date'],
    ['2017-10-05', 1.5, 'invalid-argument'],
    ['2017-10-05', Number.NaN, 'invalid-argument'],
    ['2017-10-05', Number.POSITIVE_INFINITY, 'invalid-argument'],
  ])('addWorkingDays(%j, %j) -> %s', (d, k, expected) => {
    expect(code(() => addWorkingDays(d, k, englandAndWales))).toBe(expected);
  });
  it('rejects what is not a calendar, and unknown calendar ids', () => {
    expect(code(() => addWorkingDays('2017-10-05', 1, 'england-and-wales' as unknown as HolidayCalendar))).toBe(
      'invalid-argument',
    );
    expect(code(() => isWorkingDay('2017-10-05', {} as HolidayCalendar))).toBe('invalid-argument');
    expect(code(() => calendarById('england'))).toBe('invalid-argument');
    expect(code(() => workingDaysBetween('2017-10-05', 'tomorrow', englandAndWales))).toBe('invalid-date');
    expect(calendarById('scotland')).toBe(scotland);
  });
  it('says which argument was wrong', () => {
    try {
      workingDaysBetween('2017-10-05', '2017-02-29', englandAndWales);
    } catch (e) {
      expect(isSecmodError(e) && e.path).toEqual(['to']);
      expect(String(e)).toContain('"2017-02-29"');
    }
  });
});
