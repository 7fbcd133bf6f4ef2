/**
 * Reading JSON at the edge: one walk for what no schema can see (prototype-polluting keys, cycles, depth),
 * zod's issues turned into secmod's, and a collector that lists the first problems and counts them all.
 * `parseRegister`, `parseTimetable` and `parseEvents` share it.
 * @internal
 */
import type { z } from 'zod';
import { MAX_LISTED_ISSUES, ParseError, type ParseIssue, type ParseIssueCode } from '../errors/parse-error.js';
import type { InputPath, SecmodErrorCode } from '../errors/secmod-error.js';
import { firstHole, isRevokedProxy } from './check.js';

/** Collects problems: the first ones in full, every one counted. */
export class Problems<I extends string> {
  readonly listed: ParseIssue<I>[] = [];
  readonly counts: Partial<Record<I, number>> = {};
  total = 0;
  add(issue: ParseIssue<I>): void {
    this.total++;
    this.counts[issue.code] = (this.counts[issue.code] ?? 0) + 1;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
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
    if (typeof node !== 'object' || node === null) continue;
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
        if (typeof child === 'object' && child !== null)
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
      if (typeof child === 'object' && child !== null)
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

/** Adds a zod error's issues to the problems, at their paths under `prefix`. */
export function addSchemaIssues<I extends string>(
  error: z.ZodError,
  prefix: InputPath,
  problems: Problems<I | SchemaCode>,
): void {
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
  }
}

/**
 * Reads JSON text or a value with a schema at the edge: the walk, then the schema. Returns what the schema
 * makes of it, or throws a {@link ParseError} with `code` listing every problem, at its path under `prefix`.
 */
export function parseAtEdge<S extends z.ZodType, C extends SecmodErrorCode>(
  schema: S,
  json: unknown,
  code: C,
  what: string,
  prefix: InputPath = [],
): z.output<S> {
  const problems = new Problems<ParseIssueCode>();
  const read = jsonValue(json, problems);
  if (read !== undefined && walk(read.value, problems)) {
    const parsed = schema.safeParse(read.value);
    if (parsed.success && problems.total === 0) return parsed.data;
    if (!parsed.success) addSchemaIssues(parsed.error, prefix, problems);
  }
  throw new ParseError(code, what, problems.listed, problems.total, problems.counts);
}
