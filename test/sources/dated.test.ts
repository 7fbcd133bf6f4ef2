import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { builtInCalendars, englandAndWales, isoDate, type RuleCalendar } from '../../src/calendar/index.js';
import { ERAS, eraOn, lifecycleDiagram } from '../../src/lifecycle/index.js';
import { SEC_RELEASE_POLICY } from '../../src/releases/index.js';
import { inForce, type Versions } from '../../src/sources/index.js';
import { EC_NOTIFICATION_RULE } from '../../src/standstill/index.js';
import { DCC_TIMESCALE_VERSIONS, DCC_TIMESCALES_FROM } from '../../src/timetable/index.js';
import { errorOf } from '../helpers.js';

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;

/** Every versioned table secmod ships, by name, and whether it must cover every day from its first version on. */
const tables: [string, Versions<unknown>, 'covers' | 'may-have-gaps'][] = [
  ['process eras (ERAS)', ERAS, 'covers'],
  ['EC notification rule', EC_NOTIFICATION_RULE, 'covers'],
  ['SEC release policy', SEC_RELEASE_POLICY.versions, 'covers'],
  ['DCC assessment timescales', DCC_TIMESCALE_VERSIONS, 'covers'],
  // A holiday that did not exist in some years (New Year's Day in England before 1974) is a gap, not a fault.
  ...Object.values(builtInCalendars)
    .filter((c): c is RuleCalendar => 'definition' in c)
    .flatMap((c) =>
      c.definition.rules.map((r): [string, Versions<unknown>, 'may-have-gaps'] => [
        `${c.id} ${r.id}`,
        r.versions,
        'may-have-gaps',
      ]),
    ),
];

describe('every versioned table: ordered, no overlaps, and (where it must) no gaps (Catala-style temporal coverage)', () => {
  it('walks more than the four process tables', () => expect(tables.length).toBeGreaterThan(30));

  it.each(tables)('%s', (_name, versions, coverage) => {
    expect(versions.length).toBeGreaterThan(0);
    versions.forEach((v, i) => {
      expect(isoDate(v.from)).toBe(v.from);
      if (v.until !== undefined) expect(dayNumber(v.until)).toBeGreaterThanOrEqual(dayNumber(v.from));
      expect(v.source.document).toMatch(/\w/);
      expect(['enacted', 'observed', 'unconfirmed']).toContain(v.source.status);
      const next = versions[i + 1];
      if (next === undefined) return;
      const end = v.until === undefined ? dayNumber(next.from) - 1 : dayNumber(v.until);
      expect(end, `version ${i} overlaps version ${i + 1}`).toBeLessThan(dayNumber(next.from));
      if (coverage === 'covers') expect(end + 1, `a gap before version ${i + 1}`).toBe(dayNumber(next.from));
    });
  });

  it.each(tables.filter(([, , c]) => c === 'covers'))(
    '%s: every day from the first version to 9999-12-31 has exactly one version in force',
    (_name, versions) => {
      const first = dayNumber(versions[0]?.from as string);
      fc.assert(
        fc.property(fc.integer({ min: first, max: dayNumber('9999-12-31') }), (n) => {
          const day = new Date(n * 86_400_000).toISOString().slice(0, 10);
          const holding = versions.filter(
            (v, i) =>
              dayNumber(v.from) <= n &&
              n <=
                (v.until !== undefined
                  ? dayNumber(v.until)
                  : dayNumber(versions[i + 1]?.from ?? '9999-12-31') - (versions[i + 1] ? 1 : 0)),
          );
          expect(holding).toHaveLength(1);
          expect(inForce(versions, day)).toBe(holding[0]);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('inForce', () => {
  it('answers from the version in force', () => {
    expect(inForce(ERAS, '2018-10-31').value).toBe('original');
    expect(inForce(ERAS, '2018-11-01').value).toBe('section-d-review');
    expect(inForce(EC_NOTIFICATION_RULE, '2020-12-31').value['great-britain']).toBe(true);
    expect(inForce(EC_NOTIFICATION_RULE, '2021-01-01').value['great-britain']).toBe(false);
  });

  it('refuses a day before the first version with a coded error, and a day after a lapsed one', () => {
    const e = errorOf(() => inForce(EC_NOTIFICATION_RULE, '1972-12-31'));
    expect(e.code).toBe('before-first-version');
    expect(e.message).toContain('1973-01-01');
    const lapsed = [{ from: isoDate('2000-01-01'), until: isoDate('2000-12-31'), value: 1, source: ERAS[0]!.source }];
    expect(errorOf(() => inForce(lapsed, '2001-01-01')).code).toBe('no-version-in-force');
    expect(inForce(lapsed, '2000-06-30').value).toBe(1);
  });

  it('refuses a malformed table at its path', () => {
    const source = ERAS[0]!.source;
    const unordered = [
      { from: isoDate('2001-01-01'), value: 1, source },
      { from: isoDate('2000-01-01'), value: 2, source },
    ];
    expect(errorOf(() => inForce(unordered, '2001-06-01')).path).toEqual(['versions', 1, 'from']);
    expect(errorOf(() => inForce([] as never, '2001-06-01')).code).toBe('invalid-argument');
    expect(errorOf(() => inForce('x' as never, '2001-06-01')).code).toBe('invalid-argument');
  });
});

describe('1 November 2018 is written once', () => {
  it('the eras, the DCC timescales and the diagram all take it from the data', () => {
    expect(ERAS[1]?.from).toBe(DCC_TIMESCALES_FROM);
    expect(DCC_TIMESCALE_VERSIONS[1]?.from).toBe(DCC_TIMESCALES_FROM);
    expect(eraOn('2018-11-01')).toBe('section-d-review');
    const diagram = lifecycleDiagram();
    expect(diagram).toContain('raised (until 31 Oct 2018)');
    expect(diagram).toContain('raised (from 1 Nov 2018)');
  });

  it('a holiday rule answers only for the years its versions are in force', () => {
    const newYear = englandAndWales.definition.rules.find((r) => r.id === 'new-years-day');
    expect(newYear?.versions[0]?.from).toBe('1974-01-01');
    expect(englandAndWales.isHoliday('1973-01-01')).toBe(false);
    expect(englandAndWales.isHoliday('1974-01-01')).toBe(true);
  });
});
