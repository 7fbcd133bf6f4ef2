/** The fingerprint that keeps a caller's calendar or policy from answering from a stale index. */
import { describe, expect, it } from 'vitest';
import { isDeepFrozen, stampOf, unchanged } from '../../src/internal/fresh.js';
import { nextRelease, SEC_RELEASE_POLICY } from '../../src/releases/index.js';
import type { ReleaseMove } from '../../src/releases/types.js';

const lying = (): unknown[] => {
  const a: unknown[] = [];
  a.length = 2 ** 32 - 1;
  return a;
};

describe('stampOf and unchanged', () => {
  it('see a value changed, a key added, an element pushed, an object replaced by an equal one', () => {
    const inner = { date: '2030-01-10' };
    const value = { list: [inner, 'a'], n: 1 };
    const stamp = stampOf(value);
    expect(unchanged(value, stamp)).toBe(true);
    value.n = 2;
    expect(unchanged(value, stamp)).toBe(false);
    value.n = 1;
    expect(unchanged(value, stamp)).toBe(true);
    inner.date = '2030-01-11';
    expect(unchanged(value, stamp)).toBe(false);
    inner.date = '2030-01-10';
    value.list.push('b');
    expect(unchanged(value, stamp)).toBe(false);
    value.list.pop();
    value.list[0] = { date: '2030-01-10' };
    expect(unchanged(value, stamp)).toBe(false);
  });

  it('answer at once for a sparse array or a lying Proxy inside, and for a cycle', () => {
    const proxy = new Proxy([], {
      get: (t, k, r) => (k === 'length' ? 2 ** 32 - 1 : (Reflect.get(t, k, r) as unknown)),
    });
    const value: Record<string, unknown> = { a: lying(), b: proxy };
    value.self = value;
    const stamp = stampOf(value);
    expect(unchanged(value, stamp)).toBe(true);
    (value.a as unknown[])[0] = 1;
    expect(unchanged(value, stamp)).toBe(false);
  });

  it('a getter that throws after the stamp is a change, not a throw', () => {
    let fail = false;
    const value = {
      get x() {
        if (fail) throw new Error('caller');
        return 1;
      },
    };
    const stamp = stampOf(value);
    fail = true;
    expect(unchanged(value, stamp)).toBe(false);
  });

  it('deep-frozen: every plain part frozen, with no accessor', () => {
    expect(isDeepFrozen(Object.freeze({ a: Object.freeze([1]) }))).toBe(true);
    expect(isDeepFrozen(Object.freeze({ a: [1] }))).toBe(false);
    expect(
      isDeepFrozen(
        Object.freeze(
          Object.defineProperty({}, 'a', {
            get: () => Math.random(),
            enumerable: true,
          }),
        ),
      ),
    ).toBe(false);
  });
});

describe('a policy holding a lying array where no check looks (a move source)', () => {
  it('nextRelease answers at once, and sees a move added after', () => {
    const move = (id: string, to: string) =>
      ({ id, to, source: { document: 'x', status: 'observed', records: lying() } }) as unknown as ReleaseMove;
    const policy = { ...SEC_RELEASE_POLICY, moves: [...SEC_RELEASE_POLICY.moves, move('2031-06', '2031-07-03')] };
    expect(nextRelease('2031-03-01', policy).date).toBe('2031-07-03');
    policy.moves.push(move('2031-02', '2031-03-06'));
    expect(nextRelease('2031-03-01', policy).date).toBe('2031-03-06');
  });
});
