/**
 * What several timetable rules share: the milestone groups they speak of, how a date is written in a
 * message, and the citation of the order of the phases.
 * @internal
 */
import { isoOf } from '../../internal/days.js';
import { secD } from '../../sources/cite.js';
import type { MilestoneKind } from '../types.js';
import type { PlanMove, PlanStep, RuleMilestone, TimetableRuleContext, TimetableSpan } from './types.js';

/** The milestones the Panel decides at its meetings. */
export const PANEL_DECIDES: readonly MilestoneKind[] = [
  'initial-modification-report',
  'draft-modification-report',
  'panel-decision',
];
/** The consultations. */
export const CONSULTATIONS: readonly MilestoneKind[] = [
  'working-group-consultation',
  'modification-report-consultation',
];
/** The milestones of the Refinement Process. */
export const REFINEMENT: readonly MilestoneKind[] = [
  'refinement',
  'dcc-preliminary-assessment',
  'dcc-impact-assessment',
  'working-group-consultation',
];
/** The DCC assessments, which run within Refinement. */
export const DCC_MILESTONES: readonly MilestoneKind[] = ['dcc-preliminary-assessment', 'dcc-impact-assessment'];
/** The milestones of the Modification Report. */
export const REPORT: readonly MilestoneKind[] = ['draft-modification-report', 'modification-report-consultation'];

/** Which milestone holds the decision on each decider's path. */
export const DECISION: Readonly<Record<'authority' | 'change-board' | 'panel', MilestoneKind>> = {
  authority: 'authority-decision',
  'change-board': 'change-board',
  panel: 'panel-decision',
};

/** The phases follow one another. */
export const PHASE_ORDER = /* @__PURE__ */ secD(
  'D6-D9',
  'the phases follow one another: Refinement, Report Phase, Change Board, decision, implementation',
);

/** A date for a message: the month of a month-precise date, the day otherwise. */
export const label = (s: TimetableSpan): string => (s.month ? isoOf(s.first).slice(0, 7) : isoOf(s.first));

/** No findings (one shared empty list: a passing rule allocates nothing). */
export const NONE: readonly never[] = Object.freeze([]);

/** The decision milestone of the context's path. */
export const decisionKindOf = (context: TimetableRuleContext): MilestoneKind => DECISION[context.pathRules.decidedBy];

/**
 * The last milestone before `rank` in the order of the phases whose end (`until`, else `approved`) is a
 * day: what a meeting's papers wait for.
 */
export function lastDayEnd(
  context: TimetableRuleContext,
  beforeKind: MilestoneKind,
): { readonly milestone: RuleMilestone; readonly day: number } | undefined {
  // The milestone and its end kept as they are found; the answer's object is made once, at the end.
  let milestone: RuleMilestone | undefined;
  let day = 0;
  for (const x of context.ordered) {
    if (x.kind === beforeKind) break;
    const ends = x.until ?? x.approved;
    if (ends !== undefined && !ends.month) {
      milestone = x;
      day = ends.first;
    }
  }
  return milestone === undefined ? undefined : { milestone, day };
}

/**
 * A move to `day`, when `waitsFor` is done (the order of the phases), with its reason when the planner
 * asks: a consultation "opens when" it ends; anything else starts "no earlier than" it (a milestone) or
 * "starts when" it ends (a period).
 */
export function afterPrevious(
  step: PlanStep,
  context: TimetableRuleContext,
  day: number,
  waitsFor: MilestoneKind,
  form: 'no-earlier-than' | 'starts-when',
): PlanMove {
  return {
    day,
    priority: 1,
    reason: !step.explain
      ? undefined
      : {
          rule: 'after-previous',
          message: CONSULTATIONS.includes(step.kind)
            ? `opens when ${waitsFor} ends`
            : form === 'no-earlier-than'
              ? `no earlier than ${waitsFor} (${context.iso(day)})`
              : `starts when ${waitsFor} ends (${context.iso(day)})`,
          source: PHASE_ORDER,
          waitsFor,
        },
  };
}
