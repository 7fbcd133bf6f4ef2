import { describe, expect, it } from 'vitest';
import { isSecmodError, SecmodError } from '../../src/errors/index.js';

describe('SecmodError', () => {
  it('carries a code, a path and a source', () => {
    const source = {
      document: 'Regulation (EEC, Euratom) No 1182/71',
      clause: 'Art. 3(4)',
      status: 'enacted' as const,
    };
    const e = new SecmodError('invalid-date', 'bad date', { path: ['milestones', 2, 'date'], source, cause: 'x' });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('SecmodError');
    expect(e.code).toBe('invalid-date');
    expect(e.path).toEqual(['milestones', 2, 'date']);
    expect(e.source).toBe(source);
    expect(e.cause).toBe('x');
    expect(String(e)).toBe('SecmodError: bad date');
  });
  it('defaults to an empty path and no source', () => {
    const e = new SecmodError('invalid-argument', 'bad');
    expect(e.path).toEqual([]);
    expect('source' in e).toBe(false);
  });
  it('is recognised across copies of the library by isSecmodError', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('secmod.SecmodError')]: true, code: 'invalid-date' });
    expect(isSecmodError(foreign)).toBe(true);
    expect(isSecmodError(new SecmodError('invalid-date', 'x'))).toBe(true);
    expect(isSecmodError(new Error('x'))).toBe(false);
    expect(isSecmodError(null)).toBe(false);
    expect(isSecmodError('invalid-date')).toBe(false);
  });
});
