import { deepFreeze } from '../internal/freeze.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { LifecycleErrorCode, SecmodError } from '../errors/secmod-error.js';
import { keysOf, type KnownKeys } from '../internal/keys.js';
import type { Era } from './era.js';
import type { Decider, ModificationPath } from './paths.js';

/** The facts fixed when a proposal is raised (the path may be set again when the route is decided). */
export interface ProposalFacts {
  readonly id: string;
  readonly path: ModificationPath;
  readonly era: Era;
  readonly raisedOn: IsoDate;
  /** Runs to a timetable agreed with the Authority (a flag beside the path, not a path). */
  readonly urgent: boolean;
  /** For an Alternative Proposal (MP102A): the proposal it is an alternative to (a flag beside the path). */
  readonly alternativeOf?: string;
}

/** Sub-stages of the Refinement Process, in the order they usually come. */
export const REFINEMENT_STEPS = /* @__PURE__ */ deepFreeze([
  'working-group',
  'dcc-preliminary-assessment',
  'dcc-impact-assessment',
  'consultation',
] as const);
/** A sub-stage of the Refinement Process. */
export type RefinementStep = (typeof REFINEMENT_STEPS)[number];

/** Steps of the Report Phase: the Draft Modification Report to the Panel, then the Modification Report Consultation. */
export const REPORT_STEPS = /* @__PURE__ */ deepFreeze(['draft-report', 'report-consultation'] as const);
/** A step of the Report Phase. */
export type ReportStep = (typeof REPORT_STEPS)[number];

/** A release a proposal is targeted at or implemented in (full release data lives in `secmod/releases`). */
export interface ReleaseTarget {
  readonly id?: string;
  readonly name?: string;
  readonly date?: IsoDate;
}

/** A release as an event gives it: the date is any `YYYY-MM-DD` string, validated on the way in. */
export interface ReleaseTargetInput {
  readonly id?: string | undefined;
  readonly name?: string | undefined;
  readonly date?: string | undefined;
}

/** The routes a proposal can take once it is a Modification Proposal. */
export const ROUTES = /* @__PURE__ */ deepFreeze(['refinement', 'report-phase'] as const);
/** A route: the Refinement Process or straight to the Report Phase. */
export type Route = (typeof ROUTES)[number];

/** What a decider can decide: approve or reject. */
export const VERDICTS = /* @__PURE__ */ deepFreeze(['approve', 'reject'] as const);
/** A Panel or Authority verdict. */
export type Verdict = (typeof VERDICTS)[number];

/** What the Change Board can recommend to the Authority (Paths 1-2). */
export const RECOMMENDATION_VOTES = /* @__PURE__ */ deepFreeze(['recommend-approval', 'recommend-rejection'] as const);

/** What a Change Board vote can say: a decision (Path 3) or a recommendation to the Authority (Paths 1-2). */
export const CHANGE_BOARD_VOTES = /* @__PURE__ */ deepFreeze([...VERDICTS, ...RECOMMENDATION_VOTES] as const);
/** A Change Board vote. */
export type ChangeBoardVote = (typeof CHANGE_BOARD_VOTES)[number];

/** How an appeal ends. */
export const APPEAL_OUTCOMES = /* @__PURE__ */ deepFreeze(['upheld', 'overturned'] as const);
/** An appeal's outcome. */
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

/** How a decision went. */
export const DECISION_OUTCOMES = /* @__PURE__ */ deepFreeze(['approved', 'rejected'] as const);
/** A decision's outcome. */
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** A decision on a proposal and what follows from it. */
export interface Decision {
  readonly outcome: DecisionOutcome;
  readonly decidedOn: IsoDate;
  readonly decidedBy: Decider;
  /** Approved subject to notification under Directive (EU) 2015/1535 (e.g. SECMP0006). */
  readonly subjectToEcNotification: boolean;
  /** The Change Board's recommendation, for a decision the Authority took on one. */
  readonly recommendation?: Verdict;
  /** Last day an appeal may be raised, for paths with an appeal. */
  readonly appealWindowEndsOn?: IsoDate;
  /** The outcome of an appeal against the decision, once heard (no further appeal then). */
  readonly appeal?: AppealOutcome;
}

/** What every state carries. */
export interface StateBase {
  readonly proposal: ProposalFacts;
  /** The date the proposal entered this state. */
  readonly since: IsoDate;
}

