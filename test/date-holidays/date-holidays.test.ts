import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { isSecmodError, unitedKingdom, workingDaysBetween } from '../../src/calendar/index.js';
import { dateHolidaysCalendar, TRIS_STATE_CODES, trisStateCalendar } from '../../src/date-holidays/index.js';

describe('dateHolidaysCalendar', () => {
  it('wraps a date-holidays instance by local dates, public holidays by default', () => {
    const fr = dateHolidaysCalendar(new Holidays('FR'));
    expect(fr.isHoliday('2017-07-14')).toBe(true);
    expect(fr.isHoliday('2017-07-13')).toBe(false);
    expect(fr.holidaysIn(2017).map((h) => h.date)).toContain('2017-11-11');
    expect(workingDaysBetween('2017-07-13', '2017-07-17', fr)).toBe(1);
  });
  it('takes other types on request', () => {
    const de = new Holidays('DE');
    const publicOnly = dateHolidaysCalendar(de);
    const withObservances = dateHolidaysCalendar(de, { types: ['public', 'observance'] });
    expect(withObservances.holidaysIn(2017).length).toBeGreaterThan(publicOnly.holidaysIn(2017).length);
  });
  it('rejects what is not a date-holidays instance', () => {
    try {
      dateHolidaysCalendar({} as never);
      expect.unreachable();
    } catch (e) {
      expect(isSecmodError(e) && e.code).toBe('invalid-argument');
    }
  });
});

describe('trisStateCalendar', () => {
  it('maps TRIS codes and ISO codes', () => {
    expect(trisStateCalendar('F').isHoliday('2017-07-14')).toBe(true);
    expect(trisStateCalendar('FR')).toBe(trisStateCalendar('fr'));
    expect(trisStateCalendar('D').isHoliday('2017-10-03')).toBe(true);
    expect(trisStateCalendar('IRL').isHoliday('2017-03-17')).toBe(true);
    expect(trisStateCalendar('EL')).toBe(trisStateCalendar('GR'));
    expect(trisStateCalendar('UK')).toBe(unitedKingdom);
    for (const code of Object.keys(TRIS_STATE_CODES))
      expect(trisStateCalendar(code).holidaysIn(2017).length, code).toBeGreaterThan(3);
  });
  it('refuses an unknown code', () => {
    try {
      trisStateCalendar('XX');
      expect.unreachable();
    } catch (e) {
      expect(isSecmodError(e) && e.code).toBe('unknown-state');
    }
  });
});

describe('the adapter does not depend on the process time zone (run in every zone of the matrix)', () => {
  it("Iceland keeps New Year's Eve 1994, a day Pacific/Kiritimati skipped", () => {
    expect(
      dateHolidaysCalendar(new Holidays('IS'))
        .holidaysIn(1994)
        .map((h) => h.date),
    ).toContain('1994-12-31');
  });
  it('Germany keeps every 1994 holiday, and the process zone is left as it was', () => {
    const offset = new Date(2020, 0, 1).getTimezoneOffset();
    expect(
      dateHolidaysCalendar(new Holidays('DE'), { types: ['public', 'bank'] })
        .holidaysIn(1994)
        .map((h) => h.date),
    ).toContain('1994-12-31');
    expect(new Date(2020, 0, 1).getTimezoneOffset()).toBe(offset);
  });
});
