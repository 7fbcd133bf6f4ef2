import type { Issue } from '../errors/issue.js';
import { SecmodError, isSecmodError, type InputPath } from '../errors/secmod-error.js';
import { checkedOnce } from '../internal/check.js';
import { initialState } from '../lifecycle/initial-state.js';
import { replay } from '../lifecycle/replay.js';
import type { LifecycleEvent } from '../lifecycle/types.js';
import { modificationSchema, registerHeaderSchema, type Modification, type Register } from './schema.js';

/** The codes of the problems {@link parseRegister} reports. */
export type RegisterIssueCode =
  'invalid-json' | 'forbidden-key' | 'circular' | 'too-deep' | 'schema' | 'duplicate-id' | 'history-refused';

/** At most this many problems are listed one by one; the rest are counted by code. */
export const MAX_LISTED_ISSUES = 100;
/** Deepest nesting a register may have (the schema itself is 6 levels deep). */
const MAX_DEPTH = 64;

/**
 * A register that cannot be used. `issues` lists the first {@link MAX_LISTED_ISSUES} problems with their
 * paths into the register (schema problems first, then refused histories); `total` and `counts` (by
 * code) cover every problem found. The error's own `path` is the first problem's (`['json']` when the
 * whole input is at fault).
 */
export class RegisterError extends SecmodError<'invalid-register'> {
  readonly issues: readonly Issue<RegisterIssueCode>[];
  /** Every problem found, listed or not. */
  readonly total: number;
  /** Every problem found, by code. */
  readonly counts: Readonly<Partial<Record<RegisterIssueCode, number>>>;
  constructor(
    issues: readonly Issue<RegisterIssueCode>[],
    total = issues.length,
    counts?: Partial<Record<RegisterIssueCode, number>>,
  ) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const byCode = counts ?? countByCode(issues);
    const shown = listed
      .slice(0, 25)
      .map((i) => `- ${i.path.length === 0 ? '(register)' : i.path.join('.')}: ${i.message}`);
    const more =
      total > shown.length
        ? [
            `- ... and ${total - shown.length} more (${Object.entries(byCode)
              .map(([c, n]) => `${c}: ${n}`)
              .join(', ')})`,
          ]
        : [];
    super('invalid-register', `invalid register: ${total} problem(s)\n${[...shown, ...more].join('\n')}`, {
      path: listed[0] !== undefined && listed[0].path.length > 0 ? listed[0].path : ['json'],
    });
    this.issues = listed;
    this.total = total;
    this.counts = byCode;
  }
}

function countByCode(issues: readonly Issue<RegisterIssueCode>[]): Partial<Record<RegisterIssueCode, number>> {
  const counts: Partial<Record<RegisterIssueCode, number>> = {};
  for (const i of issues) counts[i.code] = (counts[i.code] ?? 0) + 1;
  return counts;
}