/** The states a proposal can be in before a decision, which it can be withdrawn or paused from. */
export type ActiveState =
  /** Development Stage (Section D Review era, see `ERAS`): a problem statement, not yet a Modification Proposal. */
  | (StateBase & { readonly stage: 'draft-proposal' })
  /** Raised; awaiting the Panel's initial consideration (original era, see `ERAS`). */
  | (StateBase & { readonly stage: 'initial-modification-report' })
  | (StateBase & { readonly stage: 'refinement'; readonly step: RefinementStep })
  | (StateBase & { readonly stage: 'report-phase'; readonly step: ReportStep })
  /** The Modification Report is with the Change Board for its vote. */
  | (StateBase & { readonly stage: 'change-board' })
  /** Fast-Track: the Panel decides. */
  | (StateBase & { readonly stage: 'awaiting-panel-decision' })
  | (StateBase & {
      readonly stage: 'awaiting-authority-decision';
      readonly recommendation: 'approve' | 'reject';
      readonly recommendedOn: IsoDate;
    })
  /** The Authority sent the Final Modification Report back to the Panel. */
  | (StateBase & { readonly stage: 'sent-back' });

/** Every state of a proposal: a discriminated union on `stage`. */
export type LifecycleState =
  | ActiveState
  | (StateBase & { readonly stage: 'on-hold'; readonly reason?: string; readonly resumeTo: ActiveState })
  | (StateBase & { readonly stage: 'approved'; readonly decision: Decision })
  | (StateBase & { readonly stage: 'rejected'; readonly decision: Decision })
  | (StateBase & { readonly stage: 'appeal'; readonly decision: Decision; readonly appealedOn: IsoDate })
  | (StateBase & {
      readonly stage: 'pending-implementation';
      readonly decision: Decision;
      readonly target: ReleaseTarget;
      readonly partsImplemented: readonly IsoDate[];
    })
  | (StateBase & {
      readonly stage: 'implemented';
      readonly decision: Decision;
      readonly implementedOn: IsoDate;
      readonly release?: ReleaseTarget;
      readonly partsImplemented: readonly IsoDate[];
    })
  | (StateBase & { readonly stage: 'withdrawn'; readonly withdrawnFrom: ActiveState['stage'] });

export type Stage = LifecycleState['stage'];
export type ActiveStage = ActiveState['stage'];

/** What every event carries. */
export interface DatedEvent {
  /** The date the event happened (`YYYY-MM-DD`); never before the previous event. */
  readonly date: string;
}

/** Everything that can happen to a proposal: a discriminated union on `type`. */
export type LifecycleEvent =
  /** Development Stage → the problem statement is agreed and the draft becomes a Modification Proposal. */
  | (DatedEvent & {
      readonly type: 'convert-to-proposal';
      readonly route: Route;
      readonly path?: ModificationPath | undefined;
    })
  /** The Panel's initial consideration of the Initial Modification Report decides the route (and path). */
  | (DatedEvent & {
      readonly type: 'initial-consideration';
      readonly route: Route;
      readonly path?: ModificationPath | undefined;
    })
  | (DatedEvent & { readonly type: 'dcc-preliminary-assessment-requested' })
  | (DatedEvent & { readonly type: 'dcc-impact-assessment-requested' })
  | (DatedEvent & { readonly type: 'dcc-assessment-returned' })
  | (DatedEvent & { readonly type: 'consultation-issued' })
  | (DatedEvent & { readonly type: 'consultation-closed' })
  /** The Working Group's work is done: the Draft Modification Report goes to the Panel. */
  | (DatedEvent & { readonly type: 'refinement-concluded' })
  /** The Panel approves the Draft Modification Report for the Modification Report Consultation. */
  | (DatedEvent & { readonly type: 'draft-report-approved' })
  | (DatedEvent & { readonly type: 'report-consultation-closed' })
  /** The Change Board's vote: a decision on Path 3, a recommendation to the Authority on Paths 1-2. */
  | (DatedEvent & {
      readonly type: 'change-board-vote';
      readonly vote: ChangeBoardVote;
    })
  | (DatedEvent & { readonly type: 'panel-decision'; readonly outcome: Verdict })
  | (DatedEvent & {
      readonly type: 'authority-decision';
      readonly outcome: Verdict;
      readonly subjectToEcNotification?: boolean | undefined;
    })
  | (DatedEvent & { readonly type: 'send-back' })
  /** The Panel revises a report the Authority sent back: back to the Report Phase. */
  | (DatedEvent & { readonly type: 'report-revised' })
  | (DatedEvent & { readonly type: 'appeal-raised' })
  | (DatedEvent & { readonly type: 'appeal-decided'; readonly outcome: AppealOutcome })
  | (DatedEvent & { readonly type: 'target-release'; readonly release: ReleaseTargetInput })
  /** Implemented; `part`/`of` for a proposal implemented in several parts (SECMP0062, SECMP0007). */
  | (DatedEvent & {
      readonly type: 'implemented';
      readonly release?: ReleaseTargetInput | undefined;
      readonly part?: number | undefined;
      readonly of?: number | undefined;
    })
  | (DatedEvent & { readonly type: 'withdraw' })
  | (DatedEvent & { readonly type: 'put-on-hold'; readonly reason?: string | undefined })
  | (DatedEvent & { readonly type: 'resume' });

