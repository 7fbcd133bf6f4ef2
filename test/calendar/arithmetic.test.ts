import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, compareDates, dateParts, dayOfWeek, differenceInDays } from '../../src/calendar/index.js';
import { codeOf as code } from '../helpers.js';

/** Reference implementations on Date's UTC methods, which no time zone affects. */
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;
const dateArb = fc
  .integer({ min: utc('1900-01-01'), max: utc('2199-12-31') })
  .map((ms) => iso(Math.floor(ms / DAY) * DAY));

function refAddMonths(date: string, n: number): string {
  const d = new Date(utc(date));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return iso(Date.UTC(y, m, Math.min(d.getUTCDate(), last)));
}

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2017-12-31', 1)).toBe('2018-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2018-01-08', -95)).toBe('2017-10-05');
  });
  it('matches Date.UTC arithmetic for years 1900-2199', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -20000, max: 20000 }), (d, n) => {
        expect(addDays(d, n)).toBe(iso(utc(d) + n * DAY));
        expect(differenceInDays(d, addDays(d, n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
  it('rejects non-integer n and results outside 0001-9999', () => {
    expect(code(() => addDays('2017-01-01', 1.5))).toBe('invalid-argument');
    expect(code(() => addDays('2017-01-01', Number.NaN))).toBe('invalid-argument');
    expect(code(() => addDays('9999-12-31', 1))).toBe('out-of-range');
    expect(code(() => addDays('2017-02-29', 1))).toBe('invalid-date');
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month (Regulation 1182/71 Art. 3(2)(c))', () => {
    expect(addMonths('2016-11-28', 3)).toBe('2017-02-28');
    expect(addMonths('2016-11-30', 3)).toBe('2017-02-28');
    expect(addMonths('2019-11-30', 3)).toBe('2020-02-29');
    expect(addMonths('2014-04-30', 3)).toBe('2014-07-30');
    expect(addMonths('2017-03-31', -1)).toBe('2017-02-28');
    expect(addMonths('2017-10-05', 18)).toBe('2019-04-05');
  });
  it('matches a Date.UTC reference for years 1900-2199', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -240, max: 240 }), (d, n) => {
        expect(addMonths(d, n)).toBe(refAddMonths(d, n));
      }),
      { numRuns: 3000 },
    );
  });
  it('rejects bad input', () => {
    expect(code(() => addMonths('2017-01-01', 0.5))).toBe('invalid-argument');
    expect(code(() => addMonths('9999-12-01', 1))).toBe('out-of-range');
    expect(code(() => addMonths('0001-01-31', -1))).toBe('out-of-range');
  });
});

describe('compareDates, dayOfWeek, dateParts', () => {
  it('compares and sorts', () => {
    expect(compareDates('2017-10-05', '2018-01-08')).toBe(-1);
    expect(compareDates('2018-01-08', '2017-10-05')).toBe(1);
    expect(compareDates('2018-01-08', '2018-01-08')).toBe(0);
    expect(['2018-01-08', '2017-10-05', '2017-12-31'].sort(compareDates)).toEqual([
      '2017-10-05',
      '2017-12-31',
      '2018-01-08',
    ]);
  });
  it('knows the day of the week (1 = Monday)', () => {
    expect(dayOfWeek('2017-10-13')).toBe(5);
    expect(dayOfWeek('2017-10-15')).toBe(7);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1900-01-01')).toBe(1);
    fc.assert(
      fc.property(dateArb, (d) => {
        expect(dayOfWeek(d)).toBe(((new Date(utc(d)).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 2000 },
    );
  });
  it('splits a date into parts', () => {
    expect(dateParts('2017-10-05')).toEqual({ year: 2017, month: 10, day: 5 });
  });
});
