import { describe, expect, it } from 'vitest';
import {
  calendarFromDates,
  calendarFromRules,
  englandAndWales,
  europeanCommission,
  northernIreland,
  scotland,
  trisCommissionCore,
  unionCalendar,
  type HolidayCalendar,
  type RuleCalendarDefinition,
} from '../../src/calendar/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import { errorOf } from '../helpers.js';

const rule = (date: unknown): RuleCalendarDefinition =>
  ({
    id: 'office',
    name: 'Office',
    source: { document: 'handbook', status: 'enacted' },
    rules: [
      {
        id: 'r',
        name: 'R',
        versions: [{ from: '2000-01-01', value: { date }, source: { document: 'handbook', status: 'enacted' } }],
      },
    ],
  }) as unknown as RuleCalendarDefinition;

describe('calendarFromRules refuses a definition it cannot apply', () => {
  it.each<[string, RuleCalendarDefinition, readonly (string | number)[]]>([
    [
      'an unknown rule kind',
      rule({ kind: 'bogus' }),
      ['definition', 'rules', 0, 'versions', 0, 'value', 'date', 'kind'],
    ],
    [
      'a fractional Easter offset',
      rule({ kind: 'easter', offset: 1.5 }),
      ['definition', 'rules', 0, 'versions', 0, 'value', 'date', 'offset'],
    ],
    [
      '31 February',
      rule({ kind: 'fixed', month: 2, day: 31 }),
      ['definition', 'rules', 0, 'versions', 0, 'value', 'date', 'day'],
    ],
    [
      '29 February (not every year has it)',
      rule({ kind: 'fixed', month: 2, day: 29 }),
      ['definition', 'rules', 0, 'versions', 0, 'value', 'date', 'day'],
    ],
    [
      'month 13',
      rule({ kind: 'fixed', month: 13, day: 1 }),
      ['definition', 'rules', 0, 'versions', 0, 'value', 'date', 'month'],
    ],
    ['an empty id', { ...rule({ kind: 'fixed', month: 1, day: 1 }), id: '' }, ['definition', 'id']],
  ])('%s', (_name, definition, path) => {
    const e = errorOf(() => calendarFromRules(definition));
    expect(e.code).toBe('invalid-argument');
    expect(e.path).toEqual(path);
  });
});

describe("holiday objects a caller's calendar returns are never frozen or changed", () => {
  const mine = (): HolidayCalendar & { given: object[] } => {
    const given: object[] = [];
    return {
      id: 'mine',
      name: 'Mine',
      source: { document: 'mine', status: 'observed' },
      given,
      isHoliday: () => false,
      holidaysIn: (year: number) => {
        const h = { date: `${year}-07-14`, name: 'Mine' };
        given.push(h);
        return [h] as never;
      },
    };
  };
  it('unionCalendar copies them', () => {
    const c = mine();
    unionCalendar('u', englandAndWales, c).holidaysIn(2017);
    expect(c.given.length).toBeGreaterThan(0);
    expect(c.given.every((h) => !Object.isFrozen(h))).toBe(true);
  });
  it('standstillPeriod with stateCalendar copies them', () => {
    const c = mine();
    standstillPeriod({ receivedOn: '2017-10-05', notifyingState: 'F', stateCalendar: c });
    expect(c.given.length).toBeGreaterThan(0);
    expect(c.given.every((h) => !Object.isFrozen(h))).toBe(true);
  });
  it('a calendar whose holidaysIn returns no array is refused with its path', () => {
    const bad = { ...mine(), holidaysIn: () => 5 } as unknown as HolidayCalendar;
    expect(errorOf(() => unionCalendar('u', bad).holidaysIn(2017)).path).toEqual(['calendars', 0, 'holidaysIn']);
  });
});

describe('calendarFromDates', () => {
  it('keeps one entry per date and name, however many are given', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ date: '2017-06-01', name: `closure ${i % 10}` }));
    expect(calendarFromDates('many', many).holidaysIn(2017)).toHaveLength(10);
  });
  it('refuses a name that is not a string', () => {
    expect(errorOf(() => calendarFromDates('x', [{ date: '2017-06-01', name: 5 as never }])).path).toEqual([
      'dates',
      0,
      'name',
    ]);
  });
});

describe("secmod's own rule calendars pass the check calendarFromRules applies to a caller's", () => {
  it.each([englandAndWales, scotland, northernIreland, europeanCommission, trisCommissionCore])('$id', (c) => {
    expect(calendarFromRules(c.definition).holidaysIn(2020)).toEqual(c.holidaysIn(2020));
  });
});
