/**
 * What a transition rule is, and the few pieces every rule module builds on. Below the rule modules,
 * the table they make up and the machine that runs it.
 */
import type { IsoDate } from '../../calendar/iso-date.js';
import type { LifecycleErrorCode } from '../../errors/secmod-error.js';
import type { Citation } from '../../sources/citation.js';
import type { DiagramNode, StateAt } from '../nodes.js';
import { PATH_RULES } from '../paths.js';
import type { EventType, LifecycleEvent, LifecycleOptions, LifecycleState } from '../types.js';

/** The resolved options a transition runs with. */
export interface TransitionContext {
  readonly appealWindowWorkingDays: number;
  readonly calendar: NonNullable<LifecycleOptions['calendar']>;
}

/** Why a rule refused an event (turned into a SecmodError by `transition`). */
export interface TransitionRefusal {
  readonly refuse: LifecycleErrorCode;
  readonly message: string;
  readonly source?: Citation;
}

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

/**
 * @internal A rule, its states inferred from `from` and its event type from the declaration it is
 * assigned to (`const X: AnyTransitionRule<'type'> = rule({ ... })`).
 */
/* @__NO_SIDE_EFFECTS__ */
export function rule<T extends EventType, const F extends DiagramNode>(r: TransitionRule<T, F>): TransitionRule<T, F> {
  return r;
}

/** @internal The rules of a state's path. */
export const rulesOf = (state: LifecycleState) => PATH_RULES[state.proposal.path];
