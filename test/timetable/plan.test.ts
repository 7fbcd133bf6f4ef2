import { describe, expect, it } from 'vitest';
import { meetingCalendar, SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import { earliestRelease } from '../../src/releases/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import {
  applyExtension,
  planTimetable,
  validateTimetable,
  type Timetable,
  type TimetableIssue,
  type ValidateTimetableOptions,
} from '../../src/timetable/index.js';
import { codeOf } from '../helpers.js';

const options: ValidateTimetableOptions = {
  panelMeetings: SEC_PANEL,
  changeBoardMeetings: SEC_CHANGE_BOARD,
  minConsultationWorkingDays: 15,
  paperDeadlineWorkingDays: 5,
};
const issue = <C extends TimetableIssue['code']>(issues: TimetableIssue[], code: C) =>
  issues.find((i) => i.code === code) as Extract<TimetableIssue, { code: C }> | undefined;

describe('planTimetable', () => {
  it('gives the standstill standstillPeriod gives for a notification received on the decision day, shared and frozen', () => {
    const request = {
      proposal: 'MP996',
      path: 'self-governance',
      convertedOn: '2019-01-18',
      ecNotification: true,
    } as const;
    const a = planTimetable(request, options);
    const b = planTimetable({ ...request, proposal: 'MP995' }, options);
    const decided = a.timetable.milestones.find((m) => m.kind === 'change-board')?.approved as string;
    expect(a.standstill).toEqual(standstillPeriod({ receivedOn: decided }));
    expect(b.standstill).toEqual(a.standstill);
    expect(Object.isFrozen(a.standstill) && Object.isFrozen(a.standstill?.steps)).toBe(true);
    // With its own facts, the notification's standstill is worked out for the plan: its months follow them.
    const opinion = planTimetable({ ...request, ecNotification: { detailedOpinion: true } }, options);
    expect(opinion.standstill?.months).toBeGreaterThan(a.standstill?.months ?? 0);
  });

  it("explains the implementation date with earliestRelease's answer, the same for every plan deciding on that day", () => {
    const request = { proposal: 'MP998', path: 'self-governance', convertedOn: '2019-01-18' } as const;
    const [a, b] = [planTimetable(request, options), planTimetable({ ...request, proposal: 'MP997' }, options)];
    const decided = a.timetable.milestones.find((m) => m.kind === 'change-board')?.approved as string;
    const reasonOf = (p: typeof a) => p.reasons.find((r) => r.kind === 'implementation');
    const ra = reasonOf(a);
    expect(ra?.rule).toBe('release');
    expect(ra?.rule === 'release' && ra.release).toEqual(earliestRelease({ approvedOn: decided }));
    expect(reasonOf(b)?.rule === 'release' && reasonOf(b)).toMatchObject({ message: ra?.message });
    // Plans share the explanation, so it is frozen: one caller's plan cannot change another's.
    expect(ra?.rule === 'release' && Object.isFrozen(ra.release.passedOver)).toBe(true);
  });

  it('plans a Self-Governance proposal with a DCC Preliminary Assessment, each date with its reason', () => {
    const plan = planTimetable(
      { proposal: 'MP999', path: 'self-governance', convertedOn: '2019-01-18', dccAssessments: 'preliminary' },
      options,
    );
    expect(plan.timetable.milestones).toEqual([
      { kind: 'refinement', approved: '2019-01-18', until: '2019-02-18' },
      { kind: 'dcc-preliminary-assessment', approved: '2019-02-15' },
      { kind: 'working-group-consultation', approved: '2019-02-18', until: '2019-03-11' },
      { kind: 'draft-modification-report', approved: '2019-04-23' },
      { kind: 'modification-report-consultation', approved: '2019-04-23', until: '2019-05-15' },
      { kind: 'change-board', approved: '2019-05-22' },
      { kind: 'implementation', approved: '2019-11-29' },
    ]);
    expect(plan.timetable.dccAssessments).toEqual([
      { kind: 'preliminary', requestedOn: '2019-01-18', originalDueOn: '2019-02-15' },
    ]);
    expect(plan.reasons.map((r) => `${r.kind}.${r.field}: ${r.rule}`)).toEqual([
      'refinement.approved: request',
      'refinement.until: refinement-length',
      'dcc-preliminary-assessment.approved: dcc-timescale',
      'working-group-consultation.approved: after-previous',
      'working-group-consultation.until: consultation-length',
      'draft-modification-report.approved: meeting',
      'modification-report-consultation.approved: after-previous',
      'modification-report-consultation.until: consultation-length',
      'change-board.approved: meeting',
      'implementation.approved: release',
    ]);
    // The March Panel's papers (8 March) go out before the consultation closes (11 March); April's
    // projected Panel falls on Good Friday and moves to the next Working Day.
    const dmr = plan.reasons.find((r) => r.kind === 'draft-modification-report');
    expect(dmr).toMatchObject({ rule: 'meeting', projected: true, paperDeadline: '2019-04-12', ready: '2019-03-11' });
    // A meeting reason cites the calendar the date comes from: here the unconfirmed projection.
    expect(dmr?.source?.status).toBe('unconfirmed');
    expect(plan.projected).toBe(true);
    expect(validateTimetable(plan.timetable, plan.options)).toEqual([]);
  });

  it('waits for the EC standstill: the received date given, or assumed on the decision date', () => {
    const request = { proposal: 'SECMP0006', path: 'authority-determination', raisedOn: '2017-01-04' } as const;
    const assumed = planTimetable({ ...request, ecNotification: true }, options);
    const decision = assumed.timetable.milestones.find((m) => m.kind === 'authority-decision')?.approved;
    expect(assumed.standstill?.receivedOn).toBe(decision);
    const late = planTimetable({ ...request, ecNotification: { receivedOn: '2018-03-01' } }, options);
    expect(late.standstill?.endsOn).toBe('2018-06-04');
    expect(late.timetable.milestones.at(-1)).toEqual({ kind: 'implementation', approved: '2018-06-28' });
    expect(late.options.standstillEndsOn).toBe('2018-06-04');
    const reason = late.reasons.at(-1);
    expect(reason?.rule === 'release' && reason.standstillEndsOn).toBe('2018-06-04');
  });

  it('an extension applied to a plan: earliestRelease says which release it then makes', () => {
    const plan = planTimetable({ proposal: 'MP2', path: 'self-governance', convertedOn: '2022-01-21' }, options);
    expect(plan.timetable.milestones.at(-1)).toEqual({ kind: 'implementation', approved: '2023-02-23' });
    const releaseAfter = (months: number) => {
      const t = applyExtension(plan.timetable, { agreedOn: '2022-03-18', months, reason: 'more WG time', by: 'panel' });
      return earliestRelease({ approvedOn: t.milestones.find((m) => m.kind === 'change-board')?.approved as string })
        .date;
    };
    expect(releaseAfter(2)).toBe('2023-02-23'); // the Change Board moves to 25 July 2022: still within the scope lead time
    expect(releaseAfter(4)).toBe('2023-06-29'); // 25 September 2022: past it
  });

  it('plans Fast-Track and the original process, with the Authority lead time as an option', () => {
    const fast = planTimetable({ proposal: 'MP153', path: 'fast-track', raisedOn: '2021-03-01' }, options);
    expect(fast.timetable.milestones.map((m) => m.kind)).toEqual(['panel-decision', 'implementation']);
    const original = planTimetable(
      { proposal: 'SECMP0100', path: 'authority-determination', raisedOn: '2017-06-01' },
      { ...options, authorityDecisionWorkingDays: 25 },
    );
    expect(original.timetable.milestones[0]).toEqual({ kind: 'initial-modification-report', approved: '2017-06-09' });
    const cb = original.timetable.milestones.find((m) => m.kind === 'change-board')?.approved;
    const ad = original.reasons.find((r) => r.kind === 'authority-decision');
    expect(ad).toMatchObject({ rule: 'authority-lead-time', workingDays: 25 });
    expect(ad !== undefined && cb !== undefined && ad.date > cb).toBe(true);
  });

  it('with known dates only, says so: projected is false', () => {
    const dates = ['2019-02-08', '2019-03-08', '2019-04-12', '2019-05-10', '2019-06-14'];
    const plan = planTimetable(
      { proposal: 'MP3', path: 'fast-track', raisedOn: '2019-02-01' },
      { panelMeetings: meetingCalendar({ name: 'Panel 2019', body: 'panel', dates }) },
    );
    expect(plan.timetable.milestones[0]).toEqual({ kind: 'panel-decision', approved: '2019-02-08' });
    expect(plan.projected).toBe(false);
  });

  it('refuses what cannot be planned, with a code', () => {
    expect(
      codeOf(() =>
        planTimetable(
          { proposal: 'MP1', path: 'fast-track', raisedOn: '2021-03-01', dccAssessments: 'impact' },
          options,
        ),
      ),
    ).toBe('phase-not-on-path');
    expect(
      codeOf(() =>
        planTimetable(
          { proposal: 'MP1', path: 'fast-track', raisedOn: '2021-03-01', workingGroupMeetings: 2 },
          options,
        ),
      ),
    ).toBe('phase-not-on-path');
    expect(
      codeOf(() =>
        planTimetable(
          { proposal: 'MP1', path: 'self-governance', raisedOn: '2021-03-01' },
          { panelMeetings: SEC_PANEL },
        ),
      ),
    ).toBe('missing-option');
    expect(codeOf(() => planTimetable({ proposal: 'MP1', path: 'fast-track', raisedOn: '2021-03-01' }, {}))).toBe(
      'missing-option',
    );
    const known = { ...SEC_PANEL, projection: undefined };
    expect(
      codeOf(() =>
        planTimetable({ proposal: 'MP1', path: 'fast-track', raisedOn: '2022-01-01' }, { panelMeetings: known }),
      ),
    ).toBe('no-meeting');
    expect(
      codeOf(() =>
        planTimetable(
          { proposal: 'MP1', path: 'fast-track', raisedOn: '2022-01-01', convertedOn: '2022-01-01' },
          options,
        ),
      ),
    ).toBe('invalid-argument');
    expect(
      codeOf(() =>
        planTimetable(
          { proposal: 'MP1', path: 'self-governance', raisedOn: '2017-01-01', dccAssessments: 'impact' },
          options,
        ),
      ),
    ).toBe('missing-option');
  });
});

