import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import reportScope from '../fixtures/report-2017-10-release-scope.json' with { type: 'json' };
import { dayOfWeek, isoDate } from '../../src/calendar/index.js';
import {
  earliestRelease,
  nextRelease,
  releasesIn,
  releasesToIcs,
  scopeReleases,
  SEC_RELEASE_POLICY,
  validateReleaseScope,
  type ReleasePolicy,
  type ScopeRegister,
} from '../../src/releases/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import { codeOf } from '../helpers.js';

/** Every release date that went live, from the SEC release pages (smartenergycodecompany.co.uk). */
const REAL_RELEASES = [
  '2018-06-28',
  '2018-11-01',
  '2019-02-28',
  '2019-06-27',
  '2019-11-29',
  '2020-02-27',
  '2020-11-29',
  '2021-02-25',
  '2021-06-24',
  '2021-09-01',
  '2021-11-04',
  '2022-02-24',
  '2022-06-30',
  '2022-07-18',
  '2022-11-03',
  '2023-06-29',
];
// The fixture's note is for its readers: a ScopeRegister has no such key, and refuses one it does not know.
const { note: _note, ...scope } = reportScope;
const register = scope as unknown as ScopeRegister;

describe('the release calendar', () => {
  it('has every release date the SEC release pages record', () => {
    const dates = new Set([2018, 2019, 2020, 2021, 2022, 2023].flatMap((y) => releasesIn(y).map((r) => r.date)));
    for (const d of REAL_RELEASES) expect(dates.has(d as never), d).toBe(true);
  });

  it('keeps moves as data with movedFrom and a source', () => {
    const nov2019 = releasesIn(2019).find((r) => r.id === '2019-11');
    expect(nov2019).toMatchObject({ date: '2019-11-29', movedFrom: '2019-11-07', kind: 'scheduled' });
    expect(nov2019?.source?.note).toContain('Authority');
    expect(releasesIn(2020).find((r) => r.id === '2020-11')).toMatchObject({
      date: '2020-11-29',
      movedFrom: '2020-11-05',
    });
  });

  it('versions the policy by effective date: two releases in 2018, three from 2019', () => {
    expect(releasesIn(2018).map((r) => r.id)).toEqual(['2018-06', '2018-11']);
    expect(releasesIn(2026).map((r) => r.date)).toEqual(['2026-02-26', '2026-06-25', '2026-11-05']);
  });

  it('refuses a year before the first rule, and bad input', () => {
    expect(codeOf(() => releasesIn(2017))).toBe('before-first-policy');
    expect(codeOf(() => releasesIn(2017.5))).toBe('invalid-argument');
    expect(codeOf(() => nextRelease('2017-02-30'))).toBe('invalid-date');
    expect(codeOf(() => releasesIn(2020, { versions: [], moves: [], adHoc: [] }))).toBe('invalid-argument');
  });

  it('takes a caller policy (a what-if: monthly releases from 2027)', () => {
    const monthly: ReleasePolicy = {
      ...SEC_RELEASE_POLICY,
      versions: [
        ...SEC_RELEASE_POLICY.versions,
        {
          from: isoDate('2027-01-01'),
          value: {
            releases: Array.from({ length: 12 }, (_, i) => ({
              name: `M${i + 1}`,
              month: i + 1,
              weekday: 4,
              which: 'first' as const,
            })),
            leadTimes: {
              dccBaselineMonths: 6,
              fullScopeMonths: 2,
              source: { document: 'what-if', status: 'unconfirmed' },
            },
          },
          source: { document: 'what-if', status: 'unconfirmed' },
        },
      ],
    };
    expect(releasesIn(2026, monthly)).toHaveLength(3);
    expect(releasesIn(2027, monthly)).toHaveLength(12);
  });

  it('nextRelease is strictly after the date', () => {
    expect(nextRelease('2017-09-29').date).toBe('2018-06-28');
    expect(nextRelease('2018-06-28').date).toBe('2018-11-01');
    expect(nextRelease('2017-04-01').date).toBe('2017-05-10'); // the report's stand-alone releases (SECP_49_1310_11 section 5)
    expect(nextRelease('2017-04-01', SEC_RELEASE_POLICY, { scheduledOnly: true }).date).toBe('2018-06-28');
  });
});

