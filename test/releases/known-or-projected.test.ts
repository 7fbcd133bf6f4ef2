import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import record from '../fixtures/sec-record.json' with { type: 'json' };
import {
  earliestRelease,
  nextRelease,
  releasesIn,
  releasesToIcs,
  scopeReleases,
  SEC_RELEASE_POLICY,
  type Release,
  type ReleasePolicy,
} from '../../src/releases/index.js';
import { recordHorizon as fromSources } from '../../src/sources/index.js';
import {
  parseRegister,
  recordHorizon,
  renderStatusReport,
  SEC_CHANGE_BOARD,
  SEC_PANEL,
  statusReport,
} from '../../src/index.js';
import { run } from '../../src/cli/run.js';
import { isoDate } from '../../src/calendar/index.js';
import { codeOf } from '../helpers.js';

/** Every release secmod knows of from 2017 to 2023, in date order (the 2017 ones are ad hoc, before the first policy year). */
function allReleases(policy: ReleasePolicy = SEC_RELEASE_POLICY): Release[] {
  const out: Release[] = [];
  for (let r = nextRelease('2016-12-31', policy); r.date < '2024-01-01'; r = nextRelease(r.date, policy)) out.push(r);
  return out;
}

/**
 * The fixture's June 2020 SEC Release: two pages give two implementation dates for two of its
 * modifications (MP114 "7 May 2020", SECMP0062 part 1 "6 May 2020"), neither a release page and neither
 * saying when the release's SEC text took effect (for November 2020 the DCC date, 5 Nov, and the SEC text
 * date, 29 Nov, differ). secmod keeps it projected on the rule's date (25 June 2020) rather than pick one.
 */
