/**
 * The meeting calendars against the public record: every meeting a stored SEC page shows
 * (test/fixtures/sec-record.json, each with its page and words) is a known meeting of its calendar,
 * citing the same page; the projection's hit rate on the known dates is computed here from the data, and
 * the figures in `assumptions()` and docs/meetings.md are checked against it, so neither can drift.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englandAndWales, isWorkingDay } from '../../src/calendar/index.js';
import { meetingsBetween, SEC_CHANGE_BOARD, SEC_PANEL, type MeetingCalendar } from '../../src/meetings/index.js';
import { assumptions, inForce } from '../../src/sources/index.js';

interface RecordMeeting {
  readonly body: string;
  readonly date: string;
  readonly url: string;
  readonly quote: string;
}
interface Candidate {
  readonly body: string;
  readonly date: string;
}
const record = JSON.parse(readFileSync(new URL('../fixtures/sec-record.json', import.meta.url), 'utf8')) as {
  readonly meetings: readonly RecordMeeting[];
  readonly unconfirmedCandidates: readonly Candidate[];
};
const docs = readFileSync(new URL('../../docs/meetings.md', import.meta.url), 'utf8');

const CALENDARS: Readonly<Record<string, MeetingCalendar>> = { panel: SEC_PANEL, 'change-board': SEC_CHANGE_BOARD };
const LABEL: Readonly<Record<string, string>> = { panel: 'Panel', 'change-board': 'Change Board' };
const NTH = ['', 'first', 'second', 'third', 'fourth'];
const WEEKDAY = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const cells = (...values: readonly (string | number)[]) =>
  new RegExp(
    `\\|\\s*${values.map((v) => String(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*\\|\\s*')}\\s*\\|`,
  );

/** For each version of a calendar's projection: how many known dates the projection alone gives. */
function hitRates(calendar: MeetingCalendar) {
  const projectionOnly: MeetingCalendar = { ...calendar, meetings: [] };
  const versions = calendar.projection ?? [];
  return versions.map((version) => {
    const known = calendar.meetings.filter((m) => inForce(versions, m.date).from === version.from);
    const hits = known.filter((m) => {
      const month = m.date.slice(0, 7);
      return meetingsBetween(projectionOnly, `${month}-01`, lastDay(month))[0]?.date === m.date;
    });
    return {
      from: version.from,
      rule: `${NTH[version.value.nth] ?? 'last'} ${WEEKDAY[version.value.weekday]}`,
      hits: hits.length,
      total: known.length,
    };
  });
}

describe('the meeting calendars hold the record', () => {
  it('every meeting a stored page shows is a known meeting of its calendar, citing that page', () => {
    expect(record.meetings.length).toBeGreaterThanOrEqual(23);
    for (const m of record.meetings) {
      const calendar = CALENDARS[m.body];
      expect(calendar, `${m.body} ${m.date}`).toBeDefined();
      const known = calendar!.meetings.find((k) => k.date === m.date);
      expect(known, `${m.body} ${m.date}`).toBeDefined();
      expect(known!.source.url, `${m.body} ${m.date}`).toBe(m.url);
      expect(known!.source.status).toBe('observed');
    }
  });

  it('the known meetings with no stored page are the ones read from paper references and earlier records', () => {
    const fromPages = new Set(record.meetings.map((m) => `${m.body} ${m.date}`));
    const others = [SEC_PANEL, SEC_CHANGE_BOARD].flatMap((c) =>
      c.meetings.filter((m) => !fromPages.has(`${c.body} ${m.date}`)).map((m) => `${c.body} ${m.date}`),
    );
    expect(others).toEqual([
      'panel 2017-01-13',
      'panel 2017-02-10',
      'panel 2017-10-13',
      'change-board 2017-08-23',
      'change-board 2024-03-27',
    ]);
  });

  it('a date the record does not show to be a meeting is not a known meeting', () => {
    for (const c of record.unconfirmedCandidates)
      for (const calendar of [SEC_PANEL, SEC_CHANGE_BOARD])
        expect(calendar.meetings.map((m) => m.date)).not.toContain(c.date);
  });

  it('no known meeting falls on a weekend or a bank holiday', () => {
    for (const calendar of [SEC_PANEL, SEC_CHANGE_BOARD])
      for (const m of calendar.meetings) expect(isWorkingDay(m.date, englandAndWales), m.date).toBe(true);
  });
});

describe('the projection against the known dates', () => {
  it('hits every Panel date to 2018, about half from 2019, and most Change Board dates', () => {
    expect(hitRates(SEC_PANEL).map((r) => [r.rule, r.hits, r.total])).toEqual([
      ['second Friday', 5, 5],
      ['third Friday', 5, 9],
    ]);
    expect(hitRates(SEC_CHANGE_BOARD).map((r) => [r.rule, r.hits, r.total])).toEqual([['fourth Wednesday', 10, 14]]);
  });

  it('assumptions() gives the measured figures', () => {
    const byId = new Map(assumptions().map((a) => [a.id, a]));
    for (const [id, calendar] of [
      ['panel-meeting-projection', SEC_PANEL],
      ['change-board-meeting-projection', SEC_CHANGE_BOARD],
    ] as const) {
      const note = byId.get(id)?.source.note ?? '';
      expect(byId.get(id)?.source.status).toBe('unconfirmed');
      for (const r of hitRates(calendar))
        expect(note).toMatch(new RegExp(`${r.rule}[^.;]*gives ${r.hits} of ${r.total}`));
    }
  });

  it('docs/meetings.md gives the measured figures and the count of known meetings per year', () => {
    for (const calendar of [SEC_PANEL, SEC_CHANGE_BOARD]) {
      for (const r of hitRates(calendar))
        expect(docs).toMatch(cells(LABEL[calendar.body]!, r.rule, r.from.slice(0, 4), `${r.hits} of ${r.total}`));
      const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
      const counts = years.map((y) => calendar.meetings.filter((m) => m.date.startsWith(`${y}-`)).length);
      expect(docs).toMatch(cells(LABEL[calendar.body]!, ...counts, calendar.meetings.length));
    }
  });
});
