import type Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { isSecmodError } from '../../src/calendar/index.js';
import { dateHolidaysCalendar } from '../../src/date-holidays/index.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const fake = (answer: unknown) => ({ getHolidays: () => answer }) as unknown as Holidays;

describe('dateHolidaysCalendar over a date-holidays object that answers badly', () => {
  it.each([
    ['a number', 42],
    ['an object', { length: 1 }],
    ['a string', 'public'],
  ])('getHolidays returns %s: invalid-argument, not a TypeError', (_, answer) => {
    const e = thrown(() => dateHolidaysCalendar(fake(answer)).isHoliday('2017-07-14'));
    expect(isSecmodError(e, 'invalid-argument')).toBe(true);
    expect((e as { path: unknown }).path).toEqual(['holidays', 'getHolidays']);
  });
  it.each([
    ['a null entry', [null]],
    ['an entry without a date', [{ type: 'public', name: 'x' }]],
  ])('%s: a coded error', (_, answer) => {
    expect(isSecmodError(thrown(() => dateHolidaysCalendar(fake(answer)).isHoliday('2017-07-14')))).toBe(true);
  });
  it('an entry with a non-Date end is taken as one day', () => {
    const day = { type: 'public', name: 'x', date: '2017-07-14', start: new Date(0), end: {} };
    expect(dateHolidaysCalendar(fake([day])).isHoliday('2017-07-14')).toBe(true);
  });
  it('a well-formed answer is read as before', () => {
    const day = {
      type: 'public',
      name: 'Fête nationale',
      date: '2017-07-14 00:00:00',
      start: new Date('2017-07-14T00:00:00Z'),
      end: new Date('2017-07-15T00:00:00Z'),
    };
    expect(dateHolidaysCalendar(fake([day])).isHoliday('2017-07-14')).toBe(true);
  });
});
