/**
 * Parsers at scale (issue 30): a long list of bad elements costs by its elements, holds no issue past the
 * listed ones, and answers with the same problems the whole schema finds. The large sizes run under a
 * time budget in the fuzz suite (test/fuzz/hostile-cases.ts); these are the exact answers, small.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LISTED_ISSUES, ParseError } from '../../src/errors/parse-error.js';
import { firstHole } from '../../src/internal/check.js';
import { parseEvents } from '../../src/lifecycle/schema.js';
import { parseRegister } from '../../src/register/parse.js';
import { parseTimetable, timetableSchema } from '../../src/timetable/schema.js';

const refusal = (call: () => unknown): ParseError<string & never> => {
  try {
    call();
  } catch (e) {
    if (e instanceof ParseError) return e as never;
    throw e;
  }
  throw new Error('parsed');
};

const timetable = (milestones: unknown[], extensions: unknown[] = []) => ({
  proposal: 'MP1',
  path: 'self-governance',
  milestones,
  extensions,
});
const good = { kind: 'change-board', approved: '2020-06-24' };

describe('firstHole walks an array by its elements', () => {
  it('asks each index, not the array for its property names (which cost a string per element)', () => {
    const names = (): never => {
      throw new Error('asked for every property name');
    };
    expect(firstHole(new Proxy([1, 2, 3], { ownKeys: names }))).toBe(-1);
    // eslint-disable-next-line no-sparse-arrays
    expect(firstHole(new Proxy([1, , 3], { ownKeys: names }))).toBe(1);
  });

  it('bounds a Proxy whose has claims every index of a 2 ** 32 - 1 length by what it holds', () => {
    const liar = new Proxy([1], {
      get: (t, k, r) => (k === 'length' ? 2 ** 32 - 1 : (Reflect.get(t, k, r) as unknown)),
      has: () => true,
    });
    expect(firstHole(liar)).toBe(1);
  });
});

describe('a list longer than the listed maximum', () => {
  const n = MAX_LISTED_ISSUES + 57;

  it('parseTimetable: the first problems listed, every one counted, exactly', () => {
    const e = refusal(() => parseTimetable(timetable(Array.from({ length: n }, () => null))));
    expect(e.code).toBe('invalid-timetable');
    expect(e.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(e.issues.map((i) => i.path)).toEqual(Array.from({ length: MAX_LISTED_ISSUES }, (_, i) => ['milestones', i]));
    expect(e.total).toBe(n);
    expect(e.counts).toEqual({ schema: n });
  });

  it('parseTimetable: kinds of junk past the maximum are counted as the schema counts them', () => {
    const junk = [null, 'x', 3, [], { kind: 'bogus', approved: '2020-01-01' }, {}, good, true];
    const milestones = Array.from({ length: 3 * n }, (_, i) => junk[i % junk.length]);
    const extensions = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? null : { months: 0 }));
    const e = refusal(() => parseTimetable(timetable(milestones, extensions)));
    const whole = timetableSchema.safeParse(timetable(milestones, extensions));
    expect(whole.success).toBe(false);
    const expected = whole.error?.issues.length ?? 0;
    expect(e.total).toBe(expected);
    expect(e.counts.schema! + (e.counts['unknown-milestone'] ?? 0)).toBe(expected);
    expect(e.counts['unknown-milestone']).toBe(Math.ceil((3 * n - 4) / junk.length));
    expect(e.issues).toHaveLength(MAX_LISTED_ISSUES);
  });

  it('parseRegister and parseEvents: the same cap and count', () => {
    const r = refusal(() => parseRegister({ proposals: Array.from({ length: n }, () => null) }));
    expect([r.issues.length, r.total, r.counts]).toEqual([MAX_LISTED_ISSUES, n, { schema: n }]);
    const e = refusal(() => parseEvents(Array.from({ length: n }, () => 'x')));
    expect([e.issues.length, e.total, e.counts]).toEqual([MAX_LISTED_ISSUES, n, { schema: n }]);
  });

  it('a valid long list is read whole', () => {
    const t = parseTimetable(timetable(Array.from({ length: n }, () => good)));
    expect(t.milestones).toHaveLength(n);
    expect(parseEvents(Array.from({ length: n }, () => ({ type: 'withdraw', date: '2020-01-01' })))).toHaveLength(n);
  });
});

describe('read element by element, a timetable has the problems the whole schema finds', () => {
  const element = fc.oneof(
    fc.constantFrom<unknown>(null, 'x', 1, [], {}, good, { kind: 'bogus', approved: '2020-01-01' }),
    fc.record({
      kind: fc.constantFrom('change-board', 'chnage-board'),
      approved: fc.constantFrom('2020-01-01', '2020-13'),
    }),
  );
  it('same paths, same messages, as a set', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.array(element, { maxLength: 8 }), fc.constantFrom<unknown>(null, 'x', {})),
        fc.array(fc.constantFrom<unknown>(null, {}, 'x'), { maxLength: 3 }),
        fc.constantFrom<unknown>('MP1', '', 3),
        (milestones, extensions, proposal) => {
          const input = { ...timetable(milestones as unknown[], extensions), proposal };
          const whole = timetableSchema.safeParse(input);
          let issues: string[] = [];
          try {
            parseTimetable(input);
          } catch (e) {
            issues = (e as ParseError<never>).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
          }
          const expected = whole.success ? [] : whole.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
          expect([...issues].sort()).toEqual([...expected].sort());
        },
      ),
    );
  });
});
