/**
 * A meeting calendar changed after its first use is indexed again (issue 30: "no-meeting although a
 * meeting was added"): never an answer from a stale index. secmod's own calendars are deep-frozen and
 * keep their index without a check.
 */
import { describe, expect, it } from 'vitest';
import { isDeepFrozen } from '../../src/internal/fresh.js';
import { meetingCalendar, meetingsBetween, nextMeeting, SEC_PANEL } from '../../src/meetings/index.js';
import type { KnownMeeting, MeetingCalendar } from '../../src/meetings/types.js';
import { planTimetable, prepareTimetableOptions, validateTimetable } from '../../src/timetable/index.js';
import type { Timetable } from '../../src/timetable/types.js';

const source = { document: 'minutes', status: 'observed' } as const;
const meeting = (date: string): KnownMeeting => ({ date, source }) as KnownMeeting;
const codeOf = (call: () => unknown): string | undefined => {
  try {
    call();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

/** A caller's calendar: plain, unfrozen data, known meetings only. */
const callerCalendar = (...dates: string[]): MeetingCalendar & { meetings: KnownMeeting[] } => ({
  id: 'my-panel',
  name: 'My Panel',
  body: 'panel',
  meetings: dates.map(meeting),
});

describe('a caller calendar changed after first use', () => {
  it('a meeting added: the next lookup finds it (was no-meeting)', () => {
    const cal = callerCalendar('2030-01-10');
    expect(codeOf(() => nextMeeting(cal, '2030-01-11'))).toBe('no-meeting');
    cal.meetings.push(meeting('2030-02-14'));
    expect(nextMeeting(cal, '2030-01-11').date).toBe('2030-02-14');
    expect(meetingsBetween(cal, '2030-01-01', '2030-12-31').map((m) => m.date)).toEqual(['2030-01-10', '2030-02-14']);
  });

  it('a meeting removed, a date changed, a meeting replaced, the list replaced', () => {
    const cal = callerCalendar('2030-01-10', '2030-02-14');
    expect(nextMeeting(cal, '2030-01-11').date).toBe('2030-02-14');
    cal.meetings.pop();
    expect(codeOf(() => nextMeeting(cal, '2030-01-11'))).toBe('no-meeting');
    cal.meetings.push(meeting('2030-03-14'));
    expect(nextMeeting(cal, '2030-01-11').date).toBe('2030-03-14');
    (cal.meetings[1] as { date: string }).date = '2030-03-13';
    expect(nextMeeting(cal, '2030-01-11').date).toBe('2030-03-13');
    cal.meetings[1] = meeting('2030-04-11');
    expect(nextMeeting(cal, '2030-01-11').date).toBe('2030-04-11');
    (cal as { meetings: KnownMeeting[] }).meetings = [meeting('2030-05-09')];
    expect(nextMeeting(cal, '2030-01-11').date).toBe('2030-05-09');
  });

  it('a change that breaks the calendar is refused, with a code, at its path', () => {
    const cal = callerCalendar('2030-01-10');
    nextMeeting(cal, '2030-01-01');
    cal.meetings.push(meeting('2029-12-01'));
    expect(codeOf(() => nextMeeting(cal, '2030-01-01'))).toBe('invalid-argument');
  });

  it('a projection added to (a version in place) is read again', () => {
    const cal = {
      ...callerCalendar('2030-01-10'),
      projection: [{ from: '2031-01-01', value: { weekday: 5, nth: 2 }, source }],
    } as unknown as MeetingCalendar & { projection: unknown[] };
    expect(nextMeeting(cal, '2030-06-01').date).toBe('2031-01-10');
    cal.projection.unshift({ from: '2030-06-01', until: '2030-12-31', value: { weekday: 5, nth: 2 }, source });
    expect(nextMeeting(cal, '2030-06-01').date).toBe('2030-06-14');
  });

  it('a calendar meetingCalendar made, its list pushed to', () => {
    const cal = meetingCalendar({ name: 'Panel 2030', body: 'panel', dates: ['2030-01-10'] });
    expect(codeOf(() => nextMeeting(cal, '2030-01-11'))).toBe('no-meeting');
    (cal.meetings as KnownMeeting[]).push(meeting('2030-02-14'));
    expect(nextMeeting(cal, '2030-01-11').date).toBe('2030-02-14');
  });

  it('a copy of SEC_PANEL with a meeting added (its meetings frozen, the list not)', () => {
    const cal = { ...SEC_PANEL, meetings: [...SEC_PANEL.meetings] };
    const before = nextMeeting(cal, '2030-01-11').date;
    cal.meetings.push(meeting('2030-01-15'));
    expect(nextMeeting(cal, '2030-01-11').date).toBe(before < '2030-01-15' ? before : '2030-01-15');
  });
});

describe('validateTimetable and planTimetable see a changed calendar', () => {
  const timetable: Timetable = {
    proposal: 'MP1',
    path: 'self-governance',
    milestones: [
      { kind: 'draft-modification-report', approved: '2030-02-14' },
      { kind: 'change-board', approved: '2030-03-27' },
    ],
    extensions: [],
  } as Timetable;
  const notMeeting = (options: object) =>
    validateTimetable(timetable, options).some((i) => i.code === 'panel-date-not-meeting');

  it('validateTimetable: the Panel date is a meeting once the meeting is added', () => {
    const cal = callerCalendar('2030-01-10');
    expect(notMeeting({ panelMeetings: cal })).toBe(true);
    cal.meetings.push(meeting('2030-02-14'));
    expect(notMeeting({ panelMeetings: cal })).toBe(false);
  });

  it('validateTimetable with prepared options: the same', () => {
    const cal = callerCalendar('2030-01-10');
    const prepared = prepareTimetableOptions({ panelMeetings: cal });
    expect(notMeeting(prepared)).toBe(true);
    cal.meetings.push(meeting('2030-02-14'));
    expect(notMeeting(prepared)).toBe(false);
  });

  it('planTimetable: a meeting added is planned on (was no-meeting)', () => {
    const cal = callerCalendar('2030-01-10');
    const request = { proposal: 'MP3', path: 'fast-track', raisedOn: '2030-01-20' } as const;
    expect(codeOf(() => planTimetable(request, { panelMeetings: cal }))).toBe('no-meeting');
    cal.meetings.push(meeting('2030-02-14'));
    expect(planTimetable(request, { panelMeetings: cal }).timetable.milestones[0]).toEqual({
      kind: 'panel-decision',
      approved: '2030-02-14',
    });
  });
});

describe("secmod's own calendars", () => {
  it('are deep-frozen, so their index is kept without a check', () => {
    expect(isDeepFrozen(SEC_PANEL)).toBe(true);
    expect(isDeepFrozen({ ...SEC_PANEL })).toBe(false);
    expect(isDeepFrozen(Object.freeze({ ...SEC_PANEL, meetings: [...SEC_PANEL.meetings] }))).toBe(false);
  });
});
