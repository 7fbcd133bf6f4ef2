import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingsBetween, nextMeeting, paperDeadline, SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import { earliestRelease, nextRelease, releasesIn, SEC_RELEASE_POLICY } from '../../src/releases/index.js';
import { applyRecord, parseRecord, recordWarnings } from '../../src/record/index.js';
import { parseRegister } from '../../src/register/index.js';
import { statusReport } from '../../src/report/index.js';
import { planTimetable, validateTimetable, type Timetable } from '../../src/timetable/index.js';

/**
 * A caller's own lines for 2027 (an illustration of the format, not a fact secmod ships): a Panel on the
 * second Friday of January, a Change Board on 20 January, the June release on 17 June.
 */
const mine = {
  meetings: [
    { body: 'panel', date: '2027-01-08', reference: 'my Panel calendar 2027' },
    { body: 'change-board', date: '2027-01-20', reference: 'my Change Board calendar 2027' },
  ],
  releases: [{ date: '2027-06-17', name: 'June 2027 SEC Release', reference: 'my release plan' }],
};
const applied = applyRecord(mine);

describe('applyRecord', () => {
  it('makes the supplied dates known, sourced as supplied; the projection resumes after them', () => {
    expect(nextMeeting(SEC_PANEL, '2027-01-01')).toMatchObject({ date: '2027-01-15', projected: true });
    expect(nextMeeting(applied.panel, '2027-01-01')).toMatchObject({
      date: '2027-01-08',
      projected: false,
      source: { document: 'my Panel calendar 2027', note: expect.stringContaining('supplied by the caller') },
    });
    // The supplied meeting replaces January's projection: no second January meeting.
    expect(nextMeeting(applied.panel, '2027-01-09')).toMatchObject({ date: '2027-02-19', projected: true });
    const june = releasesIn(2027, applied.releasePolicy).find((r) => r.id === '2027-06');
    expect(june).toMatchObject({ date: '2027-06-17', projected: false, source: { document: 'my release plan' } });
    expect(releasesIn(2027, applied.releasePolicy).find((r) => r.id === '2027-11')?.projected).toBe(true);
    expect(applied.warnings).toEqual([]);
  });

  it('returns frozen values and changes neither the record nor secmod’s own calendars', () => {
    const before = structuredClone(mine);
    applyRecord(mine);
    expect(mine).toEqual(before);
    expect(
      Object.isFrozen(applied) && Object.isFrozen(applied.panel.meetings) && Object.isFrozen(applied.releasePolicy),
    ).toBe(true);
    expect(SEC_PANEL.meetings.some((m) => m.date === '2027-01-08')).toBe(false);
    expect(SEC_RELEASE_POLICY.recorded?.some((r) => r.id === '2027-06') ?? false).toBe(false);
  });

  it('a supplied fact that contradicts a bundled one wins, with a warning naming both sources', () => {
    // The record shows November 2022 on 3 November 2022; a record saying 10 November wins, and says so.
    const { releasePolicy, warnings } = applyRecord({ releases: [{ date: '2022-11-10', reference: 'my note' }] });
    expect(releasesIn(2022, releasePolicy).find((r) => r.id === '2022-11')).toMatchObject({
      date: '2022-11-10',
      projected: false,
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      code: 'contradicts-bundled',
      severity: 'warning',
      path: ['record', 'releases', 0, 'date'],
    });
    expect(warnings[0]?.message).toContain('my note');
    expect(warnings[0]?.message).toContain('2022-11-03');
    expect(warnings[0]?.message).toMatch(/https:\/\/smartenergycodecompany\.co\.uk\//);
    // A known Panel meeting in the same month, on another day.
    const panel = applyRecord({ meetings: [{ body: 'panel', date: '2021-04-09' }] });
    expect(panel.warnings.map((w) => w.code)).toEqual(['contradicts-bundled']);
    expect(meetingsBetween(panel.panel, '2021-04-01', '2021-04-30').map((m) => m.date)).toEqual(['2021-04-09']);
    // Agreeing with the record is no contradiction.
    expect(applyRecord({ releases: [{ date: '2022-11-03' }] }).warnings).toEqual([]);
  });

  it("keeps a release's modifications in its source (records), nothing dropped", () => {
    const { releasePolicy } = applyRecord({ releases: [{ date: '2027-06-17', modifications: ['MP250', 'MP251'] }] });
    expect(releasesIn(2027, releasePolicy).find((r) => r.id === '2027-06')?.source?.records).toEqual([
      'MP250',
      'MP251',
    ]);
  });

  it('adds an ad-hoc release where no scheduled release is in the month, and builds on a base given', () => {
    const { releasePolicy } = applyRecord({ releases: [{ date: '2027-09-01', name: 'Authority-led variation' }] });
    expect(releasesIn(2027, releasePolicy).find((r) => r.date === '2027-09-01')).toMatchObject({
      kind: 'ad-hoc',
      projected: false,
    });
    const base = applyRecord(mine, {
      panel: SEC_CHANGE_BOARD === SEC_PANEL ? SEC_PANEL : SEC_PANEL,
      releasePolicy: SEC_RELEASE_POLICY,
    });
    expect(base.panel.meetings).toEqual(applied.panel.meetings);
    // A base of the caller's own is built on, not changed: its objects are not frozen by the result.
    const own = structuredClone(SEC_PANEL);
    const onOwn = applyRecord(mine, { panel: own });
    expect(Object.isFrozen(onOwn.panel) && Object.isFrozen(onOwn.panel.meetings)).toBe(true);
    expect(Object.isFrozen(own) || Object.isFrozen(own.meetings) || Object.isFrozen(own.projection)).toBe(false);
    expect(() => applyRecord(mine, { panel: {} as never })).toThrow(/base\.panel/);
    expect(() => applyRecord(mine, { other: 1 } as never)).toThrow(/unknown key/);
  });

  it('reads every example record alike', () => {
    const json = applyRecord(
      parseRecord(readFileSync(new URL('../../examples/record-2020-2022.json', import.meta.url), 'utf8')),
    );
    const csv = applyRecord(
      parseRecord(readFileSync(new URL('../../examples/record-2020-2022.csv', import.meta.url), 'utf8')),
    );
    expect(csv.panel.meetings).toEqual(json.panel.meetings);
    expect(nextMeeting(json.panel, '2020-09-01')).toMatchObject({ date: '2020-09-11', projected: false });
  });
});

describe('every function that reads meetings or releases takes the calendar or policy a record makes', () => {
  it('nextMeeting and meetingsBetween', () => {
    expect(nextMeeting(SEC_CHANGE_BOARD, '2027-01-01').date).toBe('2027-01-27');
    expect(nextMeeting(applied.changeBoard, '2027-01-01').date).toBe('2027-01-20');
    expect(meetingsBetween(applied.panel, '2027-01-01', '2027-01-31').map((m) => [m.date, m.projected])).toEqual([
      ['2027-01-08', false],
    ]);
  });
  it('paperDeadline, of the meeting the record gives', () => {
    expect(paperDeadline(nextMeeting(SEC_PANEL, '2027-01-01').date)).toBe('2027-01-08');
    // Five Working Days before 8 January 2027, New Year's Day not counted.
    expect(paperDeadline(nextMeeting(applied.panel, '2027-01-01').date)).toBe('2026-12-31');
  });
  it('releasesIn and nextRelease', () => {
    expect(nextRelease('2027-03-01').date).toBe('2027-06-24');
    expect(nextRelease('2027-03-01', applied.releasePolicy)).toMatchObject({ date: '2027-06-17', projected: false });
    expect(releasesIn(2027, applied.releasePolicy).map((r) => r.date)).toContain('2027-06-17');
  });
  it('earliestRelease', () => {
    const input = { approvedOn: '2026-12-07' };
    expect(earliestRelease(input)).toMatchObject({ date: '2027-06-24', projected: true });
    expect(earliestRelease({ ...input, policy: applied.releasePolicy })).toMatchObject({
      date: '2027-06-17',
      projected: false,
    });
  });
  it('planTimetable', () => {
    const request = { proposal: 'MP901', path: 'self-governance' as const, convertedOn: '2026-11-20' };
    const at = (o: object) =>
      planTimetable(request, { minConsultationWorkingDays: 15, ...o }).timetable.milestones.find(
        (m) => m.kind === 'change-board',
      )?.approved;
    const bundled = at({ panelMeetings: SEC_PANEL, changeBoardMeetings: SEC_CHANGE_BOARD });
    const withRecord = at({ panelMeetings: applied.panel, changeBoardMeetings: applied.changeBoard });
    expect(bundled).not.toBe(withRecord);
  });
  it('validateTimetable', () => {
    const t: Timetable = {
      proposal: 'MP902',
      path: 'self-governance',
      milestones: [{ kind: 'change-board', approved: '2027-01-20' }],
      extensions: [],
    };
    const codes = (o: object) => validateTimetable(t, o).map((i) => i.code);
    expect(codes({ changeBoardMeetings: SEC_CHANGE_BOARD })).toContain('change-board-date-not-meeting');
    expect(codes({ changeBoardMeetings: applied.changeBoard })).not.toContain('change-board-date-not-meeting');
  });
  it('statusReport (releasePolicy)', () => {
    const register = parseRegister({
      proposals: [
        {
          id: 'MP903',
          path: 'self-governance',
          decision: { outcome: 'approved', decidedOn: '2026-11-25', decidedBy: 'change-board' },
          releases: [{ release: '2027-06' }],
        },
      ],
    });
    const date = (o: object) => statusReport(register, { asOf: '2026-12-07', ...o }).releases.scopes[0]?.release;
    expect(date({})).toMatchObject({ date: '2027-06-24', projected: true });
    expect(date({ releasePolicy: applied.releasePolicy })).toMatchObject({ date: '2027-06-17', projected: false });
  });
});

describe('recordWarnings', () => {
  it('warns of a meeting on a weekend or a holiday, two Panel meetings in a month, and a contradiction', () => {
    const warnings = recordWarnings({
      meetings: [
        { body: 'panel', date: '2027-01-09' },
        { body: 'panel', date: '2027-01-15' },
        { body: 'change-board', date: '2026-12-28' },
      ],
      releases: [{ date: '2022-11-10' }],
    });
    expect(warnings.map((w) => [w.code, w.path.join('.')])).toEqual([
      ['meeting-not-on-working-day', 'record.meetings.0.date'],
      ['two-panel-meetings-in-a-month', 'record.meetings.1.date'],
      ['meeting-not-on-working-day', 'record.meetings.2.date'],
      ['contradicts-bundled', 'record.releases.0.date'],
    ]);
    expect(warnings[2]?.message).toMatch(/holiday/);
    expect(recordWarnings(mine)).toEqual([]);
  });
});
