/**
 * What the two meeting rules share: whether a date is a meeting of the body, the nearest one, and the
 * planning side (the first meeting on or after a day, with the papers it waits for).
 * @internal
 */
import { shiftWorkingDays } from '../../../calendar/working-days/holiday-index.js';
import { SecmodError } from '../../../errors/secmod-error.js';
import { isoOf } from '../../../internal/days.js';
import type { Found } from '../../../meetings/lookup.js';
import type { MeetingBody } from '../../../meetings/types.js';
import { cite, SEC_SECTION_C } from '../../../sources/documents.js';
import type { MeetingSet } from '../../meeting-set.js';
import { lastDayEnd } from '../shared.js';
import type { PlanMove, PlanStep, TimetableRuleContext, PlanReasonBody } from '../types.js';

/** The Panel (and the Change Board, a body of the Panel) decides at its meetings. */
export const MEETINGS_SOURCE = /* @__PURE__ */ cite(SEC_SECTION_C, undefined, {
  note: 'the Panel decides at its meetings',
});

export const bodyName = (body: MeetingBody): string => (body === 'panel' ? 'Panel' : 'Change Board');

/**
 * The first meeting on or after the step's day, and why: the reason says which papers the meeting
 * waits for (the end of the milestone before it), as the papers rule holds them.
 */
export function meetingMove(
  body: MeetingBody,
  set: MeetingSet,
  step: PlanStep,
  context: TimetableRuleContext,
): PlanMove {
  const m = set.onOrAfter(step.day);
  if (m === undefined)
    throw new SecmodError(
      'no-meeting',
      `${context.timetable.proposal}: no ${bodyName(body)} meeting on a Working Day with papers after ${isoOf(step.day)} within 20 years`,
      { path: ['options', body === 'panel' ? 'panelMeetings' : 'changeBoardMeetings'] },
    );
  return {
    day: m.day,
    priority: 2,
    reason: step.explain ? meetingReason(body, m, step, context) : undefined,
  };
}

const PAPERS_PATH = ['options', 'paperDeadlineWorkingDays'] as const;

/** Why the date is the meeting `m`: the papers it waits for, as the papers rule holds them. */
function meetingReason(body: MeetingBody, m: Found, step: PlanStep, context: TimetableRuleContext): PlanReasonBody {
  const papers = context.options.paperDeadlineWorkingDays ?? 0;
  const deadline = context.iso(shiftWorkingDays(context.options.calendar, m.day, -papers, PAPERS_PATH));
  const before = lastDayEnd(context, step.kind);
  const ready = context.iso(before?.day ?? step.start);
  const waitsFor = before?.milestone.kind ?? 'request';
  return {
    rule: 'meeting',
    message: `the first ${bodyName(body)} meeting${m.projected ? ' (projected)' : ''} whose papers (${deadline}, ${papers} Working Days before) come after ${waitsFor === 'request' ? 'the request' : waitsFor} (${ready})`,
    source: m.source,
    body,
    projected: m.projected,
    paperDeadline: deadline,
    waitsFor,
    ready,
  };
}
