import { describe, expect, it } from 'vitest';
import { show } from '../../src/internal/check.js';
import { isoDate } from '../../src/calendar/index.js';
import { errorOf } from '../helpers.js';

describe("messages show a caller's value safely and briefly", () => {
  it('a huge string is cut at 60 characters, with its length', () => {
    const e = errorOf(() => isoDate('2'.repeat(1e6)));
    expect(e.code).toBe('invalid-date');
    expect(e.message.length).toBeLessThan(200);
    expect(e.message).toContain('(1000000 characters)');
  });
  it.each([
    ['a BigInt', BigInt(7), '7n'],
    ['a Symbol', Symbol('s'), 'a symbol'],
    ['a function', () => 1, 'a function'],
    ['an invalid Date', new Date(Number.NaN), 'an invalid Date'],
    ['a Date, by its UTC calendar date', new Date(Date.UTC(1994, 11, 31, 23)), 'Date(1994-12-31 UTC)'],
  ])('%s', (_name, value, shown) => {
    expect(show(value)).toBe(shown);
  });
  it('a cycle, a null-prototype object and an array never throw', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(show(cycle)).toBe('an object { self }');
    expect(show(Object.create(null))).toBe('an empty object');
    expect(show([1, 2, 3])).toBe('an array of 3');
  });
});
