/**
 * SEC Section D: each path has its own phases. Fast-Track (Path 4) has no Refinement and no Modification
 * Report; a Self-Governance proposal (Path 3) has no Authority decision; only Fast-Track is decided by
 * the Panel; only a path with a Change Board has a Change Board vote. The path's own citation is the
 * finding's source.
 */
import { NONE, REFINEMENT, REPORT } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';
import { secD } from '../../../sources/cite.js';

export const milestoneNotOnPath: TimetableRule<'milestone-not-on-path', SecFinding<'milestone-not-on-path'>> = {
  code: 'milestone-not-on-path',
  severity: 'error',
  source: /* @__PURE__ */ secD('D', 'the phases of each modification path'),
  description: 'no Refinement or Modification Report on Fast-Track, no Authority decision on Self-Governance, ...',
  check(timetable, context) {
    const rules = context.pathRules;
    let found: SecFinding<'milestone-not-on-path'>[] | undefined;
    for (const x of context.milestones) {
      const k = x.kind;
      const why =
        (!rules.refinement && REFINEMENT.includes(k) && 'has no Refinement Process') ||
        (!rules.modificationReport && REPORT.includes(k) && 'has no Modification Report') ||
        (rules.changeBoard === 'none' && k === 'change-board' && 'has no Change Board vote') ||
        (rules.decidedBy !== 'authority' && k === 'authority-decision' && 'has no Authority decision') ||
        (rules.decidedBy !== 'panel' && k === 'panel-decision' && 'is not decided by the Panel') ||
        undefined;
      if (why)
        (found ??= []).push({
          message: `${timetable.proposal}: ${rules.name} ${why}, but the timetable has ${k}`,
          path: ['milestones', x.index, 'kind'],
          source: rules.source,
          kind: k,
          modificationPath: timetable.path,
        });
    }
    return found ?? NONE;
  },
};
