/** Values no well-typed caller passes, but a JavaScript caller, a JSON file or a bug can. */
import fc from 'fast-check';
import { hostile } from './hostile.js';

const cyclic = (): unknown => {
  const o: Record<string, unknown> = { id: 'cycle', date: '2017-10-05' };
  o.self = o;
  o.list = [o];
  return o;
};

/** A calendar-shaped object whose methods answer junk. */
const junkCalendar = fc.record({
  id: fc.oneof(fc.string({ maxLength: 5 }), fc.constant(undefined)),
  name: fc.string({ maxLength: 5 }),
  source: fc.constant({ document: 'junk' }),
  isHoliday: fc.func(fc.anything()),
  holidaysIn: fc.func(
    fc.oneof(
      fc.anything(),
      fc.array(fc.anything(), { maxLength: 3 }),
      fc.array(fc.record({ date: fc.string(), name: fc.anything() }), { maxLength: 3 }),
    ),
  ),
});

/** One junk value. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      withBigInt: true,
      withDate: true,
      withNullPrototype: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      maxDepth: 2,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(
      null,
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      1.5,
      -1,
      2 ** 53,
      2 ** 31 - 1,
      '',
      ' ',
      'bogus',
      '3',
      '2017-02-29',
      '9999-12-31',
      '0000-01-01',
      true,
      [],
      {},
      [null],
      { kind: 'bogus' },
      BigInt(7),
      Symbol('junk'),
      () => 1,
      new Date(Number.NaN),
      new Date(Date.UTC(1994, 11, 31)),
      '2'.repeat(10_000),
      Object.freeze({ proposals: [null] }),
      { milestones: [null], path: 'bogus' },
      { stage: 'nope' },
      { type: 'withdraw', date: {} },
    ),
  },
  { weight: 1, arbitrary: fc.constant(null).map(cyclic) },
  { weight: 1, arbitrary: junkCalendar },
  { weight: 2, arbitrary: hostile },
);
