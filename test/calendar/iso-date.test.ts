import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoDate, isIsoDate, SecmodError } from '../../src/calendar/index.js';
import { codeOf } from '../helpers.js';

describe('isoDate', () => {
  it('accepts real dates in YYYY-MM-DD form', () => {
    expect(isoDate('2017-10-05')).toBe('2017-10-05');
    expect(isoDate('2020-02-29')).toBe('2020-02-29');
    expect(isoDate('2000-02-29')).toBe('2000-02-29');
    expect(isoDate('0001-01-01')).toBe('0001-01-01');
    expect(isoDate('9999-12-31')).toBe('9999-12-31');
  });

  it('reads a Date by its UTC fields', () => {
    expect(isoDate(new Date(Date.UTC(2017, 9, 5, 23, 59)))).toBe('2017-10-05');
    expect(isoDate(new Date('2018-01-08T00:00:00Z'))).toBe('2018-01-08');
  });

  it('builds a date from parts', () => {
    expect(isoDate({ year: 2018, month: 1, day: 8 })).toBe('2018-01-08');
  });

  it.each([
    ['2017-02-29', 'day must be 01-28'],
    ['1900-02-29', 'day must be 01-28'],
    ['2017-13-01', 'month must be 01-12'],
    ['2017-00-10', 'month must be 01-12'],
    ['2017-04-31', 'day must be 01-30'],
    ['17-1-1', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
    ['2017-1-01', 'YYYY-MM-DD'],
    ['2017-10-05T00:00:00Z', 'YYYY-MM-DD'],
    [' 2017-10-05', 'YYYY-MM-DD'],
    ['2017/10/05', 'YYYY-MM-DD'],
    ['０２０１7-10-05', 'YYYY-MM-DD'],
    ['0000-01-01', 'year must be'],
  ])('rejects %j with invalid-date naming the value', (input, why) => {
    const error = (() => {
      try {
        isoDate(input);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SecmodError);
    expect((error as SecmodError).code).toBe('invalid-date');
    expect((error as SecmodError).message).toContain(JSON.stringify(input));
    expect((error as SecmodError).message).toContain(why);
  });

  it('rejects NaN, invalid Dates, nulls and impossible parts', () => {
    expect(codeOf(() => isoDate(new Date(Number.NaN)))).toBe('invalid-date');
    expect(codeOf(() => isoDate(Number.NaN as unknown as string))).toBe('invalid-date');
    expect(codeOf(() => isoDate(null as unknown as string))).toBe('invalid-date');
    expect(codeOf(() => isoDate(undefined as unknown as string))).toBe('invalid-date');
    expect(codeOf(() => isoDate({ year: 2017, month: 2, day: 29 }))).toBe('invalid-date');
    expect(codeOf(() => isoDate({ year: 2017.5, month: 2, day: 1 }))).toBe('invalid-date');
    expect(codeOf(() => isoDate({ year: 2017, month: Number.NaN, day: 1 }))).toBe('invalid-date');
  });

  it('agrees with the UTC fields of Date for every day 1900-2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2199, 11, 31) }), (ms) => {
        const d = new Date(ms);
        const expected = d.toISOString().slice(0, 10);
        expect(isoDate(d)).toBe(expected);
        expect(isoDate(expected)).toBe(expected);
        expect(isIsoDate(expected)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('isIsoDate is a guard that never throws', () => {
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate(42)).toBe(false);
    expect(isIsoDate({})).toBe(false);
  });
});