const NOT_DATED_BY_A_RELEASE_PAGE = new Set(['June 2020 SEC Release']);

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('known or projected, against the record (test/fixtures/sec-record.json)', () => {
  const releases = allReleases();

  it('every implemented release of the record is known, on its date, with its page', () => {
    const implemented = record.releases.filter(
      (r) => r.status === 'implemented' && !NOT_DATED_BY_A_RELEASE_PAGE.has(r.name),
    );
    expect(implemented.length).toBeGreaterThanOrEqual(7);
    for (const r of implemented) {
      const found = releases.find((x) => x.date === r.date);
      expect(found, `${r.name} on ${r.date}`).toMatchObject({ projected: false, date: r.date });
      expect(found?.source?.url, r.name).toBe(r.url);
    }
  });

  it('the dates the Panel had set, as the pages stood (1 April 2017, 3 November 2022), are known too', () => {
    for (const r of record.releases.filter((x) => x.status === 'planned')) {
      const found = releases.find((x) => x.date === r.date);
      expect(found, r.name).toMatchObject({ projected: false });
      expect(found?.source?.url, r.name).toBe(r.url);
    }
  });

  it('June 2020 stays projected on the rule, its source saying so', () => {
    const june = releasesIn(2020).find((r) => r.id === '2020-06');
    expect(june).toMatchObject({ date: '2020-06-25', projected: true });
    expect(june?.source?.note).toMatch(/^projected from the Release Management Policy rule \(last Thursday of June\)/);
  });

  it('every other release is projected, citing the rule and the last recorded release', () => {
    const known = new Set(releases.filter((r) => !r.projected).map((r) => r.date));
    const recordDates = new Set(record.releases.map((r) => r.date));
    for (const d of known) expect(recordDates.has(d) || d.startsWith('2017-'), d).toBe(true);
    for (const r of releases.filter((x) => x.projected)) {
      expect(r.kind).toBe('scheduled');
      expect(r.source?.note, r.id).toContain('last recorded release checked: 3 November 2022');
    }
    expect(releasesIn(2027).map((r) => [r.date, r.projected])).toEqual([
      ['2027-02-25', true],
      ['2027-06-24', true],
      ['2027-11-04', true],
    ]);
    expect(releasesIn(2027)[1]?.source?.note).toBe(
      'projected from the Release Management Policy rule (last Thursday of June) of the policy version in force from 2019-01-01; last recorded release checked: 3 November 2022',
    );
  });

  it('a known release names a stored page; the four 2017 releases only the status report records cite it', () => {
    for (const r of releases.filter((x) => !x.projected)) {
      if (r.source?.url === undefined) {
        expect(r.date.startsWith('2017-'), r.id).toBe(true);
        expect(r.source?.document).toContain('SECP_49_1310_11');
      } else expect(r.source.url).toMatch(/^https:\/\/smartenergycodecompany\.co\.uk\//);
    }
    expect(releases.filter((r) => !r.projected && r.source?.url !== undefined)).toHaveLength(9);
  });

  it('the answers say when they rest on a projected release', () => {
    expect(nextRelease('2022-11-03')).toMatchObject({ date: '2023-02-23', projected: true });
    expect(nextRelease('2022-07-01')).toMatchObject({ date: '2022-07-18', projected: false });
    expect(earliestRelease({ approvedOn: '2026-12-07' })).toMatchObject({ date: '2027-06-24', projected: true });
    expect(earliestRelease({ approvedOn: '2020-12-01' })).toMatchObject({ date: '2021-06-24', projected: false });
    const scopes = scopeReleases(
      {
        proposals: [
          { id: 'MP1', targets: [{ release: '2021-06' }, { release: '2027-11' }, { release: '2030-01-02' }] },
        ],
      },
      '2021-01-01',
    );
    expect(scopes.map((s) => [s.release.date, s.release.projected])).toEqual([
      ['2021-06-24', false],
      ['2027-11-04', true],
      ['2030-01-02', false], // a date the register names, no release has: the register's own
    ]);
  });
});

describe("a caller's policy marks its own releases known", () => {
  const mine = {
    document: 'our minutes',
    status: 'observed',
    note: 'supplied by the caller',
  } as const;
  const policy: ReleasePolicy = {
    ...SEC_RELEASE_POLICY,
    recorded: [...(SEC_RELEASE_POLICY.recorded ?? []), { id: '2027-06', date: '2027-07-01', source: mine }],
    adHoc: [...SEC_RELEASE_POLICY.adHoc, { id: 'x', name: 'Ours', date: isoDate('2027-09-01'), kind: 'ad-hoc' }],
  };

  it('a recorded date is known, and a move when it differs from the rule', () => {
    expect(releasesIn(2027, policy).map((r) => [r.date, r.projected, r.movedFrom])).toEqual([
      ['2027-02-25', true, undefined],
      ['2027-07-01', false, '2027-06-24'],
      ['2027-09-01', false, undefined],
      ['2027-11-04', true, undefined],
    ]);
    expect(releasesIn(2027, policy)[1]?.source).toEqual(mine);
    expect(releasesIn(2028, policy)[0]?.source?.note).toContain('last recorded release checked: 1 September 2027');
  });

  it('refuses a recorded release that is malformed or recorded twice', () => {
    const bad = (recorded: unknown) => codeOf(() => releasesIn(2027, { ...SEC_RELEASE_POLICY, recorded } as never));
    expect(bad([{ id: '2027-06', date: '2027-02-30', source: mine }])).toBe('invalid-date');
    expect(bad([{ id: '2027-06', date: '2027-06-24' }])).toBe('invalid-argument');
    expect(bad([{ id: '2027-06', date: '2027-06-24', source: mine, url: 'x' }])).toBe('invalid-argument');
    expect(
      bad([
        { id: '2027-06', date: '2027-06-24', source: mine },
        { id: '2027-06', date: '2027-06-25', source: mine },
      ]),
    ).toBe('invalid-argument');
    expect(
      codeOf(() => releasesToIcs([{ id: 'a', name: 'b', date: '2027-01-01', kind: 'ad-hoc', projected: 1 } as never])),
    ).toBe('invalid-argument');
  });
});

describe('iCalendar and the CLI mark projected dates', () => {
  it('X-SECMOD-PROJECTED and the word in DESCRIPTION', () => {
    const ics = releasesToIcs(2021);
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    const byDate = new Map(
      events.map((e) => [
        String(e.getFirstPropertyValue('dtstart')),
        [String(e.getFirstPropertyValue('x-secmod-projected')), String(e.getFirstPropertyValue('description'))],
      ]),
    );
    expect(byDate.get('2021-02-25')?.[0]).toBe('TRUE');
    expect(byDate.get('2021-02-25')?.[1]).toContain('projected');
    expect(byDate.get('2021-06-24')?.[0]).toBe('FALSE');
    expect(byDate.get('2021-06-24')?.[1]).not.toContain('projected');
    expect(byDate.get('2021-06-24')?.[1]).toContain(
      '<https://smartenergycodecompany.co.uk/tag/june-2021-sec-release/>',
    );
  });

  it('secmod releases: a projected column, the flag in --json', async () => {
    const r = await cli('releases', '2021');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n').filter((l) => l.endsWith('  projected'))).toEqual([
      '2021-02-25  Thu  February 2021 SEC Release  projected',
    ]);
    expect(r.out).toContain('2021-06-24  Thu  June 2021 SEC Release\n');
    const json = JSON.parse((await cli('releases', '2021', '--json')).out) as Release[];
    expect(json.map((x) => [x.date, x.projected])).toEqual([
      ['2021-02-25', true],
      ['2021-06-24', false],
      ['2021-09-01', false],
      ['2021-11-04', false],
    ]);
    expect((await cli('releases', '2027', '--ics')).out).toContain('X-SECMOD-PROJECTED:TRUE');
  });

  it('secmod earliest-release says when the answer is projected', async () => {
    expect((await cli('earliest-release', '--approved', '2026-12-07')).out).toContain(
      'Earliest release: June 2027 SEC Release, 2027-06-24 (projected from the policy rule: the record runs to 2022-11-03',
    );
    const known = await cli('earliest-release', '--approved', '2020-12-01');
    expect(known.out).toContain('Earliest release: June 2021 SEC Release, 2021-06-24\n');
    expect(JSON.parse((await cli('earliest-release', '--approved', '2026-12-07', '--json')).out)).toMatchObject({
      projected: true,
    });
  });

  it('secmod sources prints the horizon', async () => {
    const r = await cli('sources');
    expect(r.out).toMatch(/releases {5}through 2022-11-03 {2}SEC release and modification pages/);
    expect(r.out).toContain(`Panel        through ${recordHorizon().panel.through}`);
    expect(r.out).toContain(`Change Board through ${recordHorizon().changeBoard.through}`);
    const json = JSON.parse((await cli('sources', '--json')).out) as { horizon: unknown };
    expect(json.horizon).toEqual(recordHorizon());
  });
});