describe('validateTimetable: the planning rules', () => {
  const base: Timetable = {
    proposal: 'MP9',
    path: 'authority-determination',
    milestones: [
      { kind: 'refinement', approved: '2019-01-18', until: '2019-02-18' },
      { kind: 'dcc-impact-assessment', approved: '2019-03-01' },
      { kind: 'working-group-consultation', approved: '2019-02-15', until: '2019-03-15' },
      { kind: 'draft-modification-report', approved: '2019-03-15' },
      { kind: 'change-board', approved: '2019-05-21' },
      { kind: 'authority-decision', approved: '2019-05-22' },
      { kind: 'implementation', approved: '2019-06-27' },
    ],
    extensions: [],
    dccAssessments: [{ kind: 'impact', requestedOn: '2019-01-18', originalDueOn: '2019-04-15' }],
  };
  const issues = validateTimetable(base, { ...options, authorityDecisionWorkingDays: 10, dccSystemImpact: true });

  it('each rule with its figures', () => {
    expect(issue(issues, 'starts-before-previous-ends')).toMatchObject({
      kind: 'working-group-consultation',
      previous: 'refinement',
      previousEnds: '2019-02-18',
    });
    expect(issue(issues, 'papers-after-deadline')).toMatchObject({
      kind: 'draft-modification-report',
      meeting: '2019-03-15',
      deadline: '2019-03-08',
      waitsFor: 'working-group-consultation',
      ends: '2019-03-15',
    });
    expect(issue(issues, 'change-board-date-not-meeting')).toMatchObject({
      approved: '2019-05-21',
      nearestMeeting: '2019-05-22',
    });
    expect(issue(issues, 'dcc-assessment-before-due')).toMatchObject({
      severity: 'warning',
      kind: 'dcc-impact-assessment',
      requestedOn: '2019-01-18',
      dueOn: '2019-04-12',
    });
    expect(issue(issues, 'authority-decision-too-soon')).toMatchObject({ workingDays: 10, earliest: '2019-06-05' });
    expect(issue(issues, 'implementation-before-earliest-release')).toMatchObject({ earliestRelease: '2020-06-25' });
  });

  it('a Panel date is checked against a MeetingCalendar, projected months included', () => {
    const off = validateTimetable(base, { panelMeetings: SEC_PANEL });
    expect(issue(off, 'panel-date-not-meeting')).toBeUndefined();
    const moved = {
      ...base,
      milestones: base.milestones.map((m) =>
        m.kind === 'draft-modification-report' ? { ...m, approved: '2019-03-14' } : m,
      ),
    };
    expect(issue(validateTimetable(moved, { panelMeetings: SEC_PANEL }), 'panel-date-not-meeting')).toMatchObject({
      nearestMeeting: '2019-03-15',
    });
  });

  it('none of these checks runs without its option', () => {
    const plain = validateTimetable(base, {}).map((i) => i.code);
    expect(plain).not.toContain('papers-after-deadline');
    expect(plain).not.toContain('authority-decision-too-soon');
    expect(plain).not.toContain('implementation-before-earliest-release');
    expect(plain).not.toContain('change-board-date-not-meeting');
  });
});
