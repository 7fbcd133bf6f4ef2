/**
 * SEC Section D6-D9: nothing later starts before a period before it (a consultation, the Refinement
 * Process) ends. The DCC assessments run within Refinement, so the Refinement period does not hold them
 * back.
 */
import { isoOf } from '../../../internal/days.js';
import type { MilestoneKind } from '../../types.js';
import { afterPrevious, DCC_MILESTONES, label, NONE, PHASE_ORDER } from '../shared.js';
import type { RuleMilestone, SecFinding, TimetableRule, TimetableRuleContext } from '../types.js';

/** The period the milestone of `kind` waits for: the last milestone before it with an end (`until`). */
function periodBefore(context: TimetableRuleContext, kind: MilestoneKind): RuleMilestone | undefined {
  const dcc = DCC_MILESTONES.includes(kind);
  let period: RuleMilestone | undefined;
  for (const x of context.ordered) {
    if (x.kind === kind) break;
    if (x.until !== undefined && !(dcc && x.kind === 'refinement')) period = x;
  }
  return period;
}

export const startsBeforePreviousEnds: TimetableRule<
  'starts-before-previous-ends',
  SecFinding<'starts-before-previous-ends'>
> = {
  code: 'starts-before-previous-ends',
  severity: 'error',
  source: PHASE_ORDER,
  description: 'a milestone does not start before a period before it ends',
  check(timetable, context) {
    let found: SecFinding<'starts-before-previous-ends'>[] | undefined;
    let period: RuleMilestone | undefined;
    let nonRefinementPeriod: RuleMilestone | undefined;
    for (const x of context.ordered) {
      const before = DCC_MILESTONES.includes(x.kind) ? nonRefinementPeriod : period;
      if (x.approved !== undefined && before?.until !== undefined && x.approved.last < before.until.first) {
        (found ??= []).push({
          message: `${timetable.proposal}: ${x.kind} (${label(x.approved)}) starts before ${before.kind} ends (${label(before.until)})`,
          path: ['milestones', x.index, 'approved'],
          kind: x.kind,
          previous: before.kind,
          previousEnds: isoOf(before.until.first),
        });
      }
      if (x.until !== undefined) {
        period = x;
        if (x.kind !== 'refinement') nonRefinementPeriod = x;
      }
    }
    return found ?? NONE;
  },
  plans: { fields: ['approved'] },
  plan(step, context) {
    if (step.field !== 'approved') return undefined;
    const before = periodBefore(context, step.kind);
    if (before?.until === undefined || before.until.first < step.day) return undefined;
    const day = before.until.first;
    return afterPrevious(step, context, day, before.kind, 'starts-when');
  },
};
