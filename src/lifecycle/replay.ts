import { SecmodError, isSecmodError } from '../errors/secmod-error.js';
import { isRevokedProxy } from '../internal/check.js';
import { assertState, recoded, resolve, stepState } from './machine.js';
import type { TransitionContext } from './transitions/rule.js';
import type { LifecycleEvent, LifecycleOptions, LifecycleState, TransitionResult } from './types.js';

/**
 * Folds a whole history over a state. Stops at the first refused event: the error's `path` is
 * `['events', index, ...]` and its message names the event's index. Never throws.
 *
 * @example
 * replay(initialState({ id: 'SECMP0004', path: 'authority-determination', raisedOn: '2016-05-01' }), [
 *   { type: 'initial-consideration', date: '2016-05-13', route: 'refinement' },
 *   // ...
 * ]);
 */
export function replay(
  init: LifecycleState,
  events: readonly LifecycleEvent[],
  options?: LifecycleOptions,
): TransitionResult {
  if (isRevokedProxy(events) || !Array.isArray(events))
    return { ok: false, error: new SecmodError('invalid-event', 'expected an array of events', { path: ['events'] }) };
  // The start and the options are checked once; every later state is one the machine made.
  let ctx: TransitionContext;
  try {
    assertState(init, ['init']);
    ctx = resolve(options);
  } catch (error) {
    return { ok: false, error: recoded(error, 'invalid-state') };
  }
  let state = init;
  for (let index = 0; index < events.length; index++) {
    const next = stepState(state, events[index] as LifecycleEvent, ctx);
    if (isSecmodError(next)) {
      const e = next;
      return {
        ok: false,
        error: new SecmodError(e.code, `event ${index}: ${e.message}`, {
          path: ['events', index, ...e.path.slice(1)],
          ...(e.source === undefined ? {} : { source: e.source }),
          cause: e,
        }),
      };
    }
    state = next;
  }
  return { ok: true, state };
}
