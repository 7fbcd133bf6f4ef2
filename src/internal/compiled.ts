/**
 * A zod schema run without zod's bookkeeping, for input that is valid. {@link compileSchema} makes, once, a
 * plain function from the schema's own definition: its types and shapes, and its checks, refinements and
 * transforms, each run by zod's own code. It returns what the schema's `safeParse` would return as `data`,
 * or {@link NOT_PARSED} at the first doubt, and never says why: the caller then asks zod, which says what
 * is wrong and where. So the schema stays the single source of the type, of what is valid and of every
 * message; this only spares a valid record the payload and issue list zod makes for every field, which
 * were half the time of reading a register.
 *
 * Only the kinds of schema secmod's schemas use are compiled (objects, strict or not; arrays; strings,
 * numbers, booleans, enums and literals; optional; unions, discriminated or not; pipes, transforms and
 * custom checks). A schema with any other kind, or with anything this cannot run exactly as zod does
 * (coercion, defaults, symbol keys, an asynchronous check), is not compiled at all: `compileSchema`
 * returns `undefined` and the caller uses zod alone.
 * @internal
 */
import type { z } from 'zod';

/** What a compiled schema returns for a value it cannot vouch for: ask zod. */
export const NOT_PARSED: unique symbol = Symbol('not parsed');

/** A compiled schema: the parsed value, or {@link NOT_PARSED}. */
export type Compiled<T> = (value: unknown) => T | typeof NOT_PARSED;

type Run = (value: unknown) => unknown;

/** What zod gives a check or a transform to write into. */
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** The parts of a zod schema's internals this reads (zod 4's `_zod`). */
interface Internals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly unknown[];
    readonly coerce?: boolean;
    readonly shape?: Record<string, unknown>;
    readonly catchall?: unknown;
    readonly element?: unknown;
    readonly innerType?: unknown;
    readonly options?: readonly unknown[];
    readonly discriminator?: string;
    readonly unionFallback?: boolean;
    readonly inclusive?: boolean;
    readonly in?: unknown;
    readonly out?: unknown;
    readonly when?: (payload: Payload) => boolean;
    readonly transform?: (value: unknown, payload: Payload) => unknown;
  };
  readonly traits: ReadonlySet<string>;
  readonly optin?: 'optional' | 'defaulted';
  readonly optout?: 'optional';
  readonly values?: ReadonlySet<unknown>;
  readonly propValues?: Record<string, ReadonlySet<unknown>>;
  check?(payload: Payload): unknown;
}

const internals = (schema: unknown): Internals => (schema as { _zod: Internals })._zod;

/** Thrown while compiling a schema this does not run exactly as zod does. */
const UNSUPPORTED = Symbol('unsupported');

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a compiled schema makes its output. */
export interface CompileOptions {
  /**
   * Return an input object or array itself, not a copy, where the copy would be equal to it: the same
   * values, keys in the schema's order, no key dropped. Only for input no one else holds (what
   * `JSON.parse` made from a caller's text): the output then shares it. A value that is not a plain
   * object or array is left to zod, and a schema with an object that drops unknown keys is not compiled.
   */
  readonly reuse?: boolean;
}

/** What compiling one schema shares: each schema's function, made once, and the output mode. */
interface Compiling {
  readonly done: Map<unknown, Run>;
  readonly reuse: boolean;
}

/**
 * The schema as a plain function (see the module's description), or `undefined` when it has a kind of
 * schema this does not compile.
 */
