import { describe, expect, it } from 'vitest';
import { earliestRelease, releasesIn, validateReleaseScope } from '../../src/releases/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import { errorOf } from '../helpers.js';

describe('earliestRelease takes the standstill and decides by its adoptableFrom', () => {
  it('received 2027-03-24 under Regulation 1182/71: the June 2027 release, on the last day of the standstill, is passed over', () => {
    expect(releasesIn(2027).map((r) => r.date)).toEqual(['2027-02-25', '2027-06-24', '2027-11-04']);
    const standstill = standstillPeriod({ receivedOn: '2027-03-24', convention: 'regulation-1182-71' });
    expect(standstill.endsOn).toBe('2027-06-24'); // the standstill's last day, the June release's day
    const r = earliestRelease({ approvedOn: '2026-12-01', standstill });
    expect(r.date).toBe('2027-11-04');
    const june = r.passedOver.find((p) => p.release.date === '2027-06-24');
    expect(june?.reasons.map((x) => x.code)).toEqual(['before-standstill-end']);
    expect(june?.reasons[0]?.message).toContain('2027-06-25');
    expect(june?.reasons[0]?.source?.clause).toBe('Art. 6');
  });

  it('standstillEndsOn keeps its meaning, the date TRIS publishes, and agrees with the TRIS standstill', () => {
    const standstill = standstillPeriod({ receivedOn: '2017-10-05' });
    const byObject = earliestRelease({ approvedOn: '2017-09-29', standstill });
    const byDate = earliestRelease({ approvedOn: '2017-09-29', standstillEndsOn: standstill.endsOn });
    expect(byObject.date).toBe('2018-06-28'); // SECMP0006
    expect(byDate).toEqual(byObject);
  });

  it('a release on the published TRIS date is passed over: adoption from the day after (tris-adoptable-from)', () => {
    const r = earliestRelease({ approvedOn: '2026-12-01', standstillEndsOn: '2027-06-24' });
    expect(r.date).toBe('2027-11-04');
    expect(r.passedOver.at(-1)?.reasons.map((x) => x.code)).toEqual(['before-standstill-end']);
    // one day earlier and the June release takes it
    expect(earliestRelease({ approvedOn: '2026-12-01', standstillEndsOn: '2027-06-23' }).date).toBe('2027-06-24');
  });

  it('refuses both inputs, and a standstill that is not one, with invalid-argument at its path', () => {
    const standstill = standstillPeriod({ receivedOn: '2017-10-05' });
    const both = errorOf(() =>
      earliestRelease({ approvedOn: '2017-09-29', standstill, standstillEndsOn: standstill.endsOn }),
    );
    expect(both.code).toBe('invalid-argument');
    expect(both.path).toEqual(['standstillEndsOn']);
    expect(errorOf(() => earliestRelease({ approvedOn: '2017-09-29', standstill: 'soon' as never })).path).toEqual([
      'standstill',
    ]);
    expect(
      errorOf(() =>
        earliestRelease({
          approvedOn: '2017-09-29',
          standstill: { ...standstill, adoptableFrom: '2018-13-01' } as never,
        }),
      ).code,
    ).toBe('invalid-date');
  });
});

describe('validateReleaseScope reads standstillEndsOn as earliestRelease does', () => {
  it('a release on the date TRIS publishes is flagged: adoption from the day after', () => {
    const scoped = (standstillEndsOn: string) =>
      validateReleaseScope(
        {
          proposals: [
            {
              id: 'P',
              outcome: 'approved',
              decidedOn: '2026-12-01',
              standstillEndsOn,
              targets: [{ release: '2027-06' }],
            },
          ],
        },
        '2027-01-01',
      ).map((i) => i.code);
    expect(scoped('2027-06-24')).toEqual(['release-before-standstill-end']);
    expect(scoped('2027-06-23')).toEqual([]);
  });
});
