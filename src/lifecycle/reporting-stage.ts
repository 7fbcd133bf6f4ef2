import { deepFreeze } from '../internal/freeze.js';
import { match } from 'ts-pattern';
import { assertState } from './machine.js';
import type { ActiveState, LifecycleState } from './types.js';

/** The open-proposal categories of the monthly status report ("Status of Open Modification Proposals"), in its order. */
export const OPEN_CATEGORIES = /* @__PURE__ */ deepFreeze([
  'development-stage',
  'initial-modification-report',
  'refinement',
  'modification-report',
  'change-board',
  'awaiting-panel-decision',
  'awaiting-authority-decision',
  'pending-implementation',
] as const);
/** An open-proposal category of the monthly status report. */
export type OpenCategory = (typeof OPEN_CATEGORIES)[number];

/** The report's sub-categories of Refinement. */
export const REFINEMENT_CATEGORIES = /* @__PURE__ */ deepFreeze([
  'wg-solution-development',
  'dcc-assessment',
  'industry-consultation',
] as const);
/** A sub-category of Refinement. */
export type RefinementCategory = (typeof REFINEMENT_CATEGORIES)[number];

/** How a closed proposal closed. */
export const CLOSED_OUTCOMES = /* @__PURE__ */ deepFreeze(['approved', 'rejected', 'withdrawn'] as const);
/** A closed proposal's outcome. */
export type ClosedOutcome = (typeof CLOSED_OUTCOMES)[number];

/** Where a proposal stands in the report's terms: open in a category, or closed with an outcome. */
export type ReportingStage =
  | {
      readonly status: 'open';
      readonly category: OpenCategory;
      readonly refinement?: RefinementCategory;
      readonly onHold: boolean;
      readonly label: string;
    }
  | {
      readonly status: 'closed';
      readonly outcome: ClosedOutcome;
      readonly implemented: boolean;
      readonly label: string;
    };

/** The report's own labels. */
export const REPORTING_LABELS: Readonly<
  Record<OpenCategory | RefinementCategory | 'approved' | 'rejected' | 'withdrawn', string>
> = /* @__PURE__ */ deepFreeze({
  'development-stage': 'Development Stage',
  'initial-modification-report': 'Initial Modification Report',
  refinement: 'Refinement',
  'wg-solution-development': 'WG Solution Development',
  'dcc-assessment': 'DCC Assessment',
  'industry-consultation': 'Industry Consultation',
  'modification-report': 'Modification Report',
  'change-board': 'Change Board',
  'awaiting-panel-decision': 'Awaiting Panel Decision',
  'awaiting-authority-decision': 'Awaiting Authority Decision',
  'pending-implementation': 'Pending Implementation',
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
});

const open = (category: OpenCategory, onHold: boolean, refinement?: RefinementCategory): ReportingStage => ({
  status: 'open',
  category,
  onHold,
  label:
    refinement === undefined
      ? REPORTING_LABELS[category]
      : `${REPORTING_LABELS[category]}: ${REPORTING_LABELS[refinement]}`,
  ...(refinement === undefined ? {} : { refinement }),
});

function activeStage(state: ActiveState, onHold: boolean): ReportingStage {
  return match(state)
    .returnType<ReportingStage>()
    .with({ stage: 'draft-proposal' }, () => open('development-stage', onHold))
    .with({ stage: 'initial-modification-report' }, () => open('initial-modification-report', onHold))
    .with({ stage: 'refinement', step: 'working-group' }, () => open('refinement', onHold, 'wg-solution-development'))
    .with(
      { stage: 'refinement', step: 'dcc-preliminary-assessment' },
      { stage: 'refinement', step: 'dcc-impact-assessment' },
      () => open('refinement', onHold, 'dcc-assessment'),
    )
    .with({ stage: 'refinement', step: 'consultation' }, () => open('refinement', onHold, 'industry-consultation'))
    .with({ stage: 'report-phase' }, { stage: 'sent-back' }, () => open('modification-report', onHold))
    .with({ stage: 'change-board' }, () => open('change-board', onHold))
    .with({ stage: 'awaiting-panel-decision' }, () => open('awaiting-panel-decision', onHold))
    .with({ stage: 'awaiting-authority-decision' }, () => open('awaiting-authority-decision', onHold))
    .exhaustive();
}

/**
 * Maps a state onto the status categories of the monthly Modification and Release Status Report:
 * open proposals by stage (Refinement with its sub-stages; an approved proposal is open, Pending
 * Implementation, until it is implemented) or closed ones by outcome. A proposal on hold counts where
 * it was paused, with `onHold: true`.
 *
 * @see SECP_49_1310_11 section 1, "Status of Open Modification Proposals"; section 6, "Modifications Closed (TD)"
 * @throws {SecmodError} `invalid-state` for a value that is not a lifecycle state.
 * @example
 * reportingStage(state).label; // 'Refinement: DCC Assessment'
 */
export function reportingStage(state: LifecycleState): ReportingStage {
  assertState(state);
  return match(state)
    .returnType<ReportingStage>()
    .with({ stage: 'on-hold' }, (s) => activeStage(s.resumeTo, true))
    .with({ stage: 'appeal' }, () => open('awaiting-authority-decision', false))
    .with({ stage: 'approved' }, { stage: 'pending-implementation' }, () => open('pending-implementation', false))
    .with({ stage: 'implemented' }, () => ({
      status: 'closed',
      outcome: 'approved',
      implemented: true,
      label: REPORTING_LABELS.approved,
    }))
    .with({ stage: 'rejected' }, () => ({
      status: 'closed',
      outcome: 'rejected',
      implemented: false,
      label: REPORTING_LABELS.rejected,
    }))
    .with({ stage: 'withdrawn' }, () => ({
      status: 'closed',
      outcome: 'withdrawn',
      implemented: false,
      label: REPORTING_LABELS.withdrawn,
    }))
    .with(
      { stage: 'draft-proposal' },
      { stage: 'initial-modification-report' },
      { stage: 'refinement' },
      { stage: 'report-phase' },
      { stage: 'change-board' },
      { stage: 'awaiting-panel-decision' },
      { stage: 'awaiting-authority-decision' },
      { stage: 'sent-back' },
      (s) => activeStage(s, false),
    )
    .exhaustive();
}
