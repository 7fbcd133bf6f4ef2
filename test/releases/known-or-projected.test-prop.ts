import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inForce } from '../../src/sources/index.js';
import { earliestRelease, nextRelease, releasesIn, SEC_RELEASE_POLICY } from '../../src/releases/index.js';
import { recordHorizon } from '../../src/index.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY = 86_400_000;
const date = fc
  .integer({ min: Date.UTC(2017, 0, 1) / DAY, max: Date.UTC(2150, 0, 1) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));

describe('known or projected (fast-check)', () => {
  it('for any year, each release is known with a stored page, or projected with its rule as the source', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2199 }), (year) => {
        for (const r of releasesIn(year)) {
          if (!r.projected) {
            expect(r.source?.url, r.id).toMatch(/^https:\/\/smartenergycodecompany\.co\.uk\//);
            expect(r.date <= recordHorizon().releases.through).toBe(true);
            continue;
          }
          expect(r.kind).toBe('scheduled');
          const rule = r.movedFrom ?? r.date;
          const version = inForce(SEC_RELEASE_POLICY.versions, rule);
          const words = version.value.releases
            .filter((x) => x.month === Number(rule.slice(5, 7)))
            .map((x) => `${x.which} ${WEEKDAYS[x.weekday - 1]} of ${MONTHS[x.month - 1]}`);
          expect(words).toHaveLength(1);
          expect(r.source).toMatchObject({ document: version.source.document, status: version.source.status });
          expect(r.source?.note).toBe(
            `projected from the Release Management Policy rule (${words[0]}) of the policy version in force from ${version.from}; last recorded release checked: 3 November 2022`,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('after the horizon every answer is projected; nextRelease and earliestRelease say so', () => {
    fc.assert(
      fc.property(date, (d) => {
        const next = nextRelease(d);
        const earliest = earliestRelease({ approvedOn: d });
        for (const r of [next, earliest, ...earliest.passedOver.map((p) => p.release)])
          if (r.date > recordHorizon().releases.through) expect(r.projected, r.id).toBe(true);
          else expect(typeof r.projected).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
