/**
 * Runs fuzz tasks for the suite in a worker thread, so a call that hangs can be stopped from outside
 * (a synchronous loop cannot be interrupted from within). Each task: one target, one mode, one seed.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { types } from 'node:util';
import fc from 'fast-check';
import { isSecmodError, type SecmodError } from '../../src/errors/index.js';
import { junk } from './junk.js';
import { CallerError, EVERY_HOSTILE, materialize, nestedHostile } from './hostile.js';
import { HOSTILE_CASES } from './hostile-cases.js';
import { TARGETS, UNKNOWN_KEY_EXCEPTIONS } from './targets.js';

export interface Task {
  readonly name: string;
  /**
   * `typed` and `junk` fuzz a target; `unknown-key` calls it with well-typed arguments and an unknown key
   * added to one object argument at a time; `case` runs one hostile case; `hostile` sends every hostile
   * value (hostile.ts) as each argument in turn, then well-typed arguments with one value anywhere inside
   * made hostile.
   */
  readonly mode: 'typed' | 'junk' | 'unknown-key' | 'case' | 'hostile';
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
  // A revoked Proxy cannot be frozen (nor read); a Proxy is the caller's behaviour: left as it is.
  if (types.isProxy(value)) return;
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
  if (task.mode === 'hostile') return nestedHostile(typed, junk);
  return typed.chain((a) =>
    fc.oneof(
      fc.tuple(fc.nat(Math.max(0, a.length - 1)), junk).map(([i, j]) => a.map((x, k) => (k === i ? j : x))),
      fc.array(junk, { minLength: a.length, maxLength: a.length }),
    ),
  );
}

/** The key the `unknown-key` mode adds: far from every known key. */
export const UNKNOWN_KEY = 'zzUnknownKey';

/** Plain data an unknown key can be added to: not a class instance, nor behaviour (a calendar, a vote rule). */
function isData(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.isHoliday !== 'function' && typeof v.carries !== 'function';
}

/** The arguments with the unknown key added to argument `i` (to its first element, for a list of objects). */
function withUnknownKey(args: readonly unknown[], i: number): unknown[] | undefined {
  const a = args[i];
  const added = (o: Record<string, unknown>) => ({ ...o, [UNKNOWN_KEY]: true });
  if (isData(a)) return args.map((x, k) => (k === i ? added(a) : x));
  if (Array.isArray(a) && isData(a[0])) return args.map((x, k) => (k === i ? [added(a[0]), ...a.slice(1)] : x));
  return undefined;
}

/** The refusal a call ends in (a SecmodError thrown, or a `{ ok: false, error }` result), or `undefined`. */
function refusalOf(call: () => unknown): SecmodError<string> | undefined {
  try {
    const result = call();
    const r = result as { ok?: unknown; error?: unknown } | null;
    return typeof r === 'object' && r !== null && r.ok === false && isSecmodError(r.error) ? r.error : undefined;
  } catch (error) {
    if (isSecmodError(error)) return error;
    const e = error as { name?: unknown; message?: unknown };
    throw new Error(`threw ${String(e?.name)} (not a SecmodError): ${String(e?.message).slice(0, 300)}`);
  }
}

/**
 * Each object argument in turn with an unknown key: refused at the key's path, or refused for another
 * reason only when the arguments are refused without the key too. An excepted argument refused at the
 * key fails, so that its exception is removed. `tested` collects the arguments the key was seen to
 * decide for (refused at the key), `seen` every argument tried.
 */
function unknownKeyProperty(task: Task, seen: Set<number>, tested: Set<number>) {
  const target = TARGETS[task.name]!;
  const call = target.call as (...x: unknown[]) => unknown;
  return fc.property(target.typed, (a) => {
    deepFreeze(a);
    for (let i = 0; i < a.length; i++) {
      const changed = withUnknownKey(a, i);
      if (changed === undefined) continue;
      deepFreeze(changed);
      const refused = refusalOf(() => call(...changed));
      const atKey = refused !== undefined && refused.path.at(-1) === UNKNOWN_KEY;
      const excepted = `${task.name}#${i}`;
      if (UNKNOWN_KEY_EXCEPTIONS[excepted] !== undefined) {
        if (atKey)
          throw new Error(`argument ${i} refuses an unknown key now: remove "${excepted}" from UNKNOWN_KEY_EXCEPTIONS`);
        continue;
      }
      seen.add(i);
      if (atKey) {
        tested.add(i);
        continue;
      }
      if (refused === undefined) throw new Error(`argument ${i} with the unknown key ${UNKNOWN_KEY} was accepted`);
      if (refusalOf(() => call(...a)) === undefined)
        throw new Error(
          `argument ${i} with an unknown key was refused at ${refused.path.join('.')} (${refused.code}), not at the key`,
        );
    }
  });
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

/** Well-typed or junk arguments (frozen, so a mutation throws): a result or a SecmodError with a path, in time. */
function fuzzProperty(task: Task) {
  return fc.property(args(task), (drawn) => callOnce(task, drawn));
}

/**
 * One call with these arguments (markers made real, then frozen): a result or a SecmodError with a path
 * and a bounded message, in time. A caller's own getter or trap that throws may pass its exception
 * through unchanged (it is the caller's, not a secmod bug).
 */
function callOnce(task: Task, drawn: readonly unknown[]): void {
  const target = TARGETS[task.name]!;
  const a = materialize(drawn) as unknown[];
  deepFreeze(a);
  const start = performance.now();
  try {
    (target.call as (...x: unknown[]) => unknown)(...a);
  } catch (error) {
    if (error instanceof CallerError) return;
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
}

/** Every hostile value as each argument in turn, the others well typed (the first typed sample of the seed). */
function sweep(task: Task): Outcome | undefined {
  const [typed] = fc.sample(TARGETS[task.name]!.typed, { seed: task.seed, numRuns: 1 });
  for (let i = 0; i < (typed?.length ?? 0); i++)
    for (const value of EVERY_HOSTILE) {
      const drawn = typed!.map((x, k) => (k === i ? value : x));
      try {
        callOnce(task, drawn);
      } catch (error) {
        return {
          name: task.name,
          mode: task.mode,
          seed: task.seed,
          failure: `${(error as Error).message}\n    argument ${i}: ${describe(value)}`,
        };
      }
    }
  return undefined;
}

/** fast-check's description of a value, or a short one when it cannot print it. */
function describe(value: unknown): string {
  try {
    return fc.stringify(value).slice(0, 600);
  } catch {
    return '(a value that cannot be printed)';
  }
}

function run(task: Task): Outcome {
  if (task.mode === 'case') return runCase(task);
  if (task.mode === 'hostile') {
    const swept = sweep(task);
    if (swept) return swept;
  }
  const seen = new Set<number>();
  const tested = new Set<number>();
  const property = task.mode === 'unknown-key' ? unknownKeyProperty(task, seen, tested) : fuzzProperty(task);
  const details = fc.check(property, { seed: task.seed, numRuns: task.numRuns, endOnFailure: true });
  const untested = [...seen].filter((i) => !tested.has(i));
  if (!details.failed && untested.length > 0) {
    const failure = `argument(s) ${untested.join(', ')}: every call was refused without the unknown key too, so the key was never tested (make the typed arguments valid more often)`;
    return { name: task.name, mode: task.mode, seed: task.seed, failure };
  }
  if (!details.failed) return { name: task.name, mode: task.mode, seed: task.seed };
  const example = describe(details.counterexample);
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