describe('recordHorizon', () => {
  it('is the last date of each part of the bundled record, with its source, from both entry points', () => {
    const h = recordHorizon();
    expect(fromSources).toBe(recordHorizon);
    expect(h.releases).toEqual({
      through: '2022-11-03',
      source: releasesIn(2022).find((r) => r.id === '2022-11')?.source,
    });
    expect(h.releases.source.url).toBe(
      'https://smartenergycodecompany.co.uk/modifications/adt-and-exit-quarantine-file-delivery-mechanism/',
    );
    const last = (dates: readonly { date: string }[]) =>
      dates
        .map((m) => m.date)
        .sort()
        .at(-1);
    expect(h.panel.through).toBe(last(SEC_PANEL.meetings));
    expect(h.changeBoard.through).toBe(last(SEC_CHANGE_BOARD.meetings));
    expect(SEC_PANEL.meetings.find((m) => m.date === h.panel.through)?.source).toEqual(h.panel.source);
    expect(Object.isFrozen(h.panel.source)).toBe(true);
  });

  it('no known release lies after it, and every release after it is projected', () => {
    const { through } = recordHorizon().releases;
    for (const r of allReleases()) if (r.date > through) expect(r.projected, r.id).toBe(true);
  });
});

describe('docs/releases.md lists the recorded releases as the data has them', () => {
  it('one row per known release: date, name, page', () => {
    const doc = readFileSync(new URL('../../docs/releases.md', import.meta.url), 'utf8');
    const section = doc.slice(doc.indexOf('## Known or projected'));
    const rows = section
      .split('\n')
      .filter((l) => /^\| \d{4}-\d{2}-\d{2} /.test(l))
      .map((l) =>
        l
          .split('|')
          .slice(1, -1)
          .map((c) => c.trim()),
      );
    const expected = allReleases()
      .filter((r) => !r.projected)
      .map((r) => [r.date, r.name, r.source?.url === undefined ? 'SECP_49_1310_11 section 5' : `<${r.source.url}>`]);
    expect(rows).toEqual(expected);
  });
});

describe('the status report and the README say it', () => {
  it('a release heading says when its date is projected (text, Markdown, HTML)', () => {
    const register = parseRegister(
      JSON.parse(readFileSync(new URL('../../examples/register-2017-10.json', import.meta.url), 'utf8')),
    );
    const report = statusReport(register, { asOf: '2017-10-06' });
    const scopes = report.releases.scopes;
    expect(scopes.map((s) => s.release.projected)).toEqual([false, false, false, false, false, false, true, true]);
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = renderStatusReport(report, { format });
      expect(out, format).toContain('June 2018 SEC Release (date projected from the release rule; not in the record)');
      expect(out, format).not.toContain('(SECMP0026) (date projected');
    }
  });

  it('README: one line at the top of Releases and of Meetings', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const heading of ['## SEC releases', '## Meetings and planning']) {
      const section = readme.slice(readme.indexOf(heading));
      const firstParagraph = section.split('\n\n')[1] ?? '';
      expect(firstParagraph, heading).toMatch(/^Dates after `recordHorizon\(\)/);
      expect(firstParagraph.replace(/\n/g, ' '), heading).toContain('unless you supply your own record');
    }
  });
});
