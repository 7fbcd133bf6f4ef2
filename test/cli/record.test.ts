import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcsRecord } from '../../src/ical/index.js';
import { run } from '../../src/cli/run.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'secmod-record-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** A user's own lines for 2027 (an illustration of the format, not a fact secmod ships). */
const mine = {
  json: file(
    'mine.json',
    JSON.stringify({
      meetings: [
        { body: 'panel', date: '2027-01-08', reference: 'my Panel calendar 2027' },
        { body: 'change-board', date: '2027-01-20' },
      ],
      releases: [{ date: '2027-06-17', name: 'June 2027 SEC Release', reference: 'my release plan' }],
    }),
  ),
  csv: file(
    'mine.csv',
    'kind,date,name,reference,url\npanel,2027-01-08,,my Panel calendar 2027,\nchange-board,2027-01-20,,,\nrelease,2027-06-17,June 2027 SEC Release,my release plan,\n',
  ),
  ics: file(
    'mine.ics',
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//me//EN',
      'BEGIN:VEVENT',
      'UID:p1',
      'DTSTART;VALUE=DATE:20270108',
      'SUMMARY:SEC Panel',
      'DESCRIPTION:my Panel calendar 2027',
      'CATEGORIES:panel',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:c1',
      'DTSTART;VALUE=DATE:20270120',
      'CATEGORIES:change-board',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:r1',
      'DTSTART;VALUE=DATE:20270617',
      'SUMMARY:June 2027 SEC Release',
      'DESCRIPTION:my release plan',
      'X-SECMOD-KIND:release',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  ),
};

