import { describe, expect, it } from 'vitest';
import { isSecmodError } from '../../src/errors/index.js';
import { ERAS } from '../../src/lifecycle/index.js';
import { inForce } from '../../src/sources/index.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('inForce checks its path argument', () => {
  it.each([
    ['a BigInt in the path', ['day', 1n]],
    ['a Symbol in the path', [Symbol('x')]],
    ['an object in the path', [{}]],
    ['a string', 'day'],
    ['null', null],
  ])('%s: invalid-argument', (_, path) => {
    const e = thrown(() => inForce(ERAS, 'not a date', path as never));
    expect(isSecmodError(e, 'invalid-argument')).toBe(true);
    expect(() => JSON.stringify((e as { path: unknown }).path)).not.toThrow();
  });
  it('a good path is used as before', () => {
    expect(inForce(ERAS, '2019-09-10', ['x', 0]).value).toBe('section-d-review');
    const e = thrown(() => inForce(ERAS, '2019-02-30', ['x', 0]));
    expect(isSecmodError(e, 'invalid-date') && e.path).toEqual(['x', 0]);
  });
});
