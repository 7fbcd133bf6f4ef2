import { describe, expect, it } from 'vitest';
import { isSecmodError } from '../../src/errors/index.js';
import { MAJORITY_IN_EVERY_GROUP, MAJORITY_OF_VOTES_CAST } from '../../src/lifecycle/index.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe.each([
  ['MAJORITY_OF_VOTES_CAST', MAJORITY_OF_VOTES_CAST],
  ['MAJORITY_IN_EVERY_GROUP', MAJORITY_IN_EVERY_GROUP],
])('%s.carries with a malformed tally', (_, rule) => {
  it('a null group: invalid-argument at [tally, a]', () => {
    const e = thrown(() => rule.carries({ a: null } as never));
    expect(isSecmodError(e, 'invalid-argument')).toBe(true);
    expect((e as { path: unknown }).path).toEqual(['tally', 'a']);
  });
  it('a null tally, a string count: invalid-argument', () => {
    expect(
      isSecmodError(
        thrown(() => rule.carries(null as never)),
        'invalid-argument',
      ),
    ).toBe(true);
    expect(
      isSecmodError(
        thrown(() => rule.carries({ a: { for: '3', against: 1 } } as never)),
        'invalid-argument',
      ),
    ).toBe(true);
  });
  it('a well-formed tally is answered as before', () => {
    expect(rule.carries({ a: { for: 3, against: 1 } })).toBe(true);
    expect(rule.carries({ a: { for: 1, against: 3 } })).toBe(false);
  });
});
