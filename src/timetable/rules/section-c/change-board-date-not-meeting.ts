/**
 * SEC Section C: the Change Board votes at its meetings, so the Change Board milestone falls on one, or
 * for a month-precise date in a month with one (with `changeBoardMeetings`).
 */
import { isoOf } from '../../../internal/days.js';
import { holdsMeeting, nearestMeeting } from '../../meeting-set.js';
import { label, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';
import { meetingMove, MEETINGS_SOURCE } from './meetings.js';

export const changeBoardDateNotMeeting: TimetableRule<
  'change-board-date-not-meeting',
  SecFinding<'change-board-date-not-meeting'>
> = {
  code: 'change-board-date-not-meeting',
  severity: 'error',
  source: MEETINGS_SOURCE,
  description: 'the Change Board milestone falls on a Change Board meeting (with `changeBoardMeetings`)',
  check(timetable, context) {
    const meetings = context.options.changeBoardMeetings;
    const board = context.milestone('change-board');
    const s = board?.approved;
    if (meetings === undefined || board === undefined || s === undefined || holdsMeeting(meetings, s)) return NONE;
    const nearest = nearestMeeting(meetings, s);
    return [
      {
        message: `${timetable.proposal}: change-board is approved for ${label(s)}, ${s.month ? 'a month with no Change Board meeting' : 'not a Change Board meeting date'}`,
        path: ['milestones', board.index, 'approved'],
        approved: board.milestone.approved,
        nearestMeeting: nearest === undefined ? undefined : isoOf(nearest),
      },
    ];
  },
  plans: { kinds: ['change-board'], fields: ['approved'] },
  plan(step, context) {
    const meetings = context.options.changeBoardMeetings;
    if (meetings === undefined || step.kind !== 'change-board' || step.field !== 'approved') return undefined;
    return meetingMove('change-board', meetings, step, context);
  },
};
