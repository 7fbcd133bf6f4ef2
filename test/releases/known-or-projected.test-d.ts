import { describe, expectTypeOf, it } from 'vitest';
import type {
  Citation,
  HorizonEntry,
  IsoDate,
  RecordHorizon,
  RecordedRelease,
  Release,
  ReleasePolicy,
} from '../../src/index.js';
import { earliestRelease, nextRelease, recordHorizon, releasesIn } from '../../src/index.js';

describe('the types of known or projected', () => {
  it('every release an answer gives says whether it is projected', () => {
    expectTypeOf<Release['projected']>().toEqualTypeOf<boolean>();
    expectTypeOf(releasesIn(2027)[0]!.projected).toEqualTypeOf<boolean>();
    expectTypeOf(nextRelease('2027-01-01').projected).toEqualTypeOf<boolean>();
    expectTypeOf(earliestRelease({ approvedOn: '2027-01-01' }).projected).toEqualTypeOf<boolean>();
  });

  it("a caller's release may leave projected out; a recorded release needs its source", () => {
    const policy: ReleasePolicy = {
      versions: [],
      moves: [],
      adHoc: [{ id: 'x', name: 'x', date: '2027-01-01' as IsoDate, kind: 'ad-hoc' }],
    };
    expectTypeOf(policy.recorded).toEqualTypeOf<readonly RecordedRelease[] | undefined>();
    expectTypeOf<RecordedRelease['source']>().toEqualTypeOf<Citation>();
    // @ts-expect-error a recorded release without its source
    const bad: RecordedRelease = { id: '2027-06', date: '2027-06-24' };
    void bad;
  });

  it('recordHorizon gives a date and a source for each part of the record', () => {
    expectTypeOf(recordHorizon()).toEqualTypeOf<RecordHorizon>();
    expectTypeOf<RecordHorizon['panel']>().toEqualTypeOf<HorizonEntry>();
    expectTypeOf<HorizonEntry['through']>().toEqualTypeOf<IsoDate>();
    expectTypeOf<HorizonEntry['source']>().toEqualTypeOf<Citation>();
  });
});