describe('properties (fast-check)', () => {
  const day = 86_400_000;
  const date = fc
    .integer({ min: Date.UTC(2016, 0, 1) / day, max: Date.UTC(2060, 0, 1) / day })
    .map((d) => new Date(d * day).toISOString().slice(0, 10));
  it('nextRelease(d).date > d', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(nextRelease(d).date > d).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
  it("a year's releases are sorted, unique, and scheduled ones fall on a Thursday unless moved", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2199 }), (y) => {
        const rs = releasesIn(y);
        const dates = rs.map((r) => r.date);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        for (const r of rs) if (r.kind === 'scheduled' && r.movedFrom === undefined) expect(dayOfWeek(r.date)).toBe(4);
        for (const r of rs) expect(r.date.startsWith(`${y}-`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('earliestRelease: the scenario of SECP_49_1310_11 (SECMP0006, approved 29 Sep 2017 subject to EC notification)', () => {
  it.each([
    ['2017-10-05', '2018-01-08', '2018-06-28', []],
    ['2018-02-15', '2018-05-16', '2018-06-28', []],
    ['2018-04-10', '2018-07-11', '2018-11-01', ['2018-06']],
    ['2018-09-01', '2018-12-03', '2019-02-28', ['2018-06', '2018-11']],
  ])('notification received %s: standstill ends %s, earliest release %s', (receivedOn, ends, expected, passed) => {
    const standstillEndsOn = standstillPeriod({ receivedOn }).endsOn;
    expect(standstillEndsOn).toBe(ends);
    const r = earliestRelease({ approvedOn: '2017-09-29', standstillEndsOn });
    expect(r.date).toBe(expected);
    expect(r.passedOver.map((p) => p.release.id)).toEqual(passed);
    for (const p of r.passedOver) expect(p.reasons.map((x) => x.code)).toContain('before-standstill-end');
  });

  it('applies the lead times: DCC baseline, full scope, late exception (MP203)', () => {
    const dcc = earliestRelease({ approvedOn: '2020-12-01', dccSystemImpact: true });
    expect(dcc.date).toBe('2022-02-24'); // 12 months ahead: Feb 2022 is the first whose DCC baseline (24 Feb 2021) is after approval
    expect(dcc.passedOver[0]?.reasons[0]?.code).toBe('dcc-baseline-passed');
    expect(earliestRelease({ approvedOn: '2022-10-26' }).date).toBe('2023-06-29');
    expect(earliestRelease({ approvedOn: '2022-10-26', byException: true }).date).toBe('2022-11-03');
    expect(earliestRelease({ approvedOn: '2017-09-29', dccSystemImpact: true }).date).toBe('2018-06-28'); // SECMP0008, 2018 lead times
  });
});

describe('scoping the release table of SECP_49_1310_11', () => {
  it('builds the table with statuses and footnotes', () => {
    const scopes = scopeReleases(register, '2017-10-06');
    expect(scopes.map((s) => s.label)).toEqual([
      '15 March 2017',
      '1 April 2017',
      '10 May 2017',
      '11 May 2017',
      '12 July 2017',
      '14 August 2017',
      '28 June 2018',
      'No earlier than 27 June 2019',
    ]);
    expect(scopes[0]?.entries).toEqual([{ proposal: 'SECMP0026', status: 'Implemented', footnotes: [] }]);
    expect(scopes[6]?.entries).toEqual([
      { proposal: 'SECMP0006', status: 'Approved', footnotes: ['approved subject to EC notification'] },
      { proposal: 'SECMP0008', status: 'Approved', footnotes: [] },
      { proposal: 'SECMP0018', status: 'Targeted', footnotes: [] },
    ]);
    expect(scopes[7]?.entries).toHaveLength(18);
    expect(new Set(scopes[7]?.entries.map((e) => e.status))).toEqual(new Set(['TBC']));
  });

  it('reports SECMP0006 and SECMP0018 as scoped twice, and nothing else', () => {
    const issues = validateReleaseScope(register, '2017-10-06');
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['scoped-twice', 'SECMP0006 is in the scope of 2 releases: 2018-06 (28 June 2018), 2019-06 (27 June 2019)'],
      ['scoped-twice', 'SECMP0018 is in the scope of 2 releases: 2018-06 (28 June 2018), 2019-06 (27 June 2019)'],
    ]);
  });

  it('finds every other kind of mistake', () => {
    const bad: ScopeRegister = {
      proposals: [
        { id: 'A', outcome: 'withdrawn', targets: [{ release: '2019-02' }] },
        {
          id: 'B',
          outcome: 'approved',
          decidedOn: '2019-03-01',
          implementedOn: '2019-02-28',
          targets: [{ release: '2019-02' }],
        },
        {
          id: 'C',
          outcome: 'approved',
          decidedOn: '2017-09-29',
          standstillEndsOn: '2018-07-02',
          targets: [{ release: '2018-06' }],
        },
        {
          id: 'D',
          path: 'self-governance',
          outcome: 'approved',
          decidedOn: '2019-06-20',
          appealWindowEndsOn: '2019-07-11',
          targets: [{ release: '2019-06' }],
        },
        {
          id: 'E',
          outcome: 'approved',
          decidedOn: '2020-12-01',
          dccSystemImpact: true,
          targets: [{ release: '2021-11' }],
        },
        { id: 'F', targets: [{ release: 'no-such-release' }] },
      ],
    };
    const issues = validateReleaseScope(bad, '2021-01-01');
    expect(issues.map((i) => `${i.code}:${i.path.join('.')}`)).toEqual([
      'closed-proposal-scoped:proposals.0.targets.0',
      'implemented-before-decision:proposals.1.implementedOn',
      'release-before-standstill-end:proposals.2.targets.0',
      'appeal-window-open-at-release:proposals.3.targets.0',
      'dcc-change-after-baseline:proposals.4.targets.0',
      'unknown-release:proposals.5.targets.0.release',
    ]);
    expect(issues.find((i) => i.code === 'dcc-change-after-baseline')?.severity).toBe('warning');
    expect(scopeReleases(bad, '2021-01-01').flatMap((s) => s.entries.map((e) => e.proposal))).not.toContain('F'); // unknown release: reported, not thrown
    expect(issues.find((i) => i.code === 'release-before-standstill-end')?.source?.document).toBe(
      'Directive (EU) 2015/1535',
    );
  });

  it('does not count the parts of a proposal implemented in parts as scoped twice', () => {
    const parts: ScopeRegister = {
      proposals: [
        {
          id: 'SECMP0062',
          outcome: 'approved',
          decidedOn: '2020-02-07',
          implementedParts: ['2020-06-25'],
          implementedOn: '2020-11-29',
          targets: [
            { release: '2020-06', part: 1 },
            { release: '2020-11', part: 2 },
          ],
        },
      ],
    };
    expect(validateReleaseScope(parts, '2021-01-01')).toEqual([]);
    expect(scopeReleases(parts, '2021-01-01').map((s) => s.entries[0]?.status)).toEqual(['Implemented', 'Implemented']);
  });
});

describe('releasesToIcs', () => {
  it('is valid RFC 5545: parsed back by ical.js, one all-day event per release', () => {
    const ics = releasesToIcs(2019);
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['2019-02@secmod', 'February 2019 SEC Release', '2019-02-28', true],
      ['2019-06@secmod', 'June 2019 SEC Release', '2019-06-27', true],
      ['2019-11@secmod', 'November 2019 SEC Release', '2019-11-29', true],
    ]);
    expect(events[2]?.description).toContain('moved from 2019-11-07');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(releasesToIcs(2019)).toBe(ics);
  });
});