export type EventType = LifecycleEvent['type'];

/** The keys an event of a type may have (`transition` refuses any other). @internal */
type EventOf<T extends EventType> = Extract<LifecycleEvent, { type: T }>;
const eventKeys = <T extends EventType>() => keysOf<EventOf<T>>();
/** @internal The keys of each type of {@link LifecycleEvent}. */
export const EVENT_KEYS: { readonly [T in EventType]: KnownKeys } = {
  'convert-to-proposal': eventKeys<'convert-to-proposal'>()(['type', 'date', 'route', 'path']),
  'initial-consideration': eventKeys<'initial-consideration'>()(['type', 'date', 'route', 'path']),
  'dcc-preliminary-assessment-requested': eventKeys<'dcc-preliminary-assessment-requested'>()(['type', 'date']),
  'dcc-impact-assessment-requested': eventKeys<'dcc-impact-assessment-requested'>()(['type', 'date']),
  'dcc-assessment-returned': eventKeys<'dcc-assessment-returned'>()(['type', 'date']),
  'consultation-issued': eventKeys<'consultation-issued'>()(['type', 'date']),
  'consultation-closed': eventKeys<'consultation-closed'>()(['type', 'date']),
  'refinement-concluded': eventKeys<'refinement-concluded'>()(['type', 'date']),
  'draft-report-approved': eventKeys<'draft-report-approved'>()(['type', 'date']),
  'report-consultation-closed': eventKeys<'report-consultation-closed'>()(['type', 'date']),
  'change-board-vote': eventKeys<'change-board-vote'>()(['type', 'date', 'vote']),
  'panel-decision': eventKeys<'panel-decision'>()(['type', 'date', 'outcome']),
  'authority-decision': eventKeys<'authority-decision'>()(['type', 'date', 'outcome', 'subjectToEcNotification']),
  'send-back': eventKeys<'send-back'>()(['type', 'date']),
  'report-revised': eventKeys<'report-revised'>()(['type', 'date']),
  'appeal-raised': eventKeys<'appeal-raised'>()(['type', 'date']),
  'appeal-decided': eventKeys<'appeal-decided'>()(['type', 'date', 'outcome']),
  'target-release': eventKeys<'target-release'>()(['type', 'date', 'release']),
  implemented: eventKeys<'implemented'>()(['type', 'date', 'release', 'part', 'of']),
  withdraw: eventKeys<'withdraw'>()(['type', 'date']),
  'put-on-hold': eventKeys<'put-on-hold'>()(['type', 'date', 'reason']),
  resume: eventKeys<'resume'>()(['type', 'date']),
};
/** @internal The keys of a {@link ReleaseTargetInput}. */
export const RELEASE_TARGET_KEYS = keysOf<ReleaseTargetInput>()(['id', 'name', 'date']);

/** Parameters of the process that the sources leave open (unconfirmed against the Code's text). */
export interface LifecycleOptions {
  /**
   * Working days after a Path 3/4 decision within which an appeal may be raised; default 15 (unconfirmed).
   * No implementation may be recorded while the window is open; 0 means no window.
   */
  readonly appealWindowWorkingDays?: number | undefined;
  /** The calendar of those working days; default `englandAndWales`. */
  readonly calendar?: HolidayCalendar | undefined;
}

/** @internal The keys of {@link LifecycleOptions}. */
export const LIFECYCLE_OPTIONS_KEYS = keysOf<LifecycleOptions>()(['appealWindowWorkingDays', 'calendar']);

/**
 * The result of {@link transition} and {@link replay}: never a throw. A refusal carries a lifecycle code
 * only: a bad event date is `invalid-event` (at `['event', 'date']`), bad options `invalid-options`; the
 * underlying error (an `invalid-date`, say) is kept as the error's `cause`.
 */
export type TransitionResult =
  | { readonly ok: true; readonly state: LifecycleState }
  | { readonly ok: false; readonly error: SecmodError<LifecycleErrorCode> };
