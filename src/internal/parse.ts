/**
 * Reading JSON at the edge: one walk for what no schema can see (prototype-polluting keys, cycles, depth),
 * zod's issues turned into secmod's, and a collector that lists the first problems and counts them all.
 * `parseRegister`, `parseTimetable` and `parseEvents` share it.
 * @internal
 */
import { z } from 'zod';
import { MAX_LISTED_ISSUES, ParseError, type ParseIssue, type ParseIssueCode } from '../errors/parse-error.js';
import type { InputPath, SecmodErrorCode } from '../errors/secmod-error.js';
import { firstHole, isRevokedProxy } from './check.js';
import { compileSchema, NOT_PARSED, type Compiled } from './compiled.js';

/** Collects problems: the first ones in full, every one counted. */
export class Problems<I extends string> {
  readonly listed: ParseIssue<I>[] = [];
  readonly counts: Partial<Record<I, number>> = {};
  total = 0;
  add(issue: ParseIssue<I>): void {
    this.count(issue.code);
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
  }
  /** Counts a problem that is not listed (the list is full). */
  count(code: I): void {
    this.total++;
    this.counts[code] = (this.counts[code] ?? 0) + 1;
  }
  /** Whether the list is full: a further problem is only counted. */
  get full(): boolean {
    return this.listed.length >= MAX_LISTED_ISSUES;
  }
}

/** Keys that could pollute a prototype: refused anywhere in an input. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deepest nesting an input may have (the register's schema is 6 levels deep). */
const MAX_DEPTH = 64;

type WalkCode = 'forbidden-key' | 'circular' | 'too-deep' | 'schema';

/** JSON text (with or without a byte-order mark) parsed, or the value itself; `undefined` after a problem. */
export function jsonValue<I extends string>(
  json: unknown,
  problems: Problems<I | 'invalid-json'>,
): { value: unknown } | undefined {
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json) as unknown };
  } catch (error) {
    problems.add({
      code: 'invalid-json',
      severity: 'error',
      message: `not valid JSON: ${(error as Error).message.slice(0, 200)}`,
      path: [],
    });
    return undefined;
  }
}

/** A node the walk has still to visit, or an object it leaves: its path is kept as a link to its parent. */
interface Frame {
  readonly node: unknown;
  readonly parent: Frame | undefined;
  readonly key: string | number | undefined;
  readonly depth: number;
  /** Set on the frame that marks leaving `node`: it is off the path from then on. */
  readonly leaving: boolean;
}

