import { describe, expect, it } from 'vitest';
import { nextMeeting, SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import { assumptions } from '../../src/sources/index.js';
import { planTimetable, validateTimetable, type ValidateTimetableOptions } from '../../src/timetable/index.js';
import { englandAndWales, workingDaysBetween } from '../../src/calendar/index.js';
import { codeOf } from '../helpers.js';

const options: ValidateTimetableOptions = {
  panelMeetings: SEC_PANEL,
  changeBoardMeetings: SEC_CHANGE_BOARD,
  minConsultationWorkingDays: 15,
  paperDeadlineWorkingDays: 5,
};

describe('plans a planner would sign', () => {
  it("the Authority decides five weeks after the Change Board by default (Ofgem's published target)", () => {
    const plan = planTimetable(
      { proposal: 'MP900', path: 'authority-determination', convertedOn: '2022-01-21' },
      options,
    );
    const at = (kind: string) => plan.timetable.milestones.find((m) => m.kind === kind)?.approved as string;
    expect(workingDaysBetween(at('change-board'), at('authority-decision'), englandAndWales)).toBe(25);
    expect(plan.reasons.find((r) => r.kind === 'authority-decision')).toMatchObject({
      rule: 'authority-lead-time',
      workingDays: 25,
    });
    expect(plan.options.authorityDecisionWorkingDays).toBe(25);
    const time = assumptions().find((a) => a.id === 'authority-decision-time');
    expect(time?.source).toMatchObject({ status: 'observed', url: expect.stringContaining('ofgem.gov.uk') });
    // Your own figure still wins.
    const quick = planTimetable(
      { proposal: 'MP900', path: 'authority-determination', convertedOn: '2022-01-21' },
      { ...options, authorityDecisionWorkingDays: 0 },
    );
    expect(quick.timetable.milestones.find((m) => m.kind === 'authority-decision')?.approved).toBe(
      quick.timetable.milestones.find((m) => m.kind === 'change-board')?.approved,
    );
  });

  it('a Draft Proposal spends its Development Stage before the Panel converts it (SECMP0049)', () => {
    const plan = planTimetable({ proposal: 'MP901', path: 'self-governance', raisedOn: '2019-01-02' }, options);
    const conversion = plan.reasons[0];
    expect(conversion).toMatchObject({ kind: 'refinement', field: 'approved', rule: 'meeting', ready: '2019-02-02' });
    expect(conversion?.message).toContain(
      'the Development Stage: 1 month(s) from the Draft Proposal raised on 2019-01-02',
    );
    expect(conversion?.date).toBe(nextMeeting(SEC_PANEL, '2019-02-12').date);
    const longer = planTimetable(
      { proposal: 'MP901', path: 'self-governance', raisedOn: '2019-01-02', developmentMonths: 3 },
      options,
    );
    expect((longer.reasons[0]?.date ?? '') > (conversion?.date ?? '')).toBe(true);
    expect(validateTimetable(longer.timetable, longer.options)).toEqual([]);
    expect(
      codeOf(() =>
        planTimetable(
          { proposal: 'MP901', path: 'self-governance', convertedOn: '2019-01-18', developmentMonths: 1 },
          options,
        ),
      ),
    ).toBe('phase-not-on-path');
    expect(
      codeOf(() =>
        planTimetable({ proposal: 'MP901', path: 'fast-track', raisedOn: '2019-01-02', developmentMonths: 1 }, options),
      ),
    ).toBe('phase-not-on-path');
    expect(assumptions('unconfirmed').map((a) => a.id)).toContain('development-stage');
  });

  it('never plans a projected meeting into Christmas week: the Change Board of December 2026 is on the 16th', () => {
    // The fourth Wednesday would be 23 December 2026; the record shows no meeting in the last weeks of December.
    const plan = planTimetable(
      { proposal: 'MP902', path: 'self-governance', convertedOn: '2026-06-19', refinementMonths: 3 },
      options,
    );
    for (const m of plan.timetable.milestones) {
      const [, month, day] = m.approved.split('-').map(Number);
      if (m.kind === 'change-board' || m.kind === 'draft-modification-report')
        expect(month === 12 && (day as number) >= 20, `${m.kind} ${m.approved}`).toBe(false);
    }
    expect(nextMeeting(SEC_CHANGE_BOARD, '2026-12-01').date).toBe('2026-12-16');
  });
});

describe('one adopt-from date, whatever the convention', () => {
  it('under Regulation 1182/71 a go-live on the last day of the standstill is refused; the day after is fine', async () => {
    const { standstillPeriod } = await import('../../src/standstill/index.js');
    const standstill = standstillPeriod({ receivedOn: '2027-03-24', convention: 'regulation-1182-71' });
    expect(standstill.endsOn).toBe('2027-06-24');
    expect(standstill.adoptableFrom).toBe('2027-06-25');
    const t = {
      proposal: 'MP903',
      path: 'self-governance',
      milestones: [
        { kind: 'draft-modification-report', approved: '2026-11-13' },
        { kind: 'change-board', approved: '2026-11-25' },
        { kind: 'implementation', approved: '2027-06-24' },
      ],
      extensions: [],
    } as const;
    const codes = (o: ValidateTimetableOptions) => validateTimetable(t, o).map((i) => i.code);
    expect(codes({ standstill, releasePolicy: false })).toEqual(['implementation-before-standstill-end']);
    expect(validateTimetable(t, { standstill, releasePolicy: false })[0]?.message).toBe(
      'MP903: implementation 2027-06-24 is on the last day of the EC standstill (2027-06-24): the measure may be adopted from 2027-06-25',
    );
    const next = {
      ...t,
      milestones: [...t.milestones.slice(0, 2), { kind: 'implementation', approved: '2027-06-25' }],
    } as const;
    expect(validateTimetable(next, { standstill, releasePolicy: false })).toEqual([]);
    expect(codeOf(() => validateTimetable(t, { standstill, standstillEndsOn: '2027-06-24' }))).toBe('invalid-argument');
    // The planner waits for it too.
    const plan = planTimetable(
      {
        proposal: 'MP903',
        path: 'self-governance',
        convertedOn: '2026-06-19',
        ecNotification: { receivedOn: '2027-03-24', convention: 'regulation-1182-71' },
      },
      options,
    );
    expect(plan.timetable.milestones.at(-1)!.approved > '2027-06-24').toBe(true);
    expect(validateTimetable(plan.timetable, plan.options)).toEqual([]);
  });
});
