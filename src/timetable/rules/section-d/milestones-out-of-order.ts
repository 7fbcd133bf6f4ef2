/**
 * SEC Section D6-D9: the phases follow one another (Refinement, the Report Phase, the Change Board, the
 * decision, implementation), so approved and actual dates follow the order of the milestones.
 */
import { afterPrevious, label, NONE, PHASE_ORDER } from '../shared.js';
import type { RuleMilestone, SecFinding, TimetableRule } from '../types.js';

export const milestonesOutOfOrder: TimetableRule<'milestones-out-of-order', SecFinding<'milestones-out-of-order'>> = {
  code: 'milestones-out-of-order',
  severity: 'error',
  source: PHASE_ORDER,
  description: 'approved (and actual) dates follow the order of the phases',
  check(timetable, context) {
    let found: SecFinding<'milestones-out-of-order'>[] | undefined;
    for (const field of ['approved', 'actual'] as const) {
      let latest: RuleMilestone | undefined;
      for (const x of context.ordered) {
        const s = x[field];
        if (s === undefined) continue;
        const prev = latest?.[field];
        if (latest !== undefined && prev !== undefined && s.last < prev.first) {
          (found ??= []).push({
            message: `${timetable.proposal}: ${x.kind} (${field} ${label(s)}) comes before ${latest.kind} (${label(prev)})`,
            path: ['milestones', x.index, field],
            kind: x.kind,
            field,
            precedes: latest.kind,
          });
        } else latest = x;
      }
    }
    return found ?? NONE;
  },
  plans: { fields: ['approved'] },
  plan(step, context) {
    if (step.field !== 'approved') return undefined;
    // The latest approved date before it: a milestone may not come before one ranked before it.
    let latest: RuleMilestone | undefined;
    for (const x of context.ordered)
      if (x.approved !== undefined && (latest?.approved === undefined || x.approved.first >= latest.approved.first))
        latest = x;
    if (latest?.approved === undefined || latest.approved.first < step.day) return undefined;
    const day = latest.approved.first;
    return afterPrevious(step, context, day, latest.kind, 'no-earlier-than');
  },
};