/** The path of a frame, built only when a problem is reported. */
function pathOfFrame(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let f: Frame | undefined = frame; f !== undefined && f.key !== undefined; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Walks the whole value once, without recursion (so no depth can overflow the stack): keys that could
 * pollute a prototype, cycles (which JSON cannot hold) and nesting deeper than any input needs. Paths
 * are links to the parent, made into arrays only for a problem. Returns false when the value cannot be
 * checked further.
 */
export function walk<I extends string>(value: unknown, problems: Problems<I | WalkCode>): boolean {
  let sound = true;
  const onPath = new Set<object>();
  const stack: Frame[] = [{ node: value, parent: undefined, key: undefined, depth: 0, leaving: false }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const node = frame.node;
    // A revoked Proxy may be a function's: asked before the type, which lets functions by.
    if (isRevokedProxy(node)) {
      problems.add({
        code: 'schema',
        severity: 'error',
        message: 'a revoked Proxy: nothing of it can be read',
        path: pathOfFrame(frame),
      });
      sound = false;
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (frame.leaving) {
      onPath.delete(node);
      continue;
    }
    if (onPath.has(node)) {
      problems.add({
        code: 'circular',
        severity: 'error',
        message: 'the value refers back to itself, which JSON cannot hold',
        path: pathOfFrame(frame),
      });
      sound = false;
      continue;
    }
    if (frame.depth > MAX_DEPTH) {
      problems.add({
        code: 'too-deep',
        severity: 'error',
        message: `nested deeper than ${MAX_DEPTH} levels; no field is`,
        path: pathOfFrame(frame).slice(0, MAX_DEPTH),
      });
      sound = false;
      continue;
    }
    onPath.add(node);
    stack.push({ node, parent: frame.parent, key: frame.key, depth: frame.depth, leaving: true });
    const depth = frame.depth + 1;
    if (Array.isArray(node)) {
      // A hole would be skipped by a schema's or a loop's walk, and a lying length would never end one.
      const hole = firstHole(node);
      if (hole >= 0) {
        problems.add({
          code: 'schema',
          severity: 'error',
          message: 'a hole in a sparse array: every element must be given',
          path: [...pathOfFrame(frame), hole],
        });
        sound = false;
        continue;
      }
      for (let i = 0; i < node.length; i++) {
        const child: unknown = node[i];
        if ((typeof child === 'object' && child !== null) || typeof child === 'function')
          stack.push({ node: child, parent: frame, key: i, depth, leaving: false });
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.add({
          code: 'forbidden-key',
          severity: 'error',
          message: `the key ${JSON.stringify(key)} is not allowed anywhere in the input`,
          path: [...pathOfFrame(frame), key],
        });
        continue;
      }
      const child: unknown = (node as Record<string, unknown>)[key];
      if ((typeof child === 'object' && child !== null) || typeof child === 'function')
        stack.push({ node: child, parent: frame, key, depth, leaving: false });
    }
  }
  return sound;
}

/** zod's issue paths as secmod's (symbols named). */
export const pathOf = (prefix: InputPath, path: readonly PropertyKey[]): InputPath => [
  ...prefix,
  ...path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
];

/**
 * Where a zod issue is, under `prefix`: an object's one unknown key is blamed at its own path (several,
 * or only keys the walk reports, at the object's); `undefined` for an issue the walk has reported.
 */
export function issuePath(prefix: InputPath, issue: z.core.$ZodIssue): InputPath | undefined {
  const path = pathOf(prefix, issue.path);
  if (issue.code !== 'unrecognized_keys') return path;
  // A forbidden key is reported once, by the walk.
  const keys = issue.keys.filter((k) => !FORBIDDEN_KEYS.has(k));
  if (keys.length === 0) return undefined;
  return keys.length === 1 ? [...path, keys[0] as string] : path;
}

/** What a zod issue is in secmod's terms: an unknown milestone kind or event type, or any other schema problem. */
export type SchemaCode = 'schema' | 'unknown-milestone' | 'unknown-event-type';

/** Adds a zod error's issues to the problems, at their paths under `prefix`; returns their codes. */
export function addSchemaIssues<I extends string>(
  error: z.ZodError,
  prefix: InputPath,
  problems: Problems<I | SchemaCode>,
): SchemaCode[] {
  const codes: SchemaCode[] = [];
  for (const issue of error.issues) {
    const path = issuePath(prefix, issue);
    if (path === undefined) continue;
    const last = issue.path.at(-1);
    const code: SchemaCode =
      issue.code === 'invalid_union' && issue.discriminator === 'type' && issue.errors.length === 0
        ? 'unknown-event-type'
        : issue.code === 'invalid_value' &&
            (last === 'kind' || last === 'from' || last === 'milestone') &&
            issue.message.startsWith('unknown milestone kind')
          ? 'unknown-milestone'
          : 'schema';
    problems.add({ code, severity: 'error', message: issue.message, path });
    codes.push(code);
  }
  return codes;
}

/**
 * What an element is, for a schema of objects, when it is not an object: a schema of objects refuses
 * every value of such a kind in the same way (`null`, an array, a string...), whatever the value.
 */
const notAnObject = (value: unknown): string | undefined =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'object' ? undefined : typeof value;

/** Each schema compiled once, when first used (`null`: it cannot be compiled); one map per output mode. */
const COMPILED = new WeakMap<z.ZodType, Compiled<unknown> | null>();
const COMPILED_REUSING = new WeakMap<z.ZodType, Compiled<unknown> | null>();

/**
 * The schema compiled ({@link compileSchema}), or `undefined` when only zod can read it. With `reuse`, its
 * output shares the input where a copy would equal it: only for input no one else holds (`JSON.parse`'s).
 */
export function compiledOf<T>(schema: z.ZodType<T>, reuse = false): Compiled<T> | undefined {
  const cache = reuse ? COMPILED_REUSING : COMPILED;
  let compiled = cache.get(schema);
  if (compiled === undefined) {
    compiled = compileSchema(schema, { reuse }) ?? null;
    cache.set(schema, compiled);
  }
  return (compiled ?? undefined) as Compiled<T> | undefined;
}

/**
 * Reads elements one by one against a schema of objects (an object, or a union of objects), adding each
 * one's issues at its path: no issue is held past the listed ones, and once the list is full an element
 * that is not an object is counted as the first one of its kind was (null, a string, an array...), without
 * asking the schema again. So a list of a million nulls costs a million cheap tests, not a million issues.
 */
export class ElementReader<T, I extends string> {
  private readonly refusedAs = new Map<string, readonly SchemaCode[]>();
  private readonly fast: Compiled<T> | undefined;
  constructor(
    private readonly schema: z.ZodType<T>,
    private readonly problems: Problems<I | SchemaCode>,
  ) {
    this.fast = compiledOf(schema);
  }
  /** What the schema makes of the element, or `undefined` (its problems added at `[...prefix, index]`). */
  read(element: unknown, prefix: InputPath, index: number): T | undefined {
    // A valid element is read by the schema compiled (compiled.ts); any other is read by zod, which says why.
    if (this.fast !== undefined) {
      const parsed = this.fast(element);
      if (parsed !== NOT_PARSED) return parsed;
    }
    const kind = notAnObject(element);
    const known = kind === undefined ? undefined : this.refusedAs.get(kind);
    if (known !== undefined && this.problems.full) {
      for (const code of known) this.problems.count(code);
      return undefined;
    }
    const one = this.schema.safeParse(element);
    if (one.success) return one.data;
    const codes = addSchemaIssues(one.error, [...prefix, index], this.problems);
    if (kind !== undefined) this.refusedAs.set(kind, codes);
    return undefined;
  }
}

/**
 * Checks an array's elements one by one ({@link ElementReader}), at their paths under `prefix`; returns
 * what the schema makes of each, or `undefined` once any problem is found (then only counted on).
 * Cost is by the elements.
 */
export function parseElements<T, I extends string>(
  schema: z.ZodType<T>,
  elements: readonly unknown[],
  prefix: InputPath,
  problems: Problems<I | SchemaCode>,
): T[] | undefined {
  const reader = new ElementReader<T, I>(schema, problems);
  const before = problems.total;
  const out: T[] = [];
  for (let i = 0; i < elements.length; i++) {
    const one = reader.read(elements[i], prefix, i);
    if (problems.total === before) out.push(one as T);
  }
  return problems.total === before ? out : undefined;
}

/** Any array, its elements unread (`z.array(z.unknown())` would copy it), refused as zod refuses a non-array. */
export const anyArray = z.custom<unknown[]>((value) => Array.isArray(value), {
  error: (issue) =>
    `Invalid input: expected array, received ${issue.input === null ? 'null' : Array.isArray(issue.input) ? 'array' : typeof issue.input}`,
});

/**
 * The arrays of an object input that are read element by element ({@link parseElements}): the schema of
 * the object with each such array as `z.array(z.unknown())`, and the schema of each array's elements. The
 * object schema must be the header with those arrays' elements read by their schemas, nothing more.
 */
export interface ElementwiseArrays {
  readonly header: z.ZodType<Record<string, unknown>>;
  readonly elements: Readonly<Record<string, z.ZodType>>;
}

/**
 * Reads JSON text or a value with a schema at the edge: the walk, then the schema. Returns what the schema
 * makes of it, or throws a {@link ParseError} with `code` listing every problem, at its path under `prefix`.
 * With `arrays`, the object's long lists are read element by element (the header first, then each list),
 * so a list of a million bad elements costs by its elements and holds no issue past the listed ones.
 */
export function parseAtEdge<S extends z.ZodType, C extends SecmodErrorCode>(
  schema: S,
  json: unknown,
  code: C,
  what: string,
  prefix: InputPath = [],
  arrays?: ElementwiseArrays,
): z.output<S> {
  const problems = new Problems<ParseIssueCode>();
  const read = jsonValue(json, problems);
  if (read !== undefined && walk(read.value, problems)) {
    if (arrays === undefined) {
      const parsed = schema.safeParse(read.value);
      if (parsed.success && problems.total === 0) return parsed.data;
      if (!parsed.success) addSchemaIssues(parsed.error, prefix, problems);
    } else {
      const value = read.value;
      const header = arrays.header.safeParse(value);
      if (!header.success) addSchemaIssues(header.error, prefix, problems);
      const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
      const lists: Record<string, unknown[]> = {};
      for (const [key, element] of Object.entries(arrays.elements)) {
        const raw =
          object !== undefined && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
        const parsed = Array.isArray(raw) ? parseElements(element, raw, [...prefix, key], problems) : undefined;
        if (parsed !== undefined) lists[key] = parsed;
      }
      if (header.success && problems.total === 0) return { ...header.data, ...lists } as z.output<S>;
    }
  }
  throw new ParseError(code, what, problems.listed, problems.total, problems.counts);
}

/**
 * Reads JSON text or a value that is a list, element by element ({@link parseElements}), like
 * {@link parseAtEdge}: a list of a million bad elements costs by its elements and holds no issue past the
 * listed ones.
 */
export function parseListAtEdge<T, C extends SecmodErrorCode>(
  element: z.ZodType<T>,
  json: unknown,
  code: C,
  what: string,
): T[] {
  const problems = new Problems<ParseIssueCode>();
  const read = jsonValue(json, problems);
  if (read !== undefined && walk(read.value, problems)) {
    const list = anyArray.safeParse(read.value);
    if (!list.success) addSchemaIssues(list.error, [], problems);
    else {
      const parsed = parseElements(element, list.data, [], problems);
      if (parsed !== undefined && problems.total === 0) return parsed;
    }
  }
  throw new ParseError(code, what, problems.listed, problems.total, problems.counts);
}
