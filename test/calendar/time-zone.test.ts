import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addWorkingDays,
  dayOfWeek,
  englandAndWales,
  isoDate,
  workingDaysBetween,
} from '../../src/calendar/index.js';

/**
 * `npm test` runs the calendar suites once per zone in scripts/tz-matrix.mjs. This file proves the
 * zone is really in force (so a green matrix means something) and pins answers that a Date-based
 * implementation gets wrong far from UTC.
 */
const EXPECTED_OFFSET_MINUTES: Record<string, number> = {
  UTC: 0,
  'Europe/London': -60, // in July (BST)
  'America/Los_Angeles': 420, // in July (PDT)
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
};

describe(`time zone ${process.env.TZ ?? '(unset)'}`, () => {
  it('is the zone the matrix asked for', () => {
    const tz = process.env.TZ;
    if (tz === undefined || !(tz in EXPECTED_OFFSET_MINUTES)) return;
    expect(new Date(2017, 6, 1).getTimezoneOffset()).toBe(EXPECTED_OFFSET_MINUTES[tz]);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz);
  });

  it('gives the same answers in every zone', () => {
    expect(isoDate(new Date('2017-10-05T23:30:00Z'))).toBe('2017-10-05');
    expect(isoDate(new Date('2017-10-05T00:30:00Z'))).toBe('2017-10-05');
    expect(dayOfWeek('2017-10-05')).toBe(4);
    expect(addMonths('2017-10-05', 3)).toBe('2018-01-05');
    expect(addWorkingDays('2017-10-06', 15, englandAndWales)).toBe('2017-10-27');
    expect(addWorkingDays('2019-03-29', 1, englandAndWales)).toBe('2019-04-01'); // across the spring clock change
    expect(addWorkingDays('2017-10-27', 1, englandAndWales)).toBe('2017-10-30'); // across the autumn clock change
    expect(workingDaysBetween('2017-01-01', '2017-12-31', englandAndWales)).toBe(252);
  });
});
