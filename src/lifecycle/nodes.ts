import { REFINEMENT_STEPS, REPORT_STEPS, type LifecycleState, type RefinementStep, type ReportStep } from './types.js';

/** A node of the lifecycle diagram: a stage, or a step of the Refinement Process or the Report Phase. */
export type DiagramNode =
  | Exclude<LifecycleState['stage'], 'refinement' | 'report-phase'>
  | `refinement:${RefinementStep}`
  | `report-phase:${ReportStep}`;

/** Handlers for every stage of a state union: a missing stage is a compile error. */
export type StageHandlers<S extends { readonly stage: string }, R> = {
  readonly [K in S['stage']]: (state: Extract<S, { stage: K }>) => R;
};

const same = <S extends { readonly stage: DiagramNode & string }>(state: S): DiagramNode => state.stage;

/**
 * @internal The diagram node of every stage. An exhaustive handler table (a missing stage is a compile
 * error, as with ts-pattern's `.exhaustive()`), used instead of a match because it runs on every transition.
 */
export const NODE_OF: StageHandlers<LifecycleState, DiagramNode> = {
  refinement: (s) => REFINEMENT_NODES[s.step],
  'report-phase': (s) => REPORT_NODES[s.step],
  'draft-proposal': same,
  'initial-modification-report': same,
  'change-board': same,
  'awaiting-panel-decision': same,
  'awaiting-authority-decision': same,
  'sent-back': same,
  'on-hold': same,
  approved: same,
  rejected: same,
  appeal: same,
  'pending-implementation': same,
  implemented: same,
  withdrawn: same,
};

/** @internal The diagram node of a state already checked (`nodeOf` checks it first). */
export function node(state: LifecycleState): DiagramNode {
  return (NODE_OF[state.stage] as (s: LifecycleState) => DiagramNode)(state);
}

/** The node of each Refinement step and Report Phase step, written once so a lookup allocates nothing. */
const REFINEMENT_NODES = Object.fromEntries(REFINEMENT_STEPS.map((step) => [step, `refinement:${step}`])) as {
  readonly [S in RefinementStep]: `refinement:${S}`;
};
const REPORT_NODES = Object.fromEntries(REPORT_STEPS.map((step) => [step, `report-phase:${step}`])) as {
  readonly [S in ReportStep]: `report-phase:${S}`;
};

/** The nodes a proposal can be withdrawn or paused from: every state before a decision. */
export const ACTIVE_NODES = [
  'draft-proposal',
  'initial-modification-report',
  'refinement:working-group',
  'refinement:dcc-preliminary-assessment',
  'refinement:dcc-impact-assessment',
  'refinement:consultation',
  'report-phase:draft-report',
  'report-phase:report-consultation',
  'change-board',
  'awaiting-panel-decision',
  'awaiting-authority-decision',
  'sent-back',
] as const satisfies readonly DiagramNode[];

/** A node a proposal can be withdrawn or paused from. */
export type ActiveNode = (typeof ACTIVE_NODES)[number];

/** The state a proposal is in at a diagram node: a stage, or a stage at one step. */
export type StateAt<N extends DiagramNode> = N extends `refinement:${infer S extends RefinementStep}`
  ? Extract<LifecycleState, { stage: 'refinement' }> & { readonly step: S }
  : N extends `report-phase:${infer S extends ReportStep}`
    ? Extract<LifecycleState, { stage: 'report-phase' }> & { readonly step: S }
    : Extract<LifecycleState, { stage: N }>;
