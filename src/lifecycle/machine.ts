/**
 * The machine that runs the transition table: `transition` and the steps `replay` folds, the checks
 * on the state and options they are given, and `allowedEvents`. The rules themselves are in
 * `transitions/`, one module per event (or per group of events sharing their logic), assembled into
 * `TRANSITIONS`.
 */
import { englandAndWales } from '../calendar/uk/calendars.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import { checkObject, checkWholeNumber, dateError, isReadable, isRevokedProxy } from '../internal/check.js';
import type { Citation } from '../sources/citation.js';
import { LIFECYCLE_ERROR_CODES, SecmodError, isSecmodError, type LifecycleErrorCode } from '../errors/secmod-error.js';
import { checkKeys } from '../internal/keys.js';
import { unknownName } from '../internal/nearest.js';
import { MODIFICATION_PATHS } from './paths.js';
import { ACTIVE_NODES, NODE_OF, node, type DiagramNode } from './nodes.js';
import { EVENT_TYPES, TRANSITIONS } from './transitions/table.js';
import type { ErasedTransitionRule, TransitionContext } from './transitions/rule.js';
import {
  EVENT_KEYS,
  LIFECYCLE_OPTIONS_KEYS,
  REFINEMENT_STEPS,
  RELEASE_TARGET_KEYS,
  REPORT_STEPS,
  type EventType,
  type LifecycleEvent,
  type LifecycleOptions,
  type LifecycleState,
  type TransitionResult,
} from './types.js';

/**
 * The diagram node a state is in.
 *
 * @throws {SecmodError} `invalid-state` for a value that is not a lifecycle state.
 */
export function nodeOf(state: LifecycleState): DiagramNode {
  assertState(state);
  return node(state);
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
    checkKeys(options, LIFECYCLE_OPTIONS_KEYS, ['options']);
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
    checkKeys(event, EVENT_KEYS[type], ['event']);
    const release = (event as { release?: unknown }).release;
    if (typeof release === 'object' && release !== null) checkKeys(release, RELEASE_TARGET_KEYS, ['event', 'release']);
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
  if (isRevokedProxy(state)) return { message: 'expected a lifecycle state object, not a revoked Proxy', path };
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
  if (!isReadable(p) || typeof p.id !== 'string')
    return {
      message: `stage ${s.stage} has no proposal facts { id, path, era, raisedOn } (build states with initialState)`,
      path: [...path, 'proposal'],
    };
  if (!(MODIFICATION_PATHS as readonly unknown[]).includes(p.path))
    return { message: unknownName('path', p.path, MODIFICATION_PATHS), path: [...path, 'proposal', 'path'] };
  if (!isIsoDate(s.since)) return { message: `stage ${s.stage} has no valid since date`, path: [...path, 'since'] };
  if (s.stage === 'on-hold') {
    const r = s.resumeTo as { stage?: unknown } | null | undefined;
    if (!isReadable(r) || !ACTIVE_STAGES.includes(r.stage as string))
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