export function compileSchema<T>(schema: z.ZodType<T>, options: CompileOptions = {}): Compiled<T> | undefined {
  try {
    return compile(schema, { done: new Map(), reuse: options.reuse === true }) as Compiled<T>;
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

/** A schema's checks as zod runs them: the schema itself first when it is a check (`z.custom`), then its own. */
function checksOf(zod: Internals, schema: unknown): Internals[] {
  const own = (zod.def.checks ?? []).map(internals);
  return zod.traits.has('$ZodCheck') ? [internals(schema), ...own] : own;
}

/**
 * One payload for every run of a check or a transform, emptied before each: what zod would allocate per
 * value. A check or transform runs to its end before the next one starts (a schema that could re-enter
 * itself, `z.lazy`, is not compiled), and its issues are only counted.
 */
function reusablePayload(): Payload {
  const payload = {
    value: undefined as unknown,
    issues: [] as unknown[],
    // As zod's transforms and refinements have it: any issue means NOT_PARSED, so its shape does not matter.
    addIssue(issue: unknown): void {
      payload.issues.push(issue);
    },
  };
  return payload;
}

/** The payload emptied and holding `value`. */
function reset(payload: Payload, value: unknown): Payload {
  payload.value = value;
  if (payload.issues.length > 0) payload.issues = [];
  return payload;
}

/** The payload's value, the payload left holding none (it outlives the run: no input stays reachable by it). */
function released(payload: Payload): unknown {
  const value = payload.value;
  payload.value = undefined;
  return value;
}

/** Runs checks on a value that has its type: the value (a check may overwrite it), or NOT_PARSED at the first issue. */
function withChecks(run: Run, checks: readonly Internals[]): Run {
  if (checks.length === 0) return run;
  for (const c of checks) if (typeof c.check !== 'function') throw UNSUPPORTED;
  const reused = reusablePayload();
  return (value) => {
    const typed = run(value);
    if (typed === NOT_PARSED) return NOT_PARSED;
    const payload = reset(reused, typed);
    for (const c of checks) {
      const when = c.def.when;
      if (when !== undefined && !when(payload)) continue;
      if ((c.check as (p: Payload) => unknown)(payload) instanceof Promise) return NOT_PARSED;
      if (payload.issues.length > 0) return NOT_PARSED;
    }
    return released(payload);
  };
}

function compile(schema: unknown, c: Compiling): Run {
  const known = c.done.get(schema);
  if (known !== undefined) return known;
  const zod = internals(schema);
  if (zod.def.coerce === true) throw UNSUPPORTED;
  const run = withChecks(typeRun(zod, c), checksOf(zod, schema));
  c.done.set(schema, run);
  return run;
}

/** The type's own parse, without its checks. */
function typeRun(zod: Internals, c: Compiling): Run {
  const def = zod.def;
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : NOT_PARSED);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : NOT_PARSED);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : NOT_PARSED);
    case 'enum':
    case 'literal': {
      const values = zod.values;
      if (values === undefined) throw UNSUPPORTED;
      return (v) => (values.has(v) ? v : NOT_PARSED);
    }
    case 'never':
      return () => NOT_PARSED;
    case 'custom':
      // Its check is the whole of it (run by withChecks).
      return (v) => v;
    case 'optional': {
      // `exactOptional` refuses an undefined value that `optional` takes.
      if (zod.traits.has('$ZodExactOptional')) throw UNSUPPORTED;
      const inner = internals(def.innerType);
      if (inner.optin === 'defaulted') throw UNSUPPORTED;
      const run = compile(def.innerType, c);
      return (v) => (v === undefined ? undefined : run(v));
    }
    case 'array': {
      const element = compile(def.element, c);
      const reuse = c.reuse;
      return (v) => {
        if (!Array.isArray(v)) return NOT_PARSED;
        // Reusing takes plain arrays only (JSON.parse makes no other): anything else is for zod.
        if (reuse && Object.getPrototypeOf(v) !== Array.prototype) return NOT_PARSED;
        const input: readonly unknown[] = v;
        // Reusing: no copy until an element's output is not the element itself.
        let out: unknown[] | undefined = reuse ? undefined : new Array<unknown>(input.length);
        for (let i = 0; i < input.length; i++) {
          const r = element(input[i]);
          if (r === NOT_PARSED) return NOT_PARSED;
          if (out === undefined) {
            if (r === input[i] && i in input) continue;
            out = input.slice(0, i);
          }
          out[i] = r;
        }
        return out ?? input;
      };
    }
    case 'object':
      return objectRun(zod, c);
    case 'union':
      return unionRun(zod, c);
    case 'pipe': {
      // A codec is a pipe with a transform of its own between its ends.
      if (zod.traits.has('$ZodCodec')) throw UNSUPPORTED;
      const left = compile(def.in, c);
      const right = compile(def.out, c);
      return (v) => {
        const l = left(v);
        return l === NOT_PARSED ? NOT_PARSED : right(l);
      };
    }
    case 'transform': {
      // The transform as zod's runs it, `(value, payload)`: an issue it adds (a refused value) means NOT_PARSED.
      const transform = def.transform;
      if (typeof transform !== 'function') throw UNSUPPORTED;
      const reused = reusablePayload();
      return (v) => {
        const payload = reset(reused, v);
        const out = transform(v, payload);
        released(payload);
        return out instanceof Promise || payload.issues.length > 0 ? NOT_PARSED : out;
      };
    }
    default:
      throw UNSUPPORTED;
  }
}