describe('--record: a record file moves the answers, in JSON, CSV and iCalendar alike', () => {
  it('earliest-release: the projection marked, then the record’s date known', async () => {
    const projected = await cli('earliest-release', '--approved', '2026-12-07');
    expect(projected.code).toBe(0);
    expect(projected.out).toMatch(/Earliest release: June 2027 SEC Release, 2027-06-24 \(projected/);
    for (const f of [mine.json, mine.csv, mine.ics]) {
      const r = await cli('earliest-release', '--approved', '2026-12-07', '--record', f);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toContain('Earliest release: June 2027 SEC Release, 2027-06-17');
      expect(r.out).not.toContain('projected');
    }
    const json = JSON.parse(
      (await cli('earliest-release', '--approved', '2026-12-07', '--json', '--record', mine.csv)).out,
    );
    expect(json).toMatchObject({ date: '2027-06-17', projected: false, source: { document: 'my release plan' } });
  });

  it('releases: the year with the record’s release known (text, JSON, ICS)', async () => {
    const r = await cli('releases', '2027', '--record', mine.json);
    expect(r.code).toBe(0);
    expect(r.out).toContain('2027-06-17  Thu  June 2027 SEC Release (moved from 2027-06-24)');
    const json = JSON.parse((await cli('releases', '2027', '--json', '--record', mine.ics)).out) as {
      date: string;
      projected: boolean;
    }[];
    expect(json.map((x) => [x.date, x.projected])).toEqual([
      ['2027-02-25', true],
      ['2027-06-17', false],
      ['2027-11-04', true],
    ]);
    const ics = (await cli('releases', '2027', '--ics', '--record', mine.csv)).out;
    expect(ics).toContain('DTSTART;VALUE=DATE:20270617');
  });

  it('meetings: a new command, each meeting known or projected; --body, --json, --ics', async () => {
    const bundled = await cli('meetings', '2027', '--body', 'panel');
    expect(bundled.code).toBe(0);
    expect(bundled.out.split('\n').slice(0, 2)).toEqual([
      'SEC meetings 2027',
      '2027-01-15  Fri  SEC Panel         projected',
    ]);
    expect(bundled.err).toBe('');
    expect(bundled.out.split('\n').at(-1)).toMatch(/^projected: no meeting is known in its month/);
    const withRecord = await cli('meetings', '2027', '--record', mine.csv);
    expect(withRecord.out.split('\n').slice(0, 3)).toEqual([
      'SEC meetings 2027 (with your record)',
      '2027-01-08  Fri  SEC Panel         known: my Panel calendar 2027',
      '2027-01-20  Wed  SEC Change Board  known: supplied by the caller',
    ]);
    const json = JSON.parse(
      (await cli('meetings', '2027', '--json', '--body', 'change-board', '--record', mine.json)).out,
    ) as {
      date: string;
      projected: boolean;
      body: string;
    }[];
    expect(json[0]).toMatchObject({ date: '2027-01-20', projected: false, body: 'change-board' });
    expect(json.slice(1).every((m) => m.projected && m.body === 'change-board')).toBe(true);
    const ics = (await cli('meetings', '2027', '--ics', '--record', mine.ics)).out;
    expect(ics).toContain('X-SECMOD-PROJECTED:TRUE');
    expect(ics.match(/X-SECMOD-PROJECTED:FALSE/g)).toHaveLength(2);
    // The known meetings of the file read back as a record; the projected ones would be refused, not dropped.
    const [head, ...events] = ics.replace(/END:VCALENDAR\r?$/, '').split('BEGIN:VEVENT\r\n');
    const known = [head, ...events.filter((e) => !e.includes('X-SECMOD-PROJECTED:TRUE'))].join('BEGIN:VEVENT\r\n');
    expect(parseIcsRecord(`${known}END:VCALENDAR\r\n`).meetings.map((m) => m.date)).toEqual([
      '2027-01-08',
      '2027-01-20',
    ]);
    expect(() => parseIcsRecord(`${ics}\n`)).toThrow(/X-SECMOD-PROJECTED/);
    expect(await cli('meetings', '2027', '--body', 'board')).toMatchObject({ code: 2 });
    expect(await cli('meetings', '27')).toMatchObject({ code: 2 });
    expect(await cli('meetings', '2027', '--json', '--ics')).toMatchObject({ code: 2 });
  });

  it('plan and validate take the record’s meetings', async () => {
    const request = file(
      'request.json',
      JSON.stringify({
        request: { proposal: 'MP901', path: 'self-governance', convertedOn: '2026-11-20' },
        options: { minConsultationWorkingDays: 15 },
      }),
    );
    const bundled = JSON.parse((await cli('plan', request, '--json')).out) as {
      timetable: { milestones: { kind: string; approved: string }[] };
    };
    const withRecord = JSON.parse((await cli('plan', request, '--json', '--record', mine.json)).out) as typeof bundled;
    const cb = (p: typeof bundled) => p.timetable.milestones.find((m) => m.kind === 'change-board')?.approved;
    expect(cb(withRecord)).not.toBe(cb(bundled));
    const timetable = file(
      'timetable.json',
      JSON.stringify({
        proposal: 'MP902',
        path: 'self-governance',
        milestones: [{ kind: 'change-board', approved: '2027-01-20' }],
        extensions: [],
      }),
    );
    const wrapped = file(
      'wrapped.json',
      JSON.stringify({
        timetable: JSON.parse(
          '{"proposal":"MP902","path":"self-governance","milestones":[{"kind":"change-board","approved":"2027-01-20"}],"extensions":[]}',
        ),
        options: { changeBoardMeetings: 'sec-change-board' },
      }),
    );
    expect((await cli('validate', wrapped)).out).toContain('change-board-date-not-meeting');
    expect((await cli('validate', wrapped, '--record', mine.csv)).out).not.toContain('change-board-date-not-meeting');
    // A file naming no calendar: --record adds the record's.
    expect((await cli('validate', timetable, '--record', mine.csv)).out).not.toContain('change-board-date-not-meeting');
  });

  it('report: the release scope against the record', async () => {
    const register = file(
      'register.json',
      JSON.stringify({
        proposals: [
          {
            id: 'MP903',
            path: 'self-governance',
            decision: { outcome: 'approved', decidedOn: '2026-11-25', decidedBy: 'change-board' },
            releases: [{ release: '2027-06' }],
          },
        ],
      }),
    );
    const json = (o: string[]) => cli('report', register, '--as-of', '2026-12-07', '--format', 'json', ...o);
    expect(JSON.parse((await json([])).out).releases.scopes[0].release.date).toBe('2027-06-24');
    expect(JSON.parse((await json(['--record', mine.json])).out).releases.scopes[0].release.date).toBe('2027-06-17');
  });

  it('a contradiction is a warning on stderr; the record’s date is used', async () => {
    const contra = file('contra.csv', 'kind,date,name,reference,url\nrelease,2022-11-10,,my note,\n');
    const r = await cli('releases', '2022', '--record', contra);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /^secmod: warning: the record's release on 2022-11-10 \(my note\) replaces November 2022 SEC Release on 2022-11-03/,
    );
    expect(r.out).toContain('2022-11-10');
  });
});

