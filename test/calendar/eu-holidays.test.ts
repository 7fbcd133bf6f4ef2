import { describe, expect, it } from 'vitest';
import { europeanCommission, trisCommissionCore } from '../../src/calendar/index.js';

describe('europeanCommission', () => {
  it('has the Commission holidays of 2017 and the year-end closure', () => {
    const dates = europeanCommission.holidaysIn(2017).map((h) => h.date);
    expect(dates).toEqual([
      '2017-01-01',
      '2017-01-02',
      '2017-04-13',
      '2017-04-14',
      '2017-04-17',
      '2017-05-01',
      '2017-05-09',
      '2017-05-25',
      '2017-05-26',
      '2017-06-05',
      '2017-07-21',
      '2017-08-15',
      '2017-11-01',
      '2017-11-02',
      '2017-12-24',
      '2017-12-25',
      '2017-12-26',
      '2017-12-27',
      '2017-12-28',
      '2017-12-29',
      '2017-12-30',
      '2017-12-31',
    ]);
  });
});

describe('trisCommissionCore', () => {
  it('is the Commission calendar without 27-31 December', () => {
    expect(trisCommissionCore.isHoliday('2017-12-26')).toBe(true);
    expect(trisCommissionCore.isHoliday('2017-12-27')).toBe(false);
    expect(trisCommissionCore.isHoliday('2017-05-25')).toBe(true);
    expect(trisCommissionCore.isHoliday('2017-05-26')).toBe(true);
  });
  it('keeps the 2014/15 year-end closure TRIS observed as dated data', () => {
    expect(['2014-12-29', '2014-12-30', '2014-12-31'].every((d) => trisCommissionCore.isHoliday(d))).toBe(true);
    expect(trisCommissionCore.isHoliday('2015-12-29')).toBe(false);
  });
});
