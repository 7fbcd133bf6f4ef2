/**
 * SEC Section D6-D9: a modification is implemented after it is decided (by the Authority, the Change
 * Board, or the Panel on Fast-Track).
 */
import { isoOf } from '../../../internal/days.js';
import { decisionKindOf, label, NONE, PHASE_ORDER } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';

export const implementationBeforeDecision: TimetableRule<
  'implementation-before-decision',
  SecFinding<'implementation-before-decision'>
> = {
  code: 'implementation-before-decision',
  severity: 'error',
  source: PHASE_ORDER,
  description: 'implementation comes after the decision',
  check(timetable, context) {
    const impl = context.milestone('implementation');
    const decisionKind = decisionKindOf(context);
    const decision = context.milestone(decisionKind);
    if (impl?.approved === undefined || decision?.approved === undefined) return NONE;
    if (impl.approved.last >= decision.approved.first) return NONE;
    return [
      {
        message: `${timetable.proposal}: implementation ${label(impl.approved)} is before the decision (${decisionKind}, ${label(decision.approved)})`,
        path: ['milestones', impl.index, 'approved'],
        decision: decisionKind,
        decidedIn: decision.milestone.approved,
      },
    ];
  },
  plans: { kinds: ['implementation'], fields: ['approved'] },
  plan(step, context) {
    if (step.kind !== 'implementation' || step.field !== 'approved') return undefined;
    const decisionKind = decisionKindOf(context);
    const decided = context.milestone(decisionKind)?.approved;
    if (decided === undefined || decided.first < step.day) return undefined;
    return {
      day: decided.first,
      // Above the order of the phases (the same bound) so that the reason names the decision.
      priority: 1.5,
      reason: step.explain
        ? {
            rule: 'after-previous',
            message:
              context.options.releasePolicy === false
                ? `no release calendar (releasePolicy: false): implementation on the decision (${decisionKind})`
                : `no earlier than the decision (${decisionKind}, ${isoOf(decided.first)})`,
            source: PHASE_ORDER,
            waitsFor: decisionKind,
          }
        : undefined,
    };
  },
};
