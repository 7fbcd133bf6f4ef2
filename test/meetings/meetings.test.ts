import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addMonths, englandAndWales, isWorkingDay, scotland } from '../../src/calendar/index.js';
import {
  meetingCalendar,
  meetingsBetween,
  nextMeeting,
  paperDeadline,
  SEC_CHANGE_BOARD,
  SEC_PANEL,
  type MeetingCalendar,
} from '../../src/meetings/index.js';
import { assumptions, inForce } from '../../src/sources/index.js';
import { codeOf } from '../helpers.js';

const weekday = (iso: string) => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

describe('the SEC meeting calendars', () => {
  it('keep the dates the record gives, with their sources', () => {
    const oct = nextMeeting(SEC_PANEL, '2017-10-07');
    expect(oct).toMatchObject({ date: '2017-10-13', number: 49, projected: false });
    expect(oct.source.clause).toBe('SECP_49_1310_11');
    expect(nextMeeting(SEC_PANEL, '2017-02-01')).toMatchObject({ date: '2017-02-10', number: 41, projected: false });
    const board = nextMeeting(SEC_CHANGE_BOARD, '2017-08-01');
    expect(board).toMatchObject({ date: '2017-08-23', projected: false });
    expect(board.source.document).toMatch(/SECP_49_1310_11/);
    for (const date of ['2017-01-13', '2019-11-15', '2020-03-13', '2020-04-17', '2020-06-19', '2021-04-16'])
      expect(nextMeeting(SEC_PANEL, date)).toMatchObject({ date, projected: false });
    for (const date of ['2020-04-22', '2021-05-26', '2022-06-22', '2024-03-27'])
      expect(nextMeeting(SEC_CHANGE_BOARD, date)).toMatchObject({ date, projected: false });
  });

  it('project the other months, marked as projected with the unconfirmed assumption', () => {
    const between = meetingsBetween(SEC_PANEL, '2017-09-01', '2017-11-30');
    expect(between.map((m) => [m.date, m.projected])).toEqual([
      ['2017-09-08', true],
      ['2017-10-13', false],
      ['2017-11-10', true],
    ]);
    expect(between[0]?.source.status).toBe('unconfirmed');
    expect(nextMeeting(SEC_PANEL, '2019-05-01')).toMatchObject({ date: '2019-05-17', projected: true });
    expect(nextMeeting(SEC_CHANGE_BOARD, '2023-01-01')).toMatchObject({ date: '2023-01-25', projected: true });
    const ids = assumptions('unconfirmed').map((a) => a.id);
    expect(ids).toEqual(
      expect.arrayContaining(['panel-meeting-projection', 'change-board-meeting-projection', 'paper-deadline']),
    );
  });

  it('the known dates fit the projection where the record supports it (hit rates: test/meetings/record.test.ts)', () => {
    // The record shows Change Board meetings on the fourth Wednesday, or the third when the fourth is the 28th
    // (21 Aug 2019, 21 Oct 2020, 21 Apr 2021, 21 Jun 2023): always a Wednesday from the 21st to the 27th.
    for (const m of SEC_CHANGE_BOARD.meetings) {
      const rule = inForce(SEC_CHANGE_BOARD.projection ?? [], m.date).value;
      expect(weekday(m.date)).toBe(rule.weekday);
      expect(Number(m.date.slice(8))).toBeGreaterThanOrEqual(21);
      expect(Number(m.date.slice(8))).toBeLessThanOrEqual(27);
    }
    const agree = SEC_PANEL.meetings.filter((m) => {
      const rule = inForce(SEC_PANEL.projection ?? [], m.date).value;
      return weekday(m.date) === rule.weekday && Math.ceil(Number(m.date.slice(8)) / 7) === rule.nth;
    });
    expect(agree.map((m) => m.date)).toEqual([
      '2016-11-11',
      '2017-01-13',
      '2017-02-10',
      '2017-10-13',
      '2018-10-12',
      '2019-11-15',
      '2020-04-17',
      '2020-06-19',
      '2021-04-16',
    ]);
    // Every known Panel meeting is a Friday, whichever week.
    for (const m of SEC_PANEL.meetings) expect(weekday(m.date)).toBe(5);
  });

  it('move a projected day that is not a Working Day to the next one (Good Friday), and none into Christmas week', () => {
    expect(nextMeeting(SEC_PANEL, '2025-04-01').date).toBe('2025-04-22');
    // The fourth Wednesday of December 2024 is Christmas Day; it moved to 27 December until the projection
    // learnt that the record shows no meeting in the last weeks of December: the week before.
    expect(nextMeeting(SEC_CHANGE_BOARD, '2024-12-01').date).toBe('2024-12-18');
    expect(nextMeeting(SEC_CHANGE_BOARD, '2026-12-01').date).toBe('2026-12-16');
    // The third Friday of December 2019 was the 20th; a week before is the record's Panel of 13 December 2019.
    expect(nextMeeting(SEC_PANEL, '2019-12-01').date).toBe('2019-12-13');
    // The last Friday of March 2024 is Good Friday: that meeting moves into April, and is found from April.
    const lastFriday = { ...SEC_PANEL, projection: [{ ...SEC_PANEL.projection![0]!, value: { weekday: 5, nth: -1 } }] };
    expect(nextMeeting(lastFriday, '2024-03-28').date).toBe('2024-04-02');
    expect(nextMeeting(lastFriday, '2024-04-01').date).toBe('2024-04-02');
    expect(meetingsBetween(lastFriday, '2024-03-01', '2024-04-30').map((m) => m.date)).toEqual([
      '2024-04-02',
      '2024-04-26',
    ]);
  });

  it('every month from 2016 to 2040 has exactly one meeting of each body, on a Working Day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2016 * 12, max: 2040 * 12 + 11 }),
        fc.constantFrom(SEC_PANEL, SEC_CHANGE_BOARD),
        (m, cal) => {
          const month = `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
          const meetings = meetingsBetween(cal, `${month}-01`, addMonths(`${month}-01`, 1).replace(/-01$/, '-01'));
          const inMonth = meetings.filter((x) => x.date.startsWith(month));
          expect(inMonth).toHaveLength(1);
          expect(isWorkingDay(inMonth[0]!.date, englandAndWales)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('without a projection, only the known dates; past them, no-meeting', () => {
    const known: MeetingCalendar = { ...SEC_PANEL, projection: undefined };
    expect(meetingsBetween(known, '2017-01-01', '2017-12-31').map((m) => m.date)).toEqual([
      '2017-01-13',
      '2017-02-10',
      '2017-10-13',
    ]);
    expect(codeOf(() => nextMeeting(known, '2021-04-17'))).toBe('no-meeting');
    expect(() => nextMeeting(known, '2021-04-17')).toThrow(/no projection/);
  });
});

describe('paperDeadline', () => {
  it('counts Working Days back from the meeting (default 5, unconfirmed)', () => {
    expect(paperDeadline('2017-10-13')).toBe('2017-10-06');
    expect(paperDeadline('2018-01-12', 5)).toBe('2018-01-05');
    expect(paperDeadline('2018-01-05', 5)).toBe('2017-12-28'); // 1 January is a bank holiday
    expect(paperDeadline('2017-08-08', 1, scotland)).toBe('2017-08-04');
    expect(paperDeadline('2017-10-13', 0)).toBe('2017-10-13');
  });
  it('refuses bad arguments with a code and a path', () => {
    expect(codeOf(() => paperDeadline('2017-02-29'))).toBe('invalid-date');
    expect(codeOf(() => paperDeadline('2017-10-13', -1))).toBe('invalid-argument');
    expect(codeOf(() => paperDeadline('2017-10-13', 5, {} as never))).toBe('invalid-argument');
  });
});

describe('meetingCalendar', () => {
  it('builds a calendar from your dates, cited as yours', () => {
    const panel = meetingCalendar({
      name: 'Panel 2019',
      body: 'panel',
      dates: ['2019-02-08', '2019-01-11', '2019-01-11'],
    });
    expect(panel.meetings.map((m) => m.date)).toEqual(['2019-01-11', '2019-02-08']);
    expect(nextMeeting(panel, '2019-01-12')).toMatchObject({ date: '2019-02-08', projected: false });
    expect(panel.meetings[0]?.source.note).toBe('dates supplied by the caller');
  });
  it('refuses what is not a calendar, naming the path', () => {
    expect(codeOf(() => meetingCalendar({ name: 'x', body: 'board' as never, dates: [] }))).toBe('invalid-argument');
    expect(codeOf(() => meetingCalendar({ name: 'x', body: 'panel', dates: ['2019-02-30'] }))).toBe('invalid-date');
    const unordered = { ...SEC_PANEL, meetings: [...SEC_PANEL.meetings].reverse() };
    expect(() => nextMeeting(unordered, '2019-01-01')).toThrow(/date order/);
    const badRule = { ...SEC_PANEL, projection: [{ ...SEC_PANEL.projection![0]!, value: { weekday: 8, nth: 1 } }] };
    expect(codeOf(() => nextMeeting(badRule, '2019-01-01'))).toBe('invalid-argument');
    expect(codeOf(() => meetingsBetween(SEC_PANEL, '2019-02-01', '2019-01-01'))).toBe('invalid-argument');
  });
  it('never mutates its input', () => {
    const dates = Object.freeze(['2019-02-08', '2019-01-11']);
    meetingCalendar({ name: 'frozen', body: 'panel', dates });
    expect(dates).toEqual(['2019-02-08', '2019-01-11']);
  });
});
