import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import feed from '../fixtures/uk-bank-holidays.json' with { type: 'json' };
import {
  dayOfWeek,
  englandAndWales,
  isSecmodError,
  northernIreland,
  scotland,
  unitedKingdom,
  type Holiday,
  type HolidayCalendar,
} from '../../src/calendar/index.js';

/**
 * Fixture: test/fixtures/uk-bank-holidays.json, the gov.uk bank-holidays feed 2012-2028
 * (github.com/ministryofjustice/govuk-bank-holidays, MIT, HM Government).
 */
type Division = 'england-and-wales' | 'scotland' | 'northern-ireland';
const calendars: Record<Division, HolidayCalendar> = {
  'england-and-wales': englandAndWales,
  scotland,
  'northern-ireland': northernIreland,
};

const years = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const generated = (cal: HolidayCalendar, from: number, to: number) => years(from, to).flatMap((y) => cal.holidaysIn(y));

/**
 * The feed names Scotland's 2023 substitutes the other way round from 2012 and 2017: with 1 January a
 * Sunday, the 1971 Act (Sch. 1 para 2) keeps 2 January as "2nd January" and moves New Year's Day to
 * 3 January. The rules follow the Act; the dates agree either way.
 */
const KNOWN_NAME_DIFFERENCES = new Set(['scotland 2023-01-02', 'scotland 2023-01-03']);

describe.each(Object.keys(calendars) as Division[])('%s reproduces the gov.uk feed 2012-2028', (division) => {
  const calendar = calendars[division];
  const events = feed[division].events;

  it('every date, and nothing else', () => {
    expect(generated(calendar, 2012, 2028).map((h) => h.date)).toEqual(events.map((e) => e.date));
  });

  it('every name (but the two the feed itself is inconsistent about)', () => {
    const got = generated(calendar, 2012, 2028);
    events.forEach((e, i) => {
      if (KNOWN_NAME_DIFFERENCES.has(`${division} ${e.date}`)) return;
      expect(got[i]?.name, e.date).toBe(e.title);
    });
  });

  it('flags substitute days where the feed does', () => {
    const got = new Map<string, Holiday>(generated(calendar, 2012, 2028).map((h) => [h.date, h]));
    for (const e of events) {
      // 2012-06-04 is a moved holiday, which the feed also calls a substitute day.
      if (KNOWN_NAME_DIFFERENCES.has(`${division} ${e.date}`)) continue;
      if (e.notes === 'Substitute day' && e.date !== '2012-06-04') {
        expect(got.get(e.date)?.substituteFor, e.date).toBeDefined();
      }
    }
  });

  it('isHoliday agrees with holidaysIn', () => {
    for (const e of events) expect(calendar.isHoliday(e.date)).toBe(true);
    expect(calendar.isHoliday('2017-10-05')).toBe(false);
  });
});

