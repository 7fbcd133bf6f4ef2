/**
 * The life of a Modification Proposal as a pure, typed state machine: paths 1-4, both process eras,
 * every state and event as discriminated unions, a transition that never throws, and a diagram drawn
 * from the same table the code runs.
 *
 * @module lifecycle
 */
export {
  PATH_RULES,
  MODIFICATION_PATHS,
  pathRules,
  type Decider,
  type ModificationPath,
  type PathRules,
  type Raiser,
} from './paths.js';
export { ERAS, eraOn, type Era, type EraVersion } from './era.js';
export { initialState, type InitialStateInput } from './initial-state.js';
export {
  transition,
  allowedEvents,
  nodeOf,
  TRANSITIONS,
  EVENT_TYPES,
  ACTIVE_NODES,
  type DiagramNode,
  type StageHandlers,
  type TransitionContext,
  type TransitionRefusal,
  type TransitionRule,
} from './machine.js';
export { replay } from './replay.js';
export {
  changeBoardVote,
  MAJORITY_IN_EVERY_GROUP,
  MAJORITY_OF_VOTES_CAST,
  type ChangeBoardVoteRule,
  type VoteTally,
} from './vote.js';
export {
  reportingStage,
  REPORTING_LABELS,
  type OpenCategory,
  type RefinementCategory,
  type ReportingStage,
} from './reporting-stage.js';
export { lifecycleDiagram, NODE_LABELS, nodePhase, type DiagramOptions } from './diagram.js';
export { REFINEMENT_STEPS, REPORT_STEPS } from './types.js';
export type {
  ActiveStage,
  ActiveState,
  DatedEvent,
  Decision,
  EventType,
  StateBase,
  LifecycleEvent,
  LifecycleOptions,
  LifecycleState,
  ProposalFacts,
  RefinementStep,
  ReleaseTarget,
  ReleaseTargetInput,
  ReportStep,
  Stage,
  TransitionResult,
} from './types.js';
