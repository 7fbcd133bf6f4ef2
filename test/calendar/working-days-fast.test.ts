import { describe, expect, it } from 'vitest';
import { addWorkingDays, englandAndWales, scotland, type HolidayCalendar } from '../../src/calendar/index.js';
import { formatDay } from '../../src/internal/check.js';
import { daysFromCivil } from '../../src/internal/days.js';
import { referenceShiftWorkingDays } from './working-days-reference.js';
import { errorOf } from '../helpers.js';

describe('addWorkingDays: the common path (a calendar checked before, tables built) answers as the full path', () => {
  it('every day of 2016-2019, n = -30..30, the same calendar call after call', () => {
    const lo = daysFromCivil(2016, 1, 1);
    const hi = daysFromCivil(2019, 12, 31);
    addWorkingDays('2010-01-04', 5000, englandAndWales); // the tables cover 2010-2030 before the loop
    let mismatches = 0;
    for (let day = lo; day <= hi; day++) {
      const date = formatDay(day, ['date']);
      for (let n = -30; n <= 30; n++) {
        const expected = formatDay(referenceShiftWorkingDays(englandAndWales, day, n, ['n']), ['n']);
        if (addWorkingDays(date, n, englandAndWales) !== expected) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('alternating calendars, at the edges of the tables and past them', () => {
    for (const [date, n] of [
      ['2017-12-22', 1],
      ['2017-12-27', -1],
      ['1971-01-01', -1],
      ['9999-12-30', -3],
      ['2017-10-06', 3000],
    ] as const) {
      for (const calendar of [englandAndWales, scotland, englandAndWales]) {
        const day = daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8)));
        let expected: unknown;
        try {
          expected = formatDay(referenceShiftWorkingDays(calendar, day, n, ['n']), ['n']);
        } catch (error) {
          expected = (error as Error).message;
        }
        let actual: unknown;
        try {
          actual = addWorkingDays(date, n, calendar);
        } catch (error) {
          actual = (error as Error).message;
        }
        expect(actual, `${date} ${n} ${calendar.id}`).toBe(expected);
      }
    }
  });

  it('bad arguments after good calls still throw what they always did', () => {
    addWorkingDays('2017-10-06', 5, englandAndWales);
    addWorkingDays('2017-10-06', 5, englandAndWales);
    expect(errorOf(() => addWorkingDays('2017-02-29', 5, englandAndWales))).toMatchObject({
      code: 'invalid-date',
      path: ['date'],
    });
    expect(errorOf(() => addWorkingDays('2017-10-06', 1.5, englandAndWales))).toMatchObject({
      code: 'invalid-argument',
      path: ['n'],
    });
    expect(errorOf(() => addWorkingDays('2017-10-06', '5' as unknown as number, englandAndWales))).toMatchObject({
      code: 'invalid-argument',
      path: ['n'],
    });
    const n = { valueOf: () => 5 } as unknown as number;
    expect(errorOf(() => addWorkingDays('2017-10-06', n, englandAndWales))).toMatchObject({ path: ['n'] });
    expect(addWorkingDays('2017-10-06', 0, englandAndWales)).toBe('2017-10-06');
    expect(addWorkingDays('2017-10-07', 0, englandAndWales)).toBe('2017-10-07');
  });

  it("a caller's calendar is checked on every call: changed or revoked after a good call, it is refused", () => {
    const own = { ...englandAndWales } as { -readonly [K in keyof HolidayCalendar]: HolidayCalendar[K] };
    expect(addWorkingDays('2017-10-06', 5, own)).toBe('2017-10-13');
    expect(addWorkingDays('2017-10-06', 5, own)).toBe('2017-10-13');
    (own as { id: unknown }).id = 7;
    expect(errorOf(() => addWorkingDays('2017-10-06', 5, own))).toMatchObject({
      code: 'invalid-argument',
      path: ['calendar'],
    });
    const { proxy, revoke } = Proxy.revocable(englandAndWales, {});
    expect(addWorkingDays('2017-10-06', 5, proxy)).toBe('2017-10-13');
    expect(addWorkingDays('2017-10-06', 5, proxy)).toBe('2017-10-13');
    revoke();
    expect(errorOf(() => addWorkingDays('2017-10-06', 5, proxy))).toMatchObject({
      code: 'invalid-argument',
      path: ['calendar'],
    });
  });
});
