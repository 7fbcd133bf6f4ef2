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
  RAISERS,
  DECIDERS,
  pathRules,
  type Decider,
  type ModificationPath,
  type PathRules,
  type Raiser,
} from './paths.js';
export { ERAS, eraOn, type Era, type EraVersion } from './era.js';
export { initialState, type InitialStateInput } from './initial-state.js';
export { transition, allowedEvents, nodeOf } from './machine.js';
export { TRANSITIONS, EVENT_TYPES } from './transitions/table.js';
export { ACTIVE_NODES, type ActiveNode, type DiagramNode, type StateAt, type StageHandlers } from './nodes.js';
export type {
  AnyTransitionRule,
  ErasedTransitionRule,
  TransitionContext,
  TransitionRefusal,
  TransitionRule,
} from './transitions/rule.js';
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
  OPEN_CATEGORIES,
  REFINEMENT_CATEGORIES,
  CLOSED_OUTCOMES,
  type ClosedOutcome,
  type OpenCategory,
  type RefinementCategory,
  type ReportingStage,
} from './reporting-stage.js';
export { lifecycleDiagram, NODE_LABELS, nodePhase, type DiagramOptions } from './diagram.js';
export {
  REFINEMENT_STEPS,
  REPORT_STEPS,
  ROUTES,
  VERDICTS,
  RECOMMENDATION_VOTES,
  CHANGE_BOARD_VOTES,
  APPEAL_OUTCOMES,
  DECISION_OUTCOMES,
} from './types.js';
export type {
  ActiveStage,
  ActiveState,
  AppealOutcome,
  ChangeBoardVote,
  DecisionOutcome,
  Route,
  Verdict,
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
export { parseEvents, lifecycleEventSchema, eventsSchema, pathSchema } from './schema.js';
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export {
  LIFECYCLE_ERROR_CODES,
  ParseError,
  type ParseIssue,
  type ParseIssueCode,
  type LifecycleErrorCode,
} from '../errors/index.js';