/**
 * An object as zod's own object parse makes it: a new object with the shape's keys in the shape's order
 * (an optional key only when present), every unknown key refused by a strict object and dropped by any
 * other, and no issue at all.
 */
function objectRun(zod: Internals, c: Compiling): Run {
  const def = zod.def;
  const shape = def.shape ?? {};
  if (Object.getOwnPropertySymbols(shape).length > 0) throw UNSUPPORTED;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) throw UNSUPPORTED;
  const strict = def.catchall !== undefined;
  if (strict && internals(def.catchall).def.type !== 'never') throw UNSUPPORTED;
  // Reusing is for JSON.parse's objects read without the walk, which rests on every object refusing an
  // unknown key (`__proto__` and `constructor` among them): an object that drops unknown keys is not compiled.
  if (c.reuse && !strict) throw UNSUPPORTED;
  const position = new Map(keys.map((key, i) => [key, i]));
  const fields = keys.map((key) => {
    const child = internals(shape[key]);
    if (child.optin === 'defaulted') throw UNSUPPORTED;
    return {
      key,
      run: compile(shape[key], c),
      // Absent is allowed (and stays absent) for an optional key; any other key must be there.
      optional: child.optin === 'optional' && child.optout === 'optional',
      // A key zod keeps even when its value is undefined (a transform's).
      optionalIn: child.optin === 'optional',
    };
  });
  const reuse = c.reuse;
  return (v) => {
    if (!isObject(v)) return NOT_PARSED;
    // Reusing takes plain objects only (JSON.parse makes no other): anything else is for zod.
    if (reuse && Object.getPrototypeOf(v) !== Object.prototype) return NOT_PARSED;
    // Reusing: no copy while every field is present and its output is its input.
    let out: Record<string, unknown> | undefined = reuse ? undefined : {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as (typeof fields)[number];
      const present = f.key in v;
      if (f.optional && !present) continue;
      if (!present && !f.optionalIn) return NOT_PARSED;
      const value = v[f.key];
      const r = f.run(value);
      if (r === NOT_PARSED) return NOT_PARSED;
      if (out === undefined) {
        if (present && r === value) continue;
        out = copyOf(v, fields, i);
      }
      // An absent key stays absent unless its schema makes a value of nothing (a transform's).
      if (present || r !== undefined) out[f.key] = r;
    }
    if (out !== undefined && !strict) return out;
    // Every key known (a strict object), and in the shape's order for the input to be its own output.
    let last = -1;
    let ordered = true;
    for (const key in v) {
      const at = position.get(key);
      if (at === undefined) {
        if (strict) return NOT_PARSED;
        ordered = false; // a key the output drops
      } else if (at < last) ordered = false;
      else last = at;
    }
    if (out !== undefined) return out;
    return ordered ? v : copyOf(v, fields, fields.length);
  };
}

/** A new object with the fields before `end` that `v` has, each its own value, in the shape's order. */
function copyOf(
  v: Record<string, unknown>,
  fields: readonly { readonly key: string }[],
  end: number,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < end; j++) {
    const key = (fields[j] as { key: string }).key;
    if (key in v) out[key] = v[key];
  }
  return out;
}

/** A union: the first option that takes the value, or for a discriminated union the option its tag names. */
function unionRun(zod: Internals, c: Compiling): Run {
  const def = zod.def;
  // `z.xor` (an exclusive union) refuses a value two options take.
  if (zod.traits.has('$ZodXor') || (def.inclusive === false && def.discriminator === undefined)) throw UNSUPPORTED;
  const options = (def.options ?? []).map((o) => compile(o, c));
  if (def.discriminator === undefined) {
    return (v) => {
      for (const option of options) {
        const r = option(v);
        if (r !== NOT_PARSED) return r;
      }
      return NOT_PARSED;
    };
  }
  if (def.unionFallback === true) throw UNSUPPORTED;
  const tag = def.discriminator;
  const byTag = new Map<unknown, Run>();
  (def.options ?? []).forEach((o, i) => {
    const values = internals(o).propValues?.[tag];
    if (values === undefined || values.size === 0) throw UNSUPPORTED;
    for (const value of values) {
      // A tag two options claim (or that may be absent): zod would refuse the schema or the value.
      if (value === undefined || byTag.has(value)) throw UNSUPPORTED;
      byTag.set(value, options[i] as Run);
    }
  });
  return (v) => {
    if (!isObject(v)) return NOT_PARSED;
    const option = byTag.get(v[tag]);
    return option === undefined ? NOT_PARSED : option(v);
  };
}
