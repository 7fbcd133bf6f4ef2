import { englandAndWales } from '../calendar/uk/calendars.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import { shiftWorkingDays } from '../calendar/working-days/holiday-index.js';
import { checkObject, checkWholeNumber } from '../internal/check.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Citation } from '../sources/citation.js';
import { LIFECYCLE_ERROR_CODES, SecmodError, isSecmodError, type LifecycleErrorCode } from '../errors/secmod-error.js';
import { isoOf } from '../internal/days.js';
import { dateError, parseDay } from '../internal/check.js';
import { unknownName } from '../internal/nearest.js';
import { MODIFICATION_PATHS, PATH_RULES, type ModificationPath } from './paths.js';
import { APPEAL_WINDOW as APPEAL_WINDOW_ASSUMPTION } from '../sources/assumptions.js';
import { secD } from '../sources/cite.js';
import {
  REFINEMENT_STEPS,
  REPORT_STEPS,
  type Decision,
  type EventType,
  type LifecycleEvent,
  type LifecycleOptions,
  type LifecycleState,
  type RefinementStep,
  type Route,
  type ReleaseTarget,
  type ReleaseTargetInput,
  type ReportStep,
  type TransitionResult,
} from './types.js';

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
 * The diagram node of every stage. An exhaustive handler table (a missing stage is a compile error,
 * as with ts-pattern's `.exhaustive()`), used instead of a match because it runs on every transition.
 */
const NODE_OF: StageHandlers<LifecycleState, DiagramNode> = {
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

/**
 * The diagram node a state is in.
 *
 * @throws {SecmodError} `invalid-state` for a value that is not a lifecycle state.
 */
export function nodeOf(state: LifecycleState): DiagramNode {
  assertState(state);
  return node(state);
}

/** {@link nodeOf} for a state already checked. */
function node(state: LifecycleState): DiagramNode {
  return (NODE_OF[state.stage] as (s: LifecycleState) => DiagramNode)(state);
}

/**
 * Throws `invalid-state` unless the value is a lifecycle state (known stage and step, proposal facts, a
 * valid `since`). @internal
 */
export function assertState(
  state: unknown,
  path: readonly (string | number)[] = ['state'],
): asserts state is LifecycleState {
  const problem = stateProblem(state, path);
  if (problem !== undefined)
    throw new SecmodError('invalid-state', `malformed state: ${problem.message}`, { path: problem.path });
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

/** The resolved options a transition runs with. */
export interface TransitionContext {
  readonly appealWindowWorkingDays: number;
  readonly calendar: NonNullable<LifecycleOptions['calendar']>;
}

/** Why a rule refused an event (turned into a SecmodError by {@link transition}). */
export interface TransitionRefusal {
  readonly refuse: LifecycleErrorCode;
  readonly message: string;
  readonly source?: Citation;
}

/** The state a proposal is in at a diagram node: a stage, or a stage at one step. */
export type StateAt<N extends DiagramNode> = N extends `refinement:${infer S extends RefinementStep}`
  ? Extract<LifecycleState, { stage: 'refinement' }> & { readonly step: S }
  : N extends `report-phase:${infer S extends ReportStep}`
    ? Extract<LifecycleState, { stage: 'report-phase' }> & { readonly step: S }
    : Extract<LifecycleState, { stage: N }>;

/**
 * One transition rule: the nodes it leaves and reaches (the diagram is drawn from these), its source, and
 * what it does. `guard` and `apply` are typed by the states the rule leaves from, so a rule cannot read a
 * field its states do not have, and needs no refusal for a state it can never see.
 */
export interface TransitionRule<T extends EventType, F extends DiagramNode = DiagramNode> {
  readonly from: readonly F[];
  readonly to: readonly DiagramNode[];
  readonly source: Citation;
  /** A condition on the path, checked before `apply`. */
  readonly guard?: (state: StateAt<F>) => TransitionRefusal | undefined;
  readonly apply: (
    state: StateAt<F>,
    event: Extract<LifecycleEvent, { type: T }>,
    date: IsoDate,
    ctx: TransitionContext,
  ) => LifecycleState | TransitionRefusal;
}

/**
 * A rule in the table: its states erased, since one table holds rules leaving from different states.
 * `transition` calls it only on a state at one of its `from` nodes.
 */
export interface AnyTransitionRule<T extends EventType> {
  readonly from: readonly DiagramNode[];
  readonly to: readonly DiagramNode[];
  readonly source: Citation;
  readonly guard?: (state: never) => TransitionRefusal | undefined;
  readonly apply: (
    state: never,
    event: Extract<LifecycleEvent, { type: T }>,
    date: IsoDate,
    ctx: TransitionContext,
  ) => LifecycleState | TransitionRefusal;
}

/** Any rule of the table, read for its nodes, source and guard (its `apply` is called by `transition`). */
export type ErasedTransitionRule = Omit<AnyTransitionRule<EventType>, 'apply'> & {
  readonly apply: (
    state: never,
    event: never,
    date: IsoDate,
    ctx: TransitionContext,
  ) => LifecycleState | TransitionRefusal;
};

/** A rule, its states inferred from `from`. */
const rule = <T extends EventType, const F extends DiagramNode>(r: TransitionRule<T, F>): TransitionRule<T, F> => r;

const rulesOf = (state: LifecycleState) => PATH_RULES[state.proposal.path];

/** The appeal window: a decision on Path 3 or 4 can be appealed within it, and takes effect only after it closes. */
const APPEAL_WINDOW = APPEAL_WINDOW_ASSUMPTION.source;

/** A release from an event, its date validated. */
function releaseTarget(input: ReleaseTargetInput): ReleaseTarget {
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.date === undefined ? {} : { date: isoOf(parseDay(input.date, ['event', 'release', 'date'])) }),
  };
}

function decision(
  state: LifecycleState,
  outcome: 'approve' | 'reject',
  date: IsoDate,
  ctx: TransitionContext,
  extra: Partial<Decision> = {},
): Decision {
  const rules = rulesOf(state);
  const base: Decision = {
    outcome: outcome === 'approve' ? 'approved' : 'rejected',
    decidedOn: date,
    decidedBy: rules.decidedBy,
    subjectToEcNotification: false,
    ...extra,
  };
  return rules.appeal === null || extra.appeal !== undefined
    ? base
    : {
        ...base,
        appealWindowEndsOn: isoOf(
          shiftWorkingDays(ctx.calendar, parseDay(date, ['event', 'date']), ctx.appealWindowWorkingDays, [
            'options',
            'appealWindowWorkingDays',
          ]),
        ),
      };
}

function decided(state: LifecycleState, d: Decision, date: IsoDate): LifecycleState {
  return d.outcome === 'approved'
    ? { stage: 'approved', proposal: state.proposal, since: date, decision: d }
    : { stage: 'rejected', proposal: state.proposal, since: date, decision: d };
}

/** The route decided at conversion (Section D Review era) or at initial consideration (original era). */
function route(
  state: LifecycleState,
  event: { readonly route: Route; readonly path?: ModificationPath | undefined },
  date: IsoDate,
): LifecycleState | TransitionRefusal {
  const path = event.path ?? state.proposal.path;
  if (!MODIFICATION_PATHS.includes(path))
    return { refuse: 'invalid-event', message: `unknown path ${JSON.stringify(path)}` };
  if (path === 'fast-track') {
    return {
      refuse: 'path-forbids',
      message:
        'a Fast-Track proposal is raised by the Panel for its own decision, not routed from a draft or an Initial Modification Report',
      source: PATH_RULES['fast-track'].source,
    };
  }
  if (event.route !== 'refinement' && event.route !== 'report-phase')
    return { refuse: 'invalid-event', message: `unknown route ${JSON.stringify(event.route)}` };
  const proposal = { ...state.proposal, path };
  return event.route === 'refinement'
    ? { stage: 'refinement', step: 'working-group', proposal, since: date }
    : { stage: 'report-phase', step: 'draft-report', proposal, since: date };
}

const refinementStep =
  (step: RefinementStep) =>
  (state: LifecycleState, _e: unknown, date: IsoDate): LifecycleState => ({
    stage: 'refinement',
    step,
    proposal: state.proposal,
    since: date,
  });
const reportStep =
  (step: ReportStep) =>
  (state: LifecycleState, _e: unknown, date: IsoDate): LifecycleState => ({
    stage: 'report-phase',
    step,
    proposal: state.proposal,
    since: date,
  });

/**
 * The lifecycle as data: for every event type (a missing one is a compile error), the states it may
 * leave and reach, its source and what it does. {@link transition} runs it and {@link lifecycleDiagram}
 * draws it, so the diagram cannot drift from the code.
 */
export const TRANSITIONS: { readonly [T in EventType]: AnyTransitionRule<T> } = {
  'convert-to-proposal': rule({
    from: ['draft-proposal'],
    to: ['refinement:working-group', 'report-phase:draft-report'],
    source: secD(
      'D3',
      'Section D Review era: the Change Sub-Committee agrees the problem statement and the draft becomes a Modification Proposal',
    ),
    apply: (s, e, date) => route(s, e, date),
  }),
  'initial-consideration': rule({
    from: ['initial-modification-report'],
    to: ['refinement:working-group', 'report-phase:draft-report'],
    source: secD('D4', 'original era: the Panel considers the Initial Modification Report and decides the route'),
    apply: (s, e, date) => route(s, e, date),
  }),
  'dcc-preliminary-assessment-requested': rule({
    from: ['refinement:working-group'],
    to: ['refinement:dcc-preliminary-assessment'],
    source: secD('D6', 'Refinement Process: DCC Preliminary Assessment'),
    apply: refinementStep('dcc-preliminary-assessment'),
  }),
  'dcc-impact-assessment-requested': rule({
    from: ['refinement:working-group', 'refinement:dcc-preliminary-assessment'],
    to: ['refinement:dcc-impact-assessment'],
    source: secD('D6', 'Refinement Process: DCC Impact Assessment'),
    apply: refinementStep('dcc-impact-assessment'),
  }),
  'dcc-assessment-returned': rule({
    from: ['refinement:dcc-preliminary-assessment', 'refinement:dcc-impact-assessment'],
    to: ['refinement:working-group'],
    source: secD('D6', 'the Working Group considers the DCC assessment'),
    apply: refinementStep('working-group'),
  }),
  'consultation-issued': rule({
    from: ['refinement:working-group'],
    to: ['refinement:consultation'],
    source: secD('D6', 'Working Group / industry consultation'),
    apply: refinementStep('consultation'),
  }),
  'consultation-closed': rule({
    from: ['refinement:consultation'],
    to: ['refinement:working-group'],
    source: secD('D6', 'the Working Group considers the consultation responses'),
    apply: refinementStep('working-group'),
  }),
  'refinement-concluded': rule({
    from: ['refinement:working-group'],
    to: ['report-phase:draft-report'],
    source: secD('D6, D7', 'the Refinement Process ends; the Draft Modification Report goes to the Panel'),
    apply: reportStep('draft-report'),
  }),
  'draft-report-approved': rule({
    from: ['report-phase:draft-report'],
    to: ['report-phase:report-consultation'],
    source: secD('D7', 'the Panel approves the Draft Modification Report for consultation'),
    apply: reportStep('report-consultation'),
  }),
  'report-consultation-closed': rule({
    from: ['report-phase:report-consultation'],
    to: ['change-board'],
    source: secD('D7, D8', 'the Modification Report goes to the Change Board'),
    apply: (s, _e, date) => ({ stage: 'change-board', proposal: s.proposal, since: date }),
  }),
  'change-board-vote': rule({
    from: ['change-board'],
    to: ['approved', 'rejected', 'awaiting-authority-decision'],
    source: secD(
      'D8, D9',
      'the Change Board decides Self-Governance proposals and recommends on Authority ones; voting rules are unconfirmed',
    ),
    apply: (s, e, date, ctx) => {
      const rules = rulesOf(s);
      const decides = e.vote === 'approve' || e.vote === 'reject';
      if (!['approve', 'reject', 'recommend-approval', 'recommend-rejection'].includes(e.vote))
        return { refuse: 'invalid-event', message: `unknown vote ${JSON.stringify(e.vote)}` };
      if (decides && rules.changeBoard !== 'decides') {
        return {
          refuse: 'path-forbids',
          message: `on ${rules.name} the Change Board recommends to the Authority (vote recommend-approval or recommend-rejection), it does not decide`,
          source: rules.source,
        };
      }
      if (!decides && rules.changeBoard !== 'recommends') {
        return {
          refuse: 'path-forbids',
          message: `on ${rules.name} the Change Board decides (vote approve or reject); there is no Authority decision to recommend on`,
          source: rules.source,
        };
      }
      if (decides) return decided(s, decision(s, e.vote === 'approve' ? 'approve' : 'reject', date, ctx), date);
      return {
        stage: 'awaiting-authority-decision',
        proposal: s.proposal,
        since: date,
        recommendation: e.vote === 'recommend-approval' ? 'approve' : 'reject',
        recommendedOn: date,
      };
    },
  }),
  'panel-decision': rule({
    from: ['awaiting-panel-decision'],
    to: ['approved', 'rejected'],
    source: secD('D2', 'the Panel decides Fast-Track proposals'),
    apply: (s, e, date, ctx) =>
      e.outcome === 'approve' || e.outcome === 'reject'
        ? decided(s, decision(s, e.outcome, date, ctx), date)
        : { refuse: 'invalid-event', message: `unknown outcome ${JSON.stringify(e.outcome)}` },
  }),
  'authority-decision': rule({
    from: ['awaiting-authority-decision'],
    to: ['approved', 'rejected'],
    source: secD('D9', 'the Authority decides Path 1 and Path 2 proposals'),
    apply: (s, e, date, ctx) => {
      if (e.outcome !== 'approve' && e.outcome !== 'reject')
        return { refuse: 'invalid-event', message: `unknown outcome ${JSON.stringify(e.outcome)}` };
      const extra: Partial<Decision> = {
        subjectToEcNotification: e.subjectToEcNotification === true,
        recommendation: s.recommendation,
      };
      return decided(s, decision(s, e.outcome, date, ctx, extra), date);
    },
  }),
  'send-back': rule({
    from: ['awaiting-authority-decision'],
    to: ['sent-back'],
    source: secD('D9', 'the Authority may send the Final Modification Report back to the Panel'),
    guard: (s) =>
      rulesOf(s).sendBack
        ? undefined
        : {
            refuse: 'path-forbids',
            message: `${rulesOf(s).name} has no Authority decision to send back from`,
            source: rulesOf(s).source,
          },
    apply: (s, _e, date) => ({ stage: 'sent-back', proposal: s.proposal, since: date }),
  }),
  'report-revised': rule({
    from: ['sent-back'],
    to: ['report-phase:draft-report'],
    source: secD('D9', 'the Panel revises the report the Authority sent back'),
    apply: reportStep('draft-report'),
  }),
  'appeal-raised': rule({
    from: ['approved', 'rejected'],
    to: ['appeal'],
    source: APPEAL_WINDOW,
    guard: (s) =>
      rulesOf(s).appeal === null
        ? {
            refuse: 'path-forbids',
            message: `${rulesOf(s).name} decisions are the Authority's own and have no appeal under Section D`,
            source: rulesOf(s).source,
          }
        : undefined,
    apply: (s, _e, date) => {
      const ends = s.decision.appealWindowEndsOn;
      if (ends === undefined || date > ends) {
        return {
          refuse: 'appeal-window-closed',
          message: `the appeal window for the decision of ${s.decision.decidedOn} ${ends === undefined ? 'does not apply: the decision has already been appealed' : `closed on ${ends}`}`,
          source: APPEAL_WINDOW,
        };
      }
      return { stage: 'appeal', proposal: s.proposal, since: date, decision: s.decision, appealedOn: date };
    },
  }),
  'appeal-decided': rule({
    from: ['appeal'],
    to: ['approved', 'rejected'],
    source: secD('D9', 'the Authority upholds the decision or overturns it'),
    apply: (s, e, date, ctx) => {
      if (e.outcome === 'upheld') {
        const { appealWindowEndsOn: _closed, ...stands } = s.decision;
        return decided(s, { ...stands, appeal: 'upheld' }, date);
      }
      if (e.outcome !== 'overturned')
        return { refuse: 'invalid-event', message: `unknown appeal outcome ${JSON.stringify(e.outcome)}` };
      const flipped = decision(s, s.decision.outcome === 'approved' ? 'reject' : 'approve', date, ctx, {
        decidedBy: 'authority',
        appeal: 'overturned',
      });
      return decided(s, flipped, date);
    },
  }),
  'target-release': rule({
    from: ['approved', 'pending-implementation'],
    to: ['pending-implementation'],
    source: secD(
      'D10',
      "the Panel targets an approved modification at a release; an Authority decision's implementation date changes only with its consent",
    ),
    apply: (s, e, date) => {
      if (typeof e.release !== 'object' || e.release === null)
        return { refuse: 'invalid-event', message: 'target-release needs a release ({ id?, name?, date? })' };
      const release = releaseTarget(e.release);
      return {
        stage: 'pending-implementation',
        proposal: s.proposal,
        since: date,
        decision: s.decision,
        target: release,
        partsImplemented: s.stage === 'pending-implementation' ? s.partsImplemented : [],
      };
    },
  }),
  implemented: rule({
    from: ['approved', 'pending-implementation'],
    to: ['pending-implementation', 'implemented'],
    source: secD('D10', 'the modification takes effect in its release (possibly in parts)'),
    apply: (s, e, date) => {
      const parts = [...(s.stage === 'pending-implementation' ? s.partsImplemented : []), date];
      const of = e.of ?? 1;
      if (
        !Number.isInteger(of) ||
        of < 1 ||
        (e.part !== undefined && (!Number.isInteger(e.part) || e.part !== parts.length || e.part > of))
      ) {
        return {
          refuse: 'invalid-event',
          message: `implemented part ${String(e.part)} of ${String(e.of)} does not follow the ${parts.length - 1} part(s) already implemented`,
        };
      }
      const release =
        e.release === undefined
          ? s.stage === 'pending-implementation'
            ? s.target
            : undefined
          : releaseTarget(e.release);
      // A release goes live on its date: an implementation on another date contradicts the release it names.
      if (release?.date !== undefined && release.date !== date) {
        return {
          refuse: 'release-mismatch',
          message: `implemented on ${date}, but ${e.release === undefined ? 'the release it is targeted at' : 'the release it names'} (${release.name ?? release.id ?? 'unnamed'}) goes live on ${release.date}`,
        };
      }
      // Not while an appeal may still be raised (Paths 3 and 4): the decision is not final until the window closes.
      const window = s.decision.appealWindowEndsOn;
      if (window !== undefined && window > s.decision.decidedOn && date <= window) {
        return {
          refuse: 'appeal-window-open',
          message: `implemented on ${date}, while the appeal window for the decision of ${s.decision.decidedOn} is open (it closes at the end of ${window}; LifecycleOptions.appealWindowWorkingDays sets its length)`,
          source: APPEAL_WINDOW,
        };
      }
      if (parts.length < of) {
        return {
          stage: 'pending-implementation',
          proposal: s.proposal,
          since: date,
          decision: s.decision,
          target: s.stage === 'pending-implementation' ? s.target : (release ?? {}),
          partsImplemented: parts,
        };
      }
      return {
        stage: 'implemented',
        proposal: s.proposal,
        since: date,
        decision: s.decision,
        implementedOn: date,
        ...(release === undefined ? {} : { release }),
        partsImplemented: parts,
      };
    },
  }),
  withdraw: rule({
    from: [...ACTIVE_NODES, 'on-hold'],
    to: ['withdrawn'],
    source: secD('D3', 'the Proposer may withdraw a proposal before it is decided'),
    apply: (s, _e, date) => {
      const active = s.stage === 'on-hold' ? s.resumeTo : s;
      return { stage: 'withdrawn', proposal: s.proposal, since: date, withdrawnFrom: active.stage };
    },
  }),
  'put-on-hold': rule({
    from: ACTIVE_NODES,
    to: ['on-hold'],
    source: secD('D3', "progress paused at the Proposer's request or the Panel's direction (e.g. SECMP0037)"),
    apply: (s, e, date) => ({
      stage: 'on-hold',
      proposal: s.proposal,
      since: date,
      resumeTo: s,
      ...(typeof e.reason === 'string' ? { reason: e.reason } : {}),
    }),
  }),
  resume: rule({
    from: ['on-hold'],
    to: ACTIVE_NODES,
    source: secD('D3', 'progress resumes where it was paused'),
    apply: (s, _e, date) => ({ ...s.resumeTo, since: date }),
  }),
};

export const EVENT_TYPES = Object.keys(TRANSITIONS) as readonly EventType[];

function refusal(
  state: LifecycleState,
  type: string,
  code: LifecycleErrorCode,
  why: string,
  source?: Citation,
): SecmodError<LifecycleErrorCode> {
  return new SecmodError(code, `${state.proposal.id} (${node(state)}): ${type} refused: ${why}`, {
    path: ['event'],
    ...(source === undefined ? {} : { source }),
  });
}

/** @internal The options with their defaults, checked: a negative or fractional window, or a non-calendar, is refused. */
export function resolve(options: LifecycleOptions | undefined): TransitionContext {
  if (options === undefined) return DEFAULT_CONTEXT;
  try {
    checkObject(options, ['options'], 'LifecycleOptions { appealWindowWorkingDays?, calendar? }');
    const days =
      options.appealWindowWorkingDays === undefined
        ? DEFAULT_CONTEXT.appealWindowWorkingDays
        : checkWholeNumber(options.appealWindowWorkingDays, ['options', 'appealWindowWorkingDays'], 0, 3650);
    if (options.calendar !== undefined) assertCalendar(options.calendar, ['options', 'calendar']);
    return { appealWindowWorkingDays: days, calendar: options.calendar ?? DEFAULT_CONTEXT.calendar };
  } catch (error) {
    throw recoded(error, 'invalid-options');
  }
}

/** The appeal window's length (15 Working Days, the usual figure in GB codes) is unconfirmed; so is the calendar. */
const DEFAULT_CONTEXT: TransitionContext = { appealWindowWorkingDays: 15, calendar: englandAndWales };

/**
 * Applies one event to a proposal's state. Never throws: an event that the state, the path or the
 * era does not allow, or that is dated before the previous one, gives `{ ok: false, error }` with a
 * code and a message naming the proposal, the state, the event and the rule.
 *
 * @example
 * const raised = initialState({ id: 'SECMP0004', path: 'authority-determination', raisedOn: '2016-05-01' });
 * transition(raised, { type: 'withdraw', date: '2016-06-01' }); // { ok: true, state: { stage: 'withdrawn', ... } }
 * transition(raised, { type: 'panel-decision', date: '2016-06-01', outcome: 'approve' }).ok; // false: event-not-allowed
 */
export function transition(state: LifecycleState, event: LifecycleEvent, options?: LifecycleOptions): TransitionResult {
  try {
    assertState(state);
    return step(state, event, resolve(options));
  } catch (error) {
    return { ok: false, error: recoded(error, 'invalid-event') };
  }
}

/**
 * @internal One event on a state already checked, with options already resolved: what {@link transition}
 * does after its entrance checks, and what `replay` runs for every event after checking its start once.
 */
export function step(state: LifecycleState, event: LifecycleEvent, ctx: TransitionContext): TransitionResult {
  const next = stepState(state, event, ctx);
  return isSecmodError(next) ? { ok: false, error: next } : { ok: true, state: next };
}

/** Each rule's `from` nodes as a set, for the one lookup every event makes. */
const FROM: ReadonlyMap<EventType, ReadonlySet<DiagramNode>> = new Map(
  EVENT_TYPES.map((type) => [type, new Set(TRANSITIONS[type].from)]),
);

/**
 * @internal {@link step} without the result wrapper: the next state, or the refusal. What `replay` runs
 * for every event.
 */
export function stepState(
  state: LifecycleState,
  event: LifecycleEvent,
  ctx: TransitionContext,
): LifecycleState | SecmodError<LifecycleErrorCode> {
  try {
    if (typeof event !== 'object' || event === null) {
      return new SecmodError(
        'invalid-event',
        `expected an event object { type, date, ... }, got ${event === null ? 'null' : typeof event}`,
        { path: ['event'] },
      );
    }
    const type = event.type;
    if (typeof type !== 'string' || !Object.hasOwn(TRANSITIONS, type)) {
      return new SecmodError(
        'invalid-event',
        unknownName('event type', (event as { type?: unknown }).type, EVENT_TYPES),
        {
          path: ['event', 'type'],
        },
      );
    }
    const rule: ErasedTransitionRule = TRANSITIONS[type];
    const at = node(state);
    if (FROM.get(type)?.has(at) !== true) {
      const allowed = allowedEvents(state);
      return refusal(
        state,
        type,
        'event-not-allowed',
        `not allowed in state ${at}; allowed: ${allowed.length === 0 ? 'none (final state)' : allowed.join(', ')}`,
        rule.source,
      );
    }
    // The rule leaves from `at`, so the state is one its guard and apply are typed for.
    const guarded = rule.guard?.(state as never);
    if (guarded) return refusal(state, type, guarded.refuse, guarded.message, guarded.source ?? rule.source);
    // A date already in `YYYY-MM-DD` form is kept as it is; anything else is refused with why.
    const date = event.date;
    if (!isIsoDate(date)) return recoded(dateError(date, ['event', 'date']), 'invalid-event');
    if (date < state.since) {
      return refusal(
        state,
        type,
        'date-before-previous',
        `dated ${date}, before the previous event (${state.since}); event dates may not go backwards`,
      );
    }
    const result = rule.apply(state as never, event as never, date, ctx);
    return 'refuse' in result
      ? refusal(state, type, result.refuse, result.message, result.source ?? rule.source)
      : result;
  } catch (error) {
    return recoded(error, 'invalid-event');
  }
}

const LIFECYCLE_CODES: ReadonlySet<string> = new Set(LIFECYCLE_ERROR_CODES);

/**
 * @internal A thrown error as a refusal with a lifecycle code: a lifecycle error as it is; another
 * secmod error (an `invalid-date` from the event's date, an `invalid-argument` from the options) under
 * `code`, with its message, path and source, and itself as `cause`; anything else (a malformed event
 * whose field has the wrong type: the state was checked) as `code` with the raw error as `cause`.
 */
export function recoded(error: unknown, code: LifecycleErrorCode): SecmodError<LifecycleErrorCode> {
  if (isSecmodError(error)) {
    if (LIFECYCLE_CODES.has(error.code)) return error as SecmodError<LifecycleErrorCode>;
    return new SecmodError(code, error.message, {
      path: error.path,
      ...(error.source === undefined ? {} : { source: error.source }),
      cause: error,
    });
  }
  return new SecmodError(code, 'malformed event: a field has the wrong type (see LifecycleEvent)', {
    path: ['event'],
    cause: error,
  });
}

const STAGES = Object.keys(NODE_OF);
const ACTIVE_STAGES = [...new Set(ACTIVE_NODES.map((n) => n.split(':')[0] as string))];

/** What is wrong with a value passed as a state, if anything: its stage, step, proposal facts and date. */
function stateProblem(
  state: unknown,
  path: readonly (string | number)[] = ['state'],
): { message: string; path: readonly (string | number)[] } | undefined {
  if (typeof state !== 'object' || state === null)
    return { message: `expected a lifecycle state object, got ${state === null ? 'null' : typeof state}`, path };
  const s = state as { stage?: unknown; step?: unknown; proposal?: unknown; since?: unknown; resumeTo?: unknown };
  if (typeof s.stage !== 'string' || !Object.hasOwn(NODE_OF, s.stage))
    return { message: unknownName('stage', s.stage, STAGES), path: [...path, 'stage'] };
  if (s.stage === 'refinement' && !(REFINEMENT_STEPS as readonly unknown[]).includes(s.step))
    return { message: unknownName('Refinement step', s.step, REFINEMENT_STEPS), path: [...path, 'step'] };
  if (s.stage === 'report-phase' && !(REPORT_STEPS as readonly unknown[]).includes(s.step))
    return { message: unknownName('Report Phase step', s.step, REPORT_STEPS), path: [...path, 'step'] };
  const p = s.proposal as { id?: unknown; path?: unknown } | null | undefined;
  if (typeof p !== 'object' || p === null || typeof p.id !== 'string')
    return {
      message: `stage ${s.stage} has no proposal facts { id, path, era, raisedOn } (build states with initialState)`,
      path: [...path, 'proposal'],
    };
  if (!(MODIFICATION_PATHS as readonly unknown[]).includes(p.path))
    return { message: unknownName('path', p.path, MODIFICATION_PATHS), path: [...path, 'proposal', 'path'] };
  if (!isIsoDate(s.since)) return { message: `stage ${s.stage} has no valid since date`, path: [...path, 'since'] };
  if (s.stage === 'on-hold') {
    const r = s.resumeTo as { stage?: unknown } | null | undefined;
    if (typeof r !== 'object' || r === null || !ACTIVE_STAGES.includes(r.stage as string))
      return {
        message: `an on-hold state resumes to an active stage (${ACTIVE_STAGES.join(', ')})`,
        path: [...path, 'resumeTo'],
      };
    return stateProblem(r, [...path, 'resumeTo']);
  }
  return undefined;
}

/**
 * The event types that may happen next in this state, on this proposal's path.
 *
 * @example
 * allowedEvents(initialState({ id: 'MP153', path: 'fast-track', raisedOn: '2021-03-10' }));
 * // ['panel-decision', 'withdraw', 'put-on-hold']
 */
export function allowedEvents(state: LifecycleState): EventType[] {
  const at = nodeOf(state);
  return EVENT_TYPES.filter((type) => {
    const rule: ErasedTransitionRule = TRANSITIONS[type];
    return rule.from.includes(at) && rule.guard?.(state as never) === undefined;
  });
}
