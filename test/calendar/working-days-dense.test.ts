import { describe, expect, it } from 'vitest';
import { englandAndWales, scotland, unitedKingdom, calendarFromDates } from '../../src/calendar/index.js';
import {
  isWeekdayHoliday,
  isWorkingDayNumber,
  shiftWorkingDays,
  workingDaysAfter,
} from '../../src/calendar/working-days/holiday-index.js';
import { isWeekend } from '../../src/internal/days.js';
import { daysFromCivil } from '../../src/internal/days.js';
import { referenceShiftWorkingDays, referenceWorkingDaysAfter } from './working-days-reference.js';

describe('the dense working-day index answers exactly as the per-year binary search did', () => {
  it.each([
    ['englandAndWales', englandAndWales],
    ['scotland', scotland],
    ['unitedKingdom', unitedKingdom],
  ] as const)('%s: workingDaysAfter over every day pair of 2019-2021', (_name, calendar) => {
    const lo = daysFromCivil(2019, 1, 1);
    const hi = daysFromCivil(2021, 12, 31);
    let mismatches = 0;
    for (let a = lo; a <= hi; a++) {
      for (let b = a; b <= hi; b++) {
        if (workingDaysAfter(calendar, a, b) !== referenceWorkingDaysAfter(calendar, a, b)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it.each([
    ['englandAndWales', englandAndWales],
    ['scotland', scotland],
  ] as const)(
    '%s: isWorkingDayNumber from the dense tables, where they cover the day, as from the holidays',
    (_n, calendar) => {
      const lo = daysFromCivil(2014, 1, 1);
      const hi = daysFromCivil(2026, 12, 31);
      // Tables for 2018-2022 only, last asked about this calendar: days inside read them, days outside do not.
      workingDaysAfter(calendar, daysFromCivil(2018, 1, 1), daysFromCivil(2022, 12, 31));
      let mismatches = 0;
      for (let day = lo; day <= hi; day++)
        if (isWorkingDayNumber(calendar, day) !== (!isWeekend(day) && !isWeekdayHoliday(calendar, day))) mismatches++;
      expect(mismatches).toBe(0);
    },
  );

  it('shiftWorkingDays from every day of 2015-2024, by n = -600..600 (every 7th)', () => {
    const lo = daysFromCivil(2015, 1, 1);
    const hi = daysFromCivil(2024, 12, 31);
    let mismatches = 0;
    for (let day = lo; day <= hi; day++) {
      for (let n = -600; n <= 600; n += 7) {
        if (
          shiftWorkingDays(englandAndWales, day, n, ['n']) !== referenceShiftWorkingDays(englandAndWales, day, n, ['n'])
        )
          mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('grows its tables in both directions and across centuries, with the same answers', () => {
    const office = calendarFromDates('office', ['2100-07-05', '1980-02-01']);
    for (const [day, n] of [
      [daysFromCivil(2050, 6, 1), 20_000],
      [daysFromCivil(2050, 6, 1), -20_000],
      [daysFromCivil(1975, 1, 1), 1],
      [daysFromCivil(2125, 12, 31), -1],
    ] as const) {
      expect(shiftWorkingDays(office, day, n, ['n'])).toBe(referenceShiftWorkingDays(office, day, n, ['n']));
    }
    const a = daysFromCivil(1972, 3, 3);
    const b = daysFromCivil(2071, 3, 3);
    expect(workingDaysAfter(englandAndWales, a, b)).toBe(referenceWorkingDaysAfter(englandAndWales, a, b));
  });
});