/** Collects problems: the first ones in full, every one counted. */
class Problems {
  readonly listed: Issue<RegisterIssueCode>[] = [];
  readonly counts: Partial<Record<RegisterIssueCode, number>> = {};
  total = 0;
  add(issue: Issue<RegisterIssueCode>): void {
    this.total++;
    this.counts[issue.code] = (this.counts[issue.code] ?? 0) + 1;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push(issue);
  }
  error(): RegisterError {
    return new RegisterError(this.listed, this.total, this.counts);
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Walks the whole value once, without recursion (so no depth can overflow the stack): keys that could
 * pollute a prototype, cycles (which JSON cannot hold) and nesting deeper than any register needs.
 * Returns false when the value cannot be checked further.
 */
function walk(value: unknown, problems: Problems): boolean {
  let sound = true;
  const onPath = new Set<object>();
  const stack: { node: unknown; path: InputPath; exit?: object }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path, exit } = stack.pop() as (typeof stack)[number];
    if (exit !== undefined) {
      onPath.delete(exit);
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (onPath.has(node)) {
      problems.add({
        code: 'circular',
        severity: 'error',
        message: 'the value refers back to itself, which JSON cannot hold',
        path,
      });
      sound = false;
      continue;
    }
    if (path.length > MAX_DEPTH) {
      problems.add({
        code: 'too-deep',
        severity: 'error',
        message: `nested deeper than ${MAX_DEPTH} levels; no register field is`,
        path: path.slice(0, MAX_DEPTH),
      });
      sound = false;
      continue;
    }
    onPath.add(node);
    stack.push({ node: undefined, path, exit: node });
    const keys = Array.isArray(node) ? node.keys() : Object.keys(node);
    for (const key of keys) {
      if (typeof key === 'string' && FORBIDDEN.has(key)) {
        problems.add({
          code: 'forbidden-key',
          severity: 'error',
          message: `the key ${JSON.stringify(key)} is not allowed anywhere in a register`,
          path: [...path, key],
        });
        continue;
      }
      stack.push({ node: (node as Record<string | number, unknown>)[key], path: [...path, key] });
    }
  }
  return sound;
}

/** zod's issue paths as secmod's (symbols named). */
const pathOf = (prefix: InputPath, path: readonly PropertyKey[]): InputPath => [
  ...prefix,
  ...path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
];

/** What {@link parseRegister} returned (registers and their records): later functions need not check it again. */
const PARSED = checkedOnce();

/**
 * Parses and checks a register (JSON text, with or without a byte-order mark, or an already parsed
 * value): its schema, unique ids, no prototype-polluting keys, no cycles, and every history replayed
 * through `secmod/lifecycle`. Returns a typed register (a new object: the input is not mutated) or
 * throws a {@link RegisterError} listing the problems with their paths: every one, up to
 * {@link MAX_LISTED_ISSUES}, then a count by code. Each record is checked on its own, so a record that
 * passes has its history replayed even when another record fails.
 *
 * Cost is linear in the register's size: about 20 µs per proposal of the example register (histories
 * replayed) and 14 µs per invalid record (`docs/register-and-report.md` has the figures).
 *
 * @throws {RegisterError} code `invalid-register`.
 * @example
 * const register = parseRegister(readFileSync('examples/register-2017-10.json', 'utf8'));
 */
export function parseRegister(json: unknown): Register {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json) as unknown;
    } catch (error) {
      throw new RegisterError([
        {
          code: 'invalid-json',
          severity: 'error',
          message: `not valid JSON: ${(error as Error).message.slice(0, 200)}`,
          path: [],
        },
      ]);
    }
  }
  const problems = new Problems();
  if (!walk(value, problems)) throw problems.error();
  const header = registerHeaderSchema.safeParse(value);
  if (!header.success) {
    for (const i of header.error.issues) {
      if (i.code === 'unrecognized_keys' && i.keys.every((k) => FORBIDDEN.has(k))) continue;
      problems.add({ code: 'schema', severity: 'error', message: i.message, path: pathOf([], i.path) });
    }
  }
  const raw = (value as { proposals?: unknown } | null)?.proposals;
  const records: (Modification | undefined)[] = [];
  const seen = new Map<string, number>();
  (Array.isArray(raw) ? raw : []).forEach((input: unknown, i) => {
    const one = modificationSchema.safeParse(input);
    if (one.success) records.push(one.data);
    else {
      records.push(undefined);
      for (const issue of one.error.issues) {
        if (issue.code === 'unrecognized_keys' && issue.keys.every((k) => FORBIDDEN.has(k))) continue;
        problems.add({
          code: 'schema',
          severity: 'error',
          message: issue.message,
          path: pathOf(['proposals', i], issue.path),
        });
      }
    }
    // Duplicate ids, read from the raw record so they are reported beside schema problems.
    const id = (input as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined)
      problems.add({
        code: 'duplicate-id',
        severity: 'error',
        message: `${id} is already proposals.${first}`,
        path: ['proposals', i, 'id'],
      });
    else seen.set(id, i);
  });
  // Every history that can be replayed is, so one error lists the schema problems and then every
  // refused history.
  records.forEach((p, i) => {
    if (p === undefined || p.history === undefined || p.raisedOn === undefined || p.path === undefined) return;
    let init;
    try {
      init = initialState({
        id: p.id,
        path: p.path,
        raisedOn: p.raisedOn,
        urgent: p.urgent === true,
        ...(p.alternativeOf === undefined ? {} : { alternativeOf: p.alternativeOf }),
      });
    } catch (error) {
      if (!isSecmodError(error)) throw error;
      problems.add({
        code: 'history-refused',
        severity: 'error',
        message: `${p.id}: ${error.code}: ${error.message}`,
        path: ['proposals', i, ...error.path],
      });
      return;
    }
    const result = replay(init, p.history as readonly LifecycleEvent[]);
    if (!result.ok) {
      problems.add({
        code: 'history-refused',
        severity: 'error',
        message: `${result.error.code}: ${result.error.message}`,
        path: ['proposals', i, 'history', ...result.error.path.slice(1)],
        ...(result.error.source === undefined ? {} : { source: result.error.source }),
      });
    }
  });
  if (problems.total > 0 || !header.success) throw problems.error();
  const proposals = records as Modification[];
  for (const p of proposals) PARSED.add(p);
  return PARSED.add({ ...header.data, proposals });
}

/**
 * @internal The register argument of a function downstream of {@link parseRegister}: a register it
 * returned passes as is; anything else (built by hand, read without it) is parsed, and so checked, now.
 */
export function checkedRegister(value: unknown): Register {
  return PARSED.has(value) ? (value as Register) : parseRegister(value);
}

/** @internal One record argument: a record of a parsed register as is, anything else checked by its schema. */
export function checkedRecord(value: unknown, path: InputPath = ['record']): Modification {
  if (PARSED.has(value)) return value as Modification;
  const one = modificationSchema.safeParse(value);
  if (one.success) return one.data;
  const first = one.error.issues[0];
  const where = first === undefined ? path : pathOf(path, first.path);
  throw new SecmodError(
    'invalid-argument',
    `invalid argument ${where.join('.')}: ${first?.message ?? 'not a register record'} (${one.error.issues.length} problem(s); parseRegister lists them all)`,
    { path: where },
  );
}
