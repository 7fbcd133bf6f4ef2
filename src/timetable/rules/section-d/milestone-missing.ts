/**
 * SEC Section D: each path is decided at one milestone (the Authority's decision, the Change Board's
 * vote, or the Panel's decision on Fast-Track), which the timetable must have; a path with a
 * Modification Report has its Draft Modification Report, and a path with a Change Board its vote. The
 * path's own citation is the finding's source.
 */
import { secD } from '../../../sources/cite.js';
import type { MilestoneKind } from '../../types.js';
import { decisionKindOf, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';

export const milestoneMissing: TimetableRule<'milestone-missing', SecFinding<'milestone-missing'>> = {
  code: 'milestone-missing',
  severity: 'error',
  source: /* @__PURE__ */ secD('D', 'the milestones of each modification path, and its decision'),
  description:
    "the path's decision milestone is there, and so are its Draft Modification Report and Change Board where the path has them",
  check(timetable, context) {
    const rules = context.pathRules;
    const decision = decisionKindOf(context);
    let found: SecFinding<'milestone-missing'>[] | undefined;
    const lacks = (kind: MilestoneKind, why: string) =>
      (found ??= []).push({
        message: `${timetable.proposal}: ${rules.name} ${why} ${kind}, which the timetable lacks`,
        path: ['milestones'],
        source: rules.source,
        kind,
      });
    if (context.milestone(decision) === undefined) lacks(decision, 'is decided at');
    if (rules.modificationReport && context.milestone('draft-modification-report') === undefined)
      lacks('draft-modification-report', 'has a Draft Modification Report:');
    if (rules.changeBoard !== 'none' && decision !== 'change-board' && context.milestone('change-board') === undefined)
      lacks('change-board', 'has a Change Board vote:');
    return found ?? NONE;
  },
};
