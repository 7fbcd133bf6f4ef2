import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as secmod from '../../src/index.js';
import * as adapter from '../../src/date-holidays/index.js';
import * as vitestEntry from '../../src/vitest/index.js';
import { HOSTILE_CASES } from './hostile-cases.js';
import { NOT_CALLED, NOT_FUZZED, TARGETS, UNKNOWN_KEY_EXCEPTIONS } from './targets.js';
import type { Outcome, Task } from './worker.js';

/**
 * Every public function, called with well-typed and with junk arguments (frozen, so a mutation
 * throws): it must return or throw a SecmodError with a path, never anything else, and answer within
 * its time budget. Called with an unknown key added to an object argument, it must refuse it, at the
 * key's path (but for the arguments of UNKNOWN_KEY_EXCEPTIONS). Calls run in worker threads so that a hang is stopped and reported, not waited on.
 * Its seed is the property tests' (`FC_SEED`, fixed in `npm test`, so a commit passes or fails the same
 * way every time; `npm run fuzz` draws a fresh one and runs more): `FC_SEED=N` reproduces a run.
 * FUZZ_RUNS sets the runs per target and mode.
 */
const SEED = fc.readConfigureGlobal().seed;
if (SEED === undefined) throw new Error('no fast-check seed: run with vitest.config.ts, whose setup file sets it');
const RUNS = Number(process.env.FUZZ_RUNS ?? 120);
/** Runs per target with an unknown key: each run calls the target once per object argument. */
const UNKNOWN_KEY_RUNS = Math.max(10, Math.ceil(RUNS / 4));
/** Runs per target with one value inside well-typed arguments made hostile (after the sweep of every hostile value as each argument). */
const HOSTILE_RUNS = Math.max(10, Math.ceil(RUNS / 4));
/**
 * Per call: generous for a loaded 2-core machine, far below what a hang or a quadratic blow-up takes.
 * The slowest honest call, a cold 8,000-year span of the UK union calendar (every year's holidays of
 * three calendars generated), takes 1.3 s alone and reached 2.7 s under coverage with the suite running.
 */
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 4000);
/** Per task (one target, one mode, all its runs). */
const TASK_TIMEOUT_MS = 20_000;
const WORKERS = 2;

function runAll(tasks: readonly Task[]): Promise<Outcome[]> {
  const queue = [...tasks];
  const outcomes: Outcome[] = [];
  const start = (): Promise<void> =>
    new Promise((done) => {
      const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url));
      let current: Task | undefined;
      let timer: NodeJS.Timeout | undefined;
      const next = () => {
        current = queue.shift();
        if (current === undefined) {
          void worker.terminate().then(() => done());
          return;
        }
        const task = current;
        timer = setTimeout(() => {
          outcomes.push({
            name: task.name,
            mode: task.mode,
            seed: task.seed,
            failure: `no answer in ${TASK_TIMEOUT_MS} ms (a hang): reproduce with seed ${task.seed}`,
          });
          void worker.terminate().then(() => start().then(done));
        }, TASK_TIMEOUT_MS);
        worker.postMessage(task);
      };
      worker.on('message', (m: Outcome | { started: string }) => {
        if ('started' in m) return;
        clearTimeout(timer);
        outcomes.push(m);
        next();
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        if (current)
          outcomes.push({
            name: current.name,
            mode: current.mode,
            seed: current.seed,
            failure: `worker crashed: ${error.message}`,
          });
        void start().then(done);
      });
      next();
    });
  return Promise.all(Array.from({ length: WORKERS }, start)).then(() => outcomes);
}

describe('hostile input: every public function answers fast with a result or a SecmodError', () => {
  it('every runtime export of every entry point, and every method of an exported object, has a fuzz target', async () => {
    // Every entry point of the package's `exports` (secmod, each module's own, the adapter, the matchers), from its source.
    const { exports } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const subpaths = Object.keys(exports).filter((k) => k !== '.' && !k.endsWith('.json') && k !== './vitest/setup');
    const entries: Record<string, unknown>[] = [
      secmod,
      adapter,
      vitestEntry,
      ...(await Promise.all(
        subpaths.map((k) => import(`../../src/${k.slice(2)}/index.ts`) as Promise<Record<string, unknown>>),
      )),
    ];
    expect(subpaths.length).toBeGreaterThanOrEqual(11);
    const named = new Set<string>();
    for (const entry of entries)
      for (const [name, value] of Object.entries(entry)) {
        // An error class is constructed by the library, not called with data.
        if (typeof value === 'function') {
          if (!((value as { prototype?: unknown }).prototype instanceof Error)) named.add(name);
        } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
          if (NOT_FUZZED[name] !== undefined) continue;
          for (const [key, member] of Object.entries(value))
            if (typeof member === 'function') named.add(`${name}.${key}`);
        }
      }
    const callables = [...named].filter((n) => !NOT_CALLED.has(n) && NOT_FUZZED[n] === undefined);
    expect(callables.length).toBeGreaterThan(90);
    expect(callables.filter((n) => !(n in TARGETS))).toEqual([]);
    // A target or an exception that names nothing exported is stale.
    expect([...Object.keys(NOT_FUZZED)].filter((n) => !entries.some((e) => n in e))).toEqual([]);
  });

  it("every argument that may still take an unknown key is a target's, with its reason", () => {
    for (const [argument, reason] of Object.entries(UNKNOWN_KEY_EXCEPTIONS)) {
      expect(argument).toMatch(/^[\w.]+#\d+$/);
      expect(argument.split('#')[0]! in TARGETS, argument).toBe(true);
      expect(reason.length).toBeGreaterThan(0);
    }
  });

  it(
    `the hostile cases, then well-typed and junk arguments, ${RUNS} runs each, unknown keys, and every hostile value (FC_SEED=${SEED})`,
    { timeout: 600_000 },
    async () => {
      const tasks = Object.keys(TARGETS).flatMap((name, i): Task[] =>
        (['typed', 'junk', 'unknown-key', 'hostile'] as const).map((mode) => ({
          name,
          mode,
          // The unknown keys go into the typed run's arguments (its first runs, same seed).
          seed: (SEED + i * 2 + (mode === 'junk' ? 1 : 0)) % 2 ** 31,
          numRuns: mode === 'unknown-key' ? UNKNOWN_KEY_RUNS : mode === 'hostile' ? HOSTILE_RUNS : RUNS,
          budgetMs: BUDGET_MS,
        })),
      );
      const cases = Object.keys(HOSTILE_CASES).map((name): Task => ({
        name,
        mode: 'case',
        seed: SEED,
        numRuns: 1,
        budgetMs: BUDGET_MS,
      }));
      const outcomes = await runAll([...cases, ...tasks]);
      const failures = outcomes
        .filter((o) => o.failure !== undefined)
        .map((o) => `${o.name} (${o.mode}): ${o.failure}`);
      expect(outcomes).toHaveLength(cases.length + tasks.length);
      expect(failures, `FC_SEED=${SEED}`).toEqual([]);
    },
  );
});
