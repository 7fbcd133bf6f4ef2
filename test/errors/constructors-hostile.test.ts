import { describe, expect, it } from 'vitest';
import { isSecmodError, SecmodError } from '../../src/errors/index.js';
import { ParseError } from '../../src/errors/parse-error.js';
import { RegisterError } from '../../src/register/index.js';

describe('the error classes given null options or issues that are not an array', () => {
  it('SecmodError with null options: no options', () => {
    const e = new SecmodError('invalid-date', 'bad', null as never);
    expect(isSecmodError(e, 'invalid-date')).toBe(true);
    expect(e.path).toEqual([]);
    expect(e.message).toBe('bad');
    expect('cause' in e).toBe(false);
  });
  it('SecmodError with a Symbol message: no TypeError', () => {
    expect(isSecmodError(new SecmodError('invalid-date', Symbol('m') as never))).toBe(true);
  });
  it('SecmodError with valid options: as before', () => {
    const cause = new Error('c');
    const e = new SecmodError('invalid-date', 'bad', { path: ['a', 1], cause });
    expect([e.path, e.cause, e.message, e.name]).toEqual([['a', 1], cause, 'bad', 'SecmodError']);
  });
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 3],
    ['an object', { length: 2 }],
    ['an array of junk', [null, 1, { path: 'x' }]],
  ])('ParseError and RegisterError with issues %s: a coded error with no issues listed', (_, issues) => {
    const p = new ParseError('invalid-events', 'events', issues as never);
    expect(isSecmodError(p, 'invalid-events')).toBe(true);
    expect(p.issues).toEqual([]);
    expect(p.total).toBe(0);
    const r = new RegisterError(issues as never);
    expect(isSecmodError(r, 'invalid-register')).toBe(true);
    expect(r.issues).toEqual([]);
    expect(r.path).toEqual(['json']);
  });
  it('ParseError with valid issues: as before', () => {
    const issue = { code: 'schema', severity: 'error', message: 'expected a date', path: [0, 'date'] } as const;
    const e = new ParseError('invalid-events', 'events', [issue]);
    expect([e.issues, e.total, e.counts, e.path, e.message]).toEqual([
      [issue],
      1,
      { schema: 1 },
      [0, 'date'],
      'invalid events: 1 problem(s)\n- 0.date: expected a date',
    ]);
  });
});
