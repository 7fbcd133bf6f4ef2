import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  addWorkingDays,
  englandAndWales,
  isWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import {
  meetingCalendar,
  meetingsBetween,
  nextMeeting,
  SEC_CHANGE_BOARD,
  SEC_PANEL,
  type MeetingCalendar,
} from '../../src/meetings/index.js';
import { earliestRelease, releasesIn } from '../../src/releases/index.js';
import {
  dccDueDate,
  planTimetable,
  validateTimetable,
  type Milestone,
  type Plan,
  type PlanReason,
  type PlanRequest,
  type Timetable,
  type ValidateTimetableOptions,
} from '../../src/timetable/index.js';

import { calendarArb, requestArb } from './arbitraries.js';

const RUNS = Number(process.env['PLAN_RUNS'] ?? 2000);

const optionsArb: fc.Arbitrary<ValidateTimetableOptions> = fc.record(
  {
    panelMeetings: calendarArb(SEC_PANEL),
    changeBoardMeetings: calendarArb(SEC_CHANGE_BOARD),
    minConsultationWorkingDays: fc.integer({ min: 5, max: 25 }),
    paperDeadlineWorkingDays: fc.integer({ min: 0, max: 10 }),
    authorityDecisionWorkingDays: fc.integer({ min: 0, max: 40 }),
  },
  { requiredKeys: ['panelMeetings', 'changeBoardMeetings', 'minConsultationWorkingDays'] },
);

const milestoneOf = (t: Timetable, r: PlanReason): Milestone =>
  t.milestones.find((m) => m.kind === r.kind) as Milestone;

/** The same timetable with one date moved. */
function moved(t: Timetable, r: PlanReason, date: string): Timetable {
  return { ...t, milestones: t.milestones.map((m) => (m.kind === r.kind ? { ...m, [r.field]: date } : m)) };
}

/** One step earlier than where the reason put a date: the meeting before, the release before, or the Working Day before. */
function earlier(plan: Plan, r: PlanReason): string | undefined {
  const calendar = plan.options.calendar ?? englandAndWales;
  if (r.rule === 'meeting') {
    const cal = (r.body === 'panel' ? plan.options.panelMeetings : plan.options.changeBoardMeetings) as MeetingCalendar;
    return meetingsBetween(cal, addMonths(r.date, -3), r.date)
      .filter((m) => m.date < r.date)
      .at(-1)?.date;
  }
  if (r.rule === 'release') {
    const year = Number(r.date.slice(0, 4));
    const releases = [year - 1, year].flatMap((y) => (y >= 2018 ? releasesIn(y) : []));
    return releases
      .map((x) => x.date)
      .filter((d) => d < r.date)
      .at(-1);
  }
  return addWorkingDays(r.date, -1, calendar);
}

describe('planTimetable (property)', () => {
  it('plans the earliest timetable validateTimetable accepts, each date where its reason says', () => {
    let movedDates = 0;
    fc.assert(
      fc.property(requestArb, optionsArb, (request, options) => {
        const plan = planTimetable(request, options);
        const t = plan.timetable;
        // Accepted, by the caller's options and by the plan's own (which add the standstill end and the DCC impact).
        expect(validateTimetable(t, options).filter((i) => i.severity === 'error')).toEqual([]);
        expect(validateTimetable(t, plan.options)).toEqual([]);
        expect(plan.options).toMatchObject(options);

        // Every date has a reason, and falls where the reason says.
        const dated = t.milestones.flatMap((m) => [
          `${m.kind}.approved`,
          ...(m.until === undefined ? [] : [`${m.kind}.until`]),
        ]);
        expect(plan.reasons.map((r) => `${r.kind}.${r.field}`)).toEqual(dated);
        for (const r of plan.reasons) {
          expect(milestoneOf(t, r)[r.field], r.message).toBe(r.date);
          if (r.rule === 'meeting') {
            const cal = (r.body === 'panel' ? options.panelMeetings : options.changeBoardMeetings) as MeetingCalendar;
            expect(nextMeeting(cal, r.date).date).toBe(r.date);
            expect(isWorkingDay(r.date, englandAndWales)).toBe(true);
            expect(r.paperDeadline).toBe(
              addWorkingDays(r.date, -(options.paperDeadlineWorkingDays ?? 0), englandAndWales),
            );
            expect(r.paperDeadline >= r.ready).toBe(true);
          }
          if (r.rule === 'consultation-length')
            expect(workingDaysBetween(milestoneOf(t, r).approved, r.date, englandAndWales)).toBe(r.workingDays);
          if (r.rule === 'dcc-timescale') expect(dccDueDate(r.requestedOn, r.assessment)).toBe(r.date);
          if (r.rule === 'refinement-length') {
            let end = addMonths(milestoneOf(t, r).approved, r.months);
            while (!isWorkingDay(end, englandAndWales)) end = addWorkingDays(end, 1, englandAndWales);
            expect(r.date).toBe(end);
          }
          if (r.rule === 'release') {
            const decision = t.milestones.at(-2) as Milestone;
            expect(r.release.date).toBe(r.date);
            expect(
              earliestRelease({
                approvedOn: decision.approved,
                dccSystemImpact: plan.options.dccSystemImpact,
                standstillEndsOn: plan.standstill?.endsOn,
              }).date,
            ).toBe(r.date);
          }
        }

        // Moving any date the rules fix one step earlier makes validateTimetable complain.
        for (const r of plan.reasons) {
          if (r.rule === 'request' || r.rule === 'refinement-length') continue;
          if (r.rule === 'meeting' && r.waitsFor === 'request') continue;
          const date = earlier(plan, r);
          if (date === undefined) continue;
          const issues = validateTimetable(moved(t, r, date), plan.options);
          expect(issues.length, `${r.kind}.${r.field} moved from ${r.date} to ${date} (${r.rule})`).toBeGreaterThan(0);
          movedDates++;
        }
      }),
      { numRuns: RUNS },
    );
    // Every plan has at least its implementation to move.
    expect(movedDates).toBeGreaterThanOrEqual(RUNS);
  });

  it('a calendar of dates works as a MeetingCalendar does', () => {
    const dates = meetingsBetween(SEC_PANEL, '2019-01-01', '2021-12-31').map((m) => m.date);
    const request: PlanRequest = { proposal: 'MP9', path: 'fast-track', raisedOn: '2019-06-03' };
    const base = { changeBoardMeetings: SEC_CHANGE_BOARD, minConsultationWorkingDays: 15 };
    const a = planTimetable(request, { ...base, panelMeetings: SEC_PANEL });
    const b = planTimetable(request, { ...base, panelMeetings: dates });
    const c = planTimetable(request, {
      ...base,
      panelMeetings: meetingCalendar({ name: 'mine', body: 'panel', dates }),
    });
    expect(b.timetable).toEqual(a.timetable);
    expect(c.timetable).toEqual(a.timetable);
    expect([a.projected, b.projected, c.projected]).toEqual([true, false, false]);
  });
});
