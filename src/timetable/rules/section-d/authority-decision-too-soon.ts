/**
 * SEC Section D8: the Authority decides on the Final Modification Report after the Change Board's
 * recommendation. The fewest Working Days between the two is the caller's parameter
 * (`authorityDecisionWorkingDays`).
 */
import { shiftWorkingDays } from '../../../calendar/working-days/holiday-index.js';
import { isoOf } from '../../../internal/days.js';
import { secD } from '../../../sources/cite.js';
import { label, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';

const SOURCE = /* @__PURE__ */ secD(
  'D8',
  "the Authority's decision follows the Final Modification Report; the gap is the caller's parameter",
  { status: 'unconfirmed' },
);

const LEAD_PATH = ['options', 'authorityDecisionWorkingDays'] as const;

export const authorityDecisionTooSoon: TimetableRule<
  'authority-decision-too-soon',
  SecFinding<'authority-decision-too-soon'>
> = {
  code: 'authority-decision-too-soon',
  severity: 'error',
  source: SOURCE,
  description:
    'the Authority decides at least `authorityDecisionWorkingDays` after the Change Board (with that option)',
  check(timetable, context) {
    const lead = context.options.authorityDecisionWorkingDays;
    const authority = context.milestone('authority-decision')?.approved;
    const board = context.milestone('change-board')?.approved;
    if (lead === undefined || authority === undefined || board === undefined) return NONE;
    const earliest = shiftWorkingDays(context.options.calendar, board.last, lead, LEAD_PATH);
    if (authority.last >= earliest) return NONE;
    return [
      {
        message: `${timetable.proposal}: authority-decision ${label(authority)} is less than ${lead} Working Days after the Change Board (${label(board)})`,
        path: ['milestones', (context.milestone('authority-decision') as { index: number }).index, 'approved'],
        workingDays: lead,
        earliest: isoOf(earliest),
      },
    ];
  },
  plans: { kinds: ['authority-decision'], fields: ['approved'] },
  plan(step, context) {
    const lead = context.options.authorityDecisionWorkingDays;
    if (lead === undefined || step.kind !== 'authority-decision' || step.field !== 'approved') return undefined;
    const board = context.milestone('change-board')?.approved;
    if (board === undefined) return undefined;
    const day = shiftWorkingDays(context.options.calendar, board.last, lead, LEAD_PATH);
    if (day < step.day) return undefined;
    return {
      day,
      priority: 2,
      reason: step.explain
        ? {
            rule: 'authority-lead-time',
            message: `${lead} Working Days after the Change Board`,
            source: SOURCE,
            workingDays: lead,
          }
        : undefined,
    };
  },
};
