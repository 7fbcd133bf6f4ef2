/**
 * Panel and Change Board papers are issued a number of Working Days before the meeting (an assumption
 * of the record: the October 2017 report, SECP_49_1310_11, covers the period to 6 October 2017 for the
 * meeting of 13 October), so what a meeting milestone decides on is finished by then (with
 * `paperDeadlineWorkingDays`).
 */
import { shiftWorkingDays, workingDayOnOrAfter } from '../../../calendar/working-days/holiday-index.js';
import { isoOf } from '../../../internal/days.js';
import { longDate } from '../../../internal/long-date.js';
import { PAPER_DEADLINE } from '../../../sources/assumptions.js';
import type { MilestoneKind } from '../../types.js';
import { lastDayEnd, NONE, PANEL_DECIDES } from '../shared.js';
import type { RuleMilestone, SecFinding, TimetableRule } from '../types.js';

/** The milestones decided at a meeting, whose papers wait for what comes before. */
const AT_MEETING: readonly MilestoneKind[] = [...PANEL_DECIDES, 'change-board'];
const atMeeting = (kind: MilestoneKind): boolean => AT_MEETING.includes(kind);
const PATH = ['options', 'paperDeadlineWorkingDays'] as const;

export const papersAfterDeadline: TimetableRule<'papers-after-deadline', SecFinding<'papers-after-deadline'>> = {
  code: 'papers-after-deadline',
  severity: 'error',
  source: PAPER_DEADLINE.source,
  description:
    'what a meeting decides on is finished by its paper deadline, `paperDeadlineWorkingDays` before (with that option)',
  check(timetable, context) {
    const papers = context.options.paperDeadlineWorkingDays;
    if (papers === undefined) return NONE;
    let found: SecFinding<'papers-after-deadline'>[] | undefined;
    let lastEnd: { x: RuleMilestone; day: number } | undefined;
    for (const x of context.ordered) {
      if (atMeeting(x.kind) && x.approved !== undefined && !x.approved.month && lastEnd !== undefined) {
        const meeting = x.approved.first;
        const deadline = shiftWorkingDays(context.options.calendar, meeting, -papers, PATH);
        if (lastEnd.day > deadline && lastEnd.day <= meeting)
          (found ??= []).push({
            message: `${timetable.proposal}: ${x.kind} at the meeting of ${longDate(isoOf(meeting))} waits for ${lastEnd.x.kind}, which ends on ${longDate(isoOf(lastEnd.day))}, after the papers are issued (${longDate(isoOf(deadline))}, ${papers} Working Days before)`,
            path: ['milestones', x.index, 'approved'],
            kind: x.kind,
            meeting: isoOf(meeting),
            deadline: isoOf(deadline),
            waitsFor: lastEnd.x.kind,
            ends: isoOf(lastEnd.day),
          });
      }
      const ends = x.until ?? x.approved;
      if (ends !== undefined && !ends.month) lastEnd = { x, day: ends.first };
    }
    return found ?? NONE;
  },
  plans: { kinds: AT_MEETING, fields: ['approved'] },
  plan(step, context) {
    const papers = context.options.paperDeadlineWorkingDays;
    if (papers === undefined || step.field !== 'approved' || !atMeeting(step.kind)) return undefined;
    const before = lastDayEnd(context, step.kind);
    // An end after the day is the order rules' to move past; the papers wait only for what ends by then.
    if (before === undefined || before.day > step.day) return undefined;
    const calendar = context.options.calendar;
    if (shiftWorkingDays(calendar, step.day, -papers, PATH) >= before.day) return undefined;
    // The first day whose papers, `papers` Working Days before, come on or after the end it waits for:
    // the day after the `papers`-th Working Day from that end.
    const first = workingDayOnOrAfter(calendar, before.day, PATH);
    const day = papers === 0 ? before.day : shiftWorkingDays(calendar, first, papers - 1, PATH) + 1;
    return {
      day: Math.max(day, step.day),
      priority: 1,
      reason: step.explain
        ? {
            rule: 'after-previous',
            message: `its papers (${papers} Working Days before) come after ${before.milestone.kind} ends (${isoOf(before.day)})`,
            source: PAPER_DEADLINE.source,
            waitsFor: before.milestone.kind,
          }
        : undefined,
    };
  },
};
