/**
 * Runs fuzz tasks for the suite in a worker thread, so a call that hangs can be stopped from outside
 * (a synchronous loop cannot be interrupted from within). Each task: one target, one mode, one seed.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { isSecmodError } from '../../src/errors/index.js';
import { junk } from './junk.js';
import { HOSTILE_CASES } from './hostile-cases.js';
import { TARGETS } from './targets.js';

export interface Task {
  readonly name: string;
  /** `typed` and `junk` fuzz a target; `case` runs one hostile case. */
  readonly mode: 'typed' | 'junk' | 'case';
  readonly seed: number;
  readonly numRuns: number;
  readonly budgetMs: number;
}

export interface Outcome {
  readonly name: string;
  readonly mode: Task['mode'];
  readonly seed: number;
  readonly failure?: string;
}

/** Freezes a value and the plain objects and arrays reachable from it (cycles allowed), as a caller's frozen input. */
function deepFreeze(value: unknown, seen = new WeakSet<object>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  // Plain data only: a class instance (a date-holidays object) keeps its own internal state.
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d && 'value' in d) deepFreeze(d.value, seen);
  }
}

function args(task: Task): fc.Arbitrary<readonly unknown[]> {
  const typed = TARGETS[task.name]!.typed;
  if (task.mode === 'typed') return typed;
  return typed.chain((a) =>
    fc.oneof(
      fc.tuple(fc.nat(Math.max(0, a.length - 1)), junk).map(([i, j]) => a.map((x, k) => (k === i ? j : x))),
      fc.array(junk, { minLength: a.length, maxLength: a.length }),
    ),
  );
}

function runCase(task: Task): Outcome {
  const c = HOSTILE_CASES[task.name]!;
  const start = performance.now();
  let got = 'returns';
  try {
    c.run();
  } catch (error) {
    got = isSecmodError(error)
      ? error.code
      : `a ${String((error as Error)?.name)} (not a SecmodError): ${String((error as Error)?.message).slice(0, 200)}`;
  }
  const took = performance.now() - start;
  const failure =
    got !== c.expect
      ? `expected ${c.expect === 'returns' ? 'a result' : `SecmodError ${c.expect}`}, got ${got}`
      : took > task.budgetMs
        ? `took ${took.toFixed(0)} ms, over the ${task.budgetMs} ms budget`
        : undefined;
  return { name: task.name, mode: task.mode, seed: task.seed, ...(failure === undefined ? {} : { failure }) };
}

function run(task: Task): Outcome {
  if (task.mode === 'case') return runCase(task);
  const target = TARGETS[task.name]!;
  const property = fc.property(args(task), (a) => {
    deepFreeze(a);
    const start = performance.now();
    try {
      (target.call as (...x: unknown[]) => unknown)(...a);
    } catch (error) {
      if (!isSecmodError(error)) {
        const e = error as { name?: unknown; message?: unknown };
        throw new Error(`threw ${String(e?.name)} (not a SecmodError): ${String(e?.message).slice(0, 300)}`);
      }
      if (!Array.isArray(error.path)) throw new Error(`SecmodError ${error.code} without a path`);
      if (error.message.length > 4000)
        throw new Error(`SecmodError ${error.code} with a ${error.message.length}-character message`);
    }
    const took = performance.now() - start;
    if (took > task.budgetMs) throw new Error(`took ${took.toFixed(0)} ms, over the ${task.budgetMs} ms budget`);
  });
  const details = fc.check(property, { seed: task.seed, numRuns: task.numRuns, endOnFailure: true });
  if (!details.failed) return { name: task.name, mode: task.mode, seed: task.seed };
  const example = fc.stringify(details.counterexample).slice(0, 600);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return {
    name: task.name,
    mode: task.mode,
    seed: task.seed,
    failure: `${cause}\n    arguments: ${example}\n    reproduce: seed ${task.seed}, path "${details.counterexamplePath}"`,
  };
}

parentPort?.on('message', (task: Task) => {
  parentPort?.postMessage({ started: task.name });
  parentPort?.postMessage(run(task));
});
