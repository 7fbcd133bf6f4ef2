/**
 * SEC Section D: each path is decided at one milestone (the Authority's decision, the Change Board's
 * vote, or the Panel's decision on Fast-Track), which the timetable must have. The path's own citation
 * is the finding's source.
 */
import { secD } from '../../../sources/cite.js';
import { decisionKindOf, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';

export const milestoneMissing: TimetableRule<'milestone-missing', SecFinding<'milestone-missing'>> = {
  code: 'milestone-missing',
  severity: 'warning',
  source: /* @__PURE__ */ secD('D', 'the decision of each modification path'),
  description: "the path's decision milestone is there",
  check(timetable, context) {
    const kind = decisionKindOf(context);
    if (context.milestone(kind) !== undefined) return NONE;
    return [
      {
        message: `${timetable.proposal}: ${context.pathRules.name} is decided at ${kind}, which the timetable lacks`,
        path: ['milestones'],
        source: context.pathRules.source,
        kind,
      },
    ];
  },
};