/** Easter by Oudin's algorithm (1940), independent of the one in src/. */
function oudinEaster(year: number): string {
  const t = Math.trunc;
  const c = t(year / 100);
  const n = year - 19 * t(year / 19);
  const k = t((c - 17) / 25);
  let i = c - t(c / 4) - t((c - k) / 3) + 19 * n + 15;
  i -= 30 * t(i / 30);
  i -= t(i / 28) * (1 - t(i / 28) * t(29 / (i + 1)) * t((21 - n) / 11));
  let j = year + t(year / 4) + i + 2 - c + t(c / 4);
  j -= 7 * t(j / 7);
  const l = i - j;
  const m = 3 + t((l + 40) / 44);
  const d = l + 28 - 31 * t(m / 4);
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('rule-based answers for any year 1971-2199', () => {
  const year = fc.integer({ min: 1971, max: 2199 });

  it('every holiday is a weekday, dates are sorted and unique, and they fall in their year', () => {
    fc.assert(
      fc.property(year, (y) => {
        for (const cal of [englandAndWales, scotland, northernIreland]) {
          const dates = cal.holidaysIn(y).map((h) => h.date);
          for (const d of dates) {
            expect(dayOfWeek(d)).toBeLessThanOrEqual(5);
            expect(d.startsWith(String(y))).toBe(true);
          }
          expect([...new Set(dates)].sort()).toEqual(dates);
        }
      }),
      { numRuns: 229 * 2 },
    );
  });

  it('Good Friday and Easter Monday follow Easter (checked against Oudin 1940)', () => {
    fc.assert(
      fc.property(year, (y) => {
        const easter = oudinEaster(y);
        const ew = englandAndWales.holidaysIn(y);
        expect(ew.find((h) => h.name === 'Good Friday')?.date).toBe(shift(easter, -2));
        expect(ew.find((h) => h.name === 'Easter Monday')?.date).toBe(shift(easter, 1));
        expect(scotland.holidaysIn(y).some((h) => h.name === 'Easter Monday')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('in an ordinary year E&W has 8, Scotland 9 and Northern Ireland 10 bank holidays', () => {
    const extraordinary = new Set([1977, 1981, 1995, 1999, 2002, 2011, 2012, 2020, 2022, 2023]);
    for (const y of years(2008, 2199)) {
      if (extraordinary.has(y)) continue;
      expect(englandAndWales.holidaysIn(y)).toHaveLength(8);
      expect(scotland.holidaysIn(y)).toHaveLength(9);
      expect(northernIreland.holidaysIn(y)).toHaveLength(10);
    }
  });

  it('follows the dated changes: New Year from 1974, Early May from 1978, St Andrew from 2007', () => {
    expect(englandAndWales.isHoliday('1973-01-01')).toBe(false);
    expect(englandAndWales.isHoliday('1974-01-01')).toBe(true);
    expect(englandAndWales.holidaysIn(1977).some((h) => h.name === 'Early May bank holiday')).toBe(false);
    expect(englandAndWales.isHoliday('1978-05-01')).toBe(true);
    expect(scotland.isHoliday('2006-11-30')).toBe(false);
    expect(scotland.isHoliday('2007-11-30')).toBe(true);
  });

  it('keeps proclamations as dated data', () => {
    expect(englandAndWales.isHoliday('1995-05-08')).toBe(true);
    expect(englandAndWales.isHoliday('1995-05-01')).toBe(false);
    expect(englandAndWales.isHoliday('1999-12-31')).toBe(true);
    expect(englandAndWales.isHoliday('2002-06-03')).toBe(true);
    expect(englandAndWales.isHoliday('2002-06-04')).toBe(true);
    expect(englandAndWales.isHoliday('2002-05-27')).toBe(false);
    expect(englandAndWales.isHoliday('2011-04-29')).toBe(true);
    expect(englandAndWales.definition.proclamations?.every((p) => p.source.document.length > 0)).toBe(true);
  });

  it('gives substitute days as the 1971 Act does, including pairs (Christmas and Boxing Day on a weekend)', () => {
    expect(englandAndWales.holidaysIn(2027).slice(-2)).toEqual([
      { date: '2027-12-27', name: 'Christmas Day', substituteFor: '2027-12-25' },
      { date: '2027-12-28', name: 'Boxing Day', substituteFor: '2027-12-26' },
    ]);
    expect(
      scotland
        .holidaysIn(2022)
        .slice(0, 2)
        .map((h) => h.date),
    ).toEqual(['2022-01-03', '2022-01-04']);
  });

  it('refuses years before the 1971 Act rather than guess', () => {
    try {
      englandAndWales.holidaysIn(1970);
      expect.unreachable();
    } catch (e) {
      expect(isSecmodError(e) && e.code).toBe('out-of-range');
    }
  });

  it('every rule cites its source', () => {
    for (const cal of [englandAndWales, scotland, northernIreland]) {
      for (const rule of cal.definition.rules) {
        for (const v of rule.versions) expect(v.source.document, rule.id).toMatch(/\w/);
      }
    }
  });
});

describe('unitedKingdom', () => {
  it('is the union of the three divisions', () => {
    for (const y of years(2012, 2028)) {
      const union = new Set(
        [englandAndWales, scotland, northernIreland].flatMap((c) => c.holidaysIn(y).map((h) => h.date)),
      );
      expect(new Set(unitedKingdom.holidaysIn(y).map((h) => h.date))).toEqual(union);
    }
    expect(unitedKingdom.isHoliday('2017-03-17')).toBe(true);
    expect(unitedKingdom.isHoliday('2017-08-07')).toBe(true);
    expect(unitedKingdom.isHoliday('2017-08-28')).toBe(true);
    expect(unitedKingdom.id).toBe('united-kingdom');
  });
});
