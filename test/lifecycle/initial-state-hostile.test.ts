import { describe, expect, it } from 'vitest';
import { isSecmodError } from '../../src/errors/index.js';
import { initialState } from '../../src/lifecycle/index.js';

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
const HOSTILE: readonly [string, unknown][] = [
  ['a BigInt', 1n],
  ['a Symbol', Symbol('era')],
  ['a cyclic object', cyclic],
  ['an object without a prototype', Object.create(null)],
  ['a 2 MB string', 'x'.repeat(2_000_000)],
];

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('initialState with a hostile era or raisedBy', () => {
  for (const key of ['era', 'raisedBy'] as const) {
    it.each(HOSTILE)(`${key} as %s: invalid-argument at [${key}], the value shown briefly`, (_, value) => {
      const e = thrown(() =>
        initialState({ id: 'MP1', path: 'fast-track', raisedOn: '2019-09-10', [key]: value } as never),
      );
      expect(isSecmodError(e, 'invalid-argument')).toBe(true);
      expect((e as { path: unknown }).path).toEqual([key]);
      expect((e as Error).message.length).toBeLessThan(400);
    });
  }
  it('a known era other than the one in force is still era-mismatch', () => {
    const e = thrown(() => initialState({ id: 'MP1', path: 'fast-track', raisedOn: '2019-09-10', era: 'original' }));
    expect(isSecmodError(e, 'era-mismatch')).toBe(true);
  });
  it('a known raiser the path forbids is still path-forbids', () => {
    const e = thrown(() =>
      initialState({ id: 'MP1', path: 'fast-track', raisedOn: '2019-09-10', raisedBy: 'sec-party' }),
    );
    expect(isSecmodError(e, 'path-forbids')).toBe(true);
  });
});
