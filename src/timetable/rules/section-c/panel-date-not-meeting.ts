/**
 * SEC Section C: the Panel decides at its meetings, so the milestones it decides (the Initial and Draft
 * Modification Reports, a Fast-Track decision) fall on a Panel meeting, or for a month-precise date in
 * a month with one (with `panelMeetings`).
 */
import { isoOf } from '../../../internal/days.js';
import { holdsMeeting, nearestMeeting } from '../../meeting-set.js';
import { label, NONE, PANEL_DECIDES } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';
import { meetingMove, MEETINGS_SOURCE } from './meetings.js';

export const panelDateNotMeeting: TimetableRule<'panel-date-not-meeting', SecFinding<'panel-date-not-meeting'>> = {
  code: 'panel-date-not-meeting',
  severity: 'error',
  source: MEETINGS_SOURCE,
  description: 'Panel milestones fall on a Panel meeting (with `panelMeetings`)',
  check(timetable, context) {
    const meetings = context.options.panelMeetings;
    if (meetings === undefined) return NONE;
    let found: SecFinding<'panel-date-not-meeting'>[] | undefined;
    for (const x of context.milestones) {
      const s = x.approved;
      if (s === undefined || !PANEL_DECIDES.includes(x.kind) || holdsMeeting(meetings, s)) continue;
      const nearest = nearestMeeting(meetings, s);
      (found ??= []).push({
        message: `${timetable.proposal}: ${x.kind} is approved for ${label(s)}, ${s.month ? 'a month with no Panel meeting' : 'not a Panel meeting date'}`,
        path: ['milestones', x.index, 'approved'],
        kind: x.kind,
        approved: x.milestone.approved,
        nearestMeeting: nearest === undefined ? undefined : isoOf(nearest),
      });
    }
    return found ?? NONE;
  },
  plans: { kinds: PANEL_DECIDES, fields: ['approved'] },
  plan(step, context) {
    const meetings = context.options.panelMeetings;
    if (meetings === undefined || step.field !== 'approved' || !PANEL_DECIDES.includes(step.kind)) return undefined;
    return meetingMove('panel', meetings, step, context);
  },
};