describe('caller text from a record is printed as one line each', () => {
  it('a release name with a line break cannot start a new line of the listing', async () => {
    const hostile = file(
      'hostile.json',
      JSON.stringify({ releases: [{ date: '2026-12-17', name: 'Extra\nEarliest release: forged, 2020-01-01' }] }),
    );
    const listing = await cli('releases', '2026', '--record', hostile);
    // The heading, four releases and the line that says what projected means.
    expect(listing.out.split('\n')).toHaveLength(6);
    expect(listing.out).toContain('Extra␊Earliest release: forged');
    const earliest = await cli('earliest-release', '--approved', '2026-12-07', '--record', hostile, '--json');
    expect(JSON.parse(earliest.out).date).toBe('2027-06-24');
  });
});

describe('secmod record check', () => {
  it('accepts the example records (0 warnings)', async () => {
    for (const ext of ['json', 'csv', 'ics']) {
      const r = await cli('record', 'check', `examples/record-2020-2022.${ext}`);
      expect(r).toMatchObject({
        code: 0,
        out: `examples/record-2020-2022.${ext}: 15 meeting(s), 7 release(s), 0 warning(s)`,
      });
    }
  });

  it('malformed lines are errors with their line (exit 2), every one listed', async () => {
    const bad = file(
      'bad.csv',
      'kind,date,name,reference,url\npanle,2027-01-08,,,\npanel,2027-02-30,,,\nrelease,2027-06-17,"=HYPERLINK(""http://x"")",,\nrelease,2027-06-17,,,\n',
    );
    const r = await cli('record', 'check', bad);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([
      'secmod: invalid record: 3 problem(s):',
      '  line 2, column 1: unknown record kind "panle" (did you mean "panel"?); expected one of panel, change-board, release',
      '  line 3, column 2: invalid date "2027-02-30": day must be 01-28 in 2027-02',
      '  line 5: a duplicate of line 4 (a release on 2027-06-17)',
    ]);
    expect(r.out).toBe('');
  });

  it('a file that is not JSON, CSV or iCalendar, or is missing, is exit 2', async () => {
    expect((await cli('record', 'check', file('x.txt', 'hello'))).err).toMatch(/not JSON, CSV or iCalendar/);
    expect(await cli('record', 'check', join(dir, 'missing.json'))).toMatchObject({ code: 2 });
    expect(await cli('record', 'check', file('x.ics', 'BEGIN:VCALENDAR\r\nfoo\r\n'))).toMatchObject({ code: 2 });
    expect(await cli('record', 'check')).toMatchObject({ code: 2 });
    expect(await cli('record', 'verify', mine.json)).toMatchObject({ code: 2 });
  });

  it('a weekend or holiday meeting, two Panel meetings in a month, a contradiction: warnings, exit 0', async () => {
    const odd = file(
      'odd.json',
      JSON.stringify({
        meetings: [
          { body: 'panel', date: '2027-01-09', reference: '<script>alert(1)</script>\nBEGIN:VEVENT' },
          { body: 'panel', date: '2027-01-15' },
          { body: 'change-board', date: '2026-12-28' },
        ],
        releases: [{ date: '2022-11-10', reference: 'line\r\nbreak' }],
      }),
    );
    const r = await cli('record', 'check', odd);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/: 3 meeting\(s\), 1 release\(s\), 4 warning\(s\)$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[1])).toEqual([
      'meeting-not-on-working-day',
      'two-panel-meetings-in-a-month',
      'meeting-not-on-working-day',
      'contradicts-bundled',
    ]);
    // Caller text printed as one line each: a line break in a reference cannot start a new line.
    expect(lines).toHaveLength(5);
    expect(lines[4]).toContain('line␍␊break');
    expect(JSON.parse((await cli('record', 'check', odd, '--json')).out).warnings).toHaveLength(4);
  });

  it('is in the help', async () => {
    const help = (await cli('help')).out;
    expect(help).toContain('record check <file.json|file.csv|file.ics>');
    expect(help).toContain('meetings <year> [--body panel|change-board] [--json | --ics] [--record <file>]');
  });
});
