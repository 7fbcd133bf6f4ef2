import type { Issue } from '../errors/issue.js';
import { SecmodError, isSecmodError, type InputPath } from '../errors/secmod-error.js';
import { initialState } from '../lifecycle/initial-state.js';
import { replay } from '../lifecycle/replay.js';
import type { LifecycleEvent } from '../lifecycle/types.js';
import { modificationSchema, registerSchema, type Modification, type Register } from './schema.js';

/** The codes of the problems {@link parseRegister} reports. */
export type RegisterIssueCode = 'invalid-json' | 'forbidden-key' | 'schema' | 'duplicate-id' | 'history-refused';

/**
 * A register that cannot be used: `issues` lists every problem with its path into the register; the
 * error's own `path` is the first problem's (`['json']` when the whole input is at fault).
 */
export class RegisterError extends SecmodError<'invalid-register'> {
  readonly issues: readonly Issue<RegisterIssueCode>[];
  constructor(issues: readonly Issue<RegisterIssueCode>[]) {
    const shown = issues.slice(0, 25).map((i) => `- ${i.path.length === 0 ? '(register)' : i.path.join('.')}: ${i.message}`);
    const more = issues.length > 25 ? [`- ... and ${issues.length - 25} more`] : [];
    super('invalid-register', `invalid register: ${issues.length} problem(s)\n${[...shown, ...more].join('\n')}`, { path: issues[0] !== undefined && issues[0].path.length > 0 ? issues[0].path : ['json'] });
    this.issues = issues;
  }
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function forbiddenKeys(value: unknown, path: InputPath, out: Issue<RegisterIssueCode>[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => forbiddenKeys(v, [...path, i], out));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) out.push({ code: 'forbidden-key', severity: 'error', message: `the key ${JSON.stringify(key)} is not allowed anywhere in a register`, path: [...path, key] });
      else forbiddenKeys((value as Record<string, unknown>)[key], [...path, key], out);
    }
  }
}

/**
 * Parses and checks a register (JSON text or an already parsed value): its schema, unique ids, no
 * prototype-polluting keys, and every history replayed through `secmod/lifecycle`. Returns a typed
 * register (a new object: the input is not mutated) or throws a {@link RegisterError} listing **every**
 * problem with its path, not only the first.
 *
 * @throws {RegisterError} code `invalid-register`.
 * @example
 * const register = parseRegister(readFileSync('examples/register-2017-10.json', 'utf8'));
 */
export function parseRegister(json: unknown): Register {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json) as unknown;
    } catch (error) {
      throw new RegisterError([{ code: 'invalid-json', severity: 'error', message: `not valid JSON: ${(error as Error).message}`, path: [] }]);
    }
  }
  const issues: Issue<RegisterIssueCode>[] = [];
  forbiddenKeys(value, [], issues);
  const parsed = registerSchema.safeParse(value);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      if (i.code === 'unrecognized_keys' && i.keys.every((k) => FORBIDDEN.has(k))) continue;
      issues.push({ code: 'schema', severity: 'error', message: i.message, path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) });
    }
  }
  // Duplicate ids, read from the raw input so they are reported beside schema problems.
  const raw = (value as { proposals?: unknown } | null)?.proposals;
  const seen = new Map<string, number>();
  (Array.isArray(raw) ? raw : []).forEach((p: unknown, i) => {
    const id = (p as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) issues.push({ code: 'duplicate-id', severity: 'error', message: `${id} is already proposals.${first}`, path: ['proposals', i, 'id'] });
    else seen.set(id, i);
  });
  // Every history that can be replayed is: a record that passes its own schema is replayed even when
  // another record fails, so one error lists the schema problems and then every refused history.
  const records = parsed.success ? parsed.data.proposals : validRecords(raw, issues);
  records.forEach((p, i) => {
    if (p === undefined || p.history === undefined || p.raisedOn === undefined || p.path === undefined) return;
    let init;
    try {
      init = initialState({ id: p.id, path: p.path, raisedOn: p.raisedOn, urgent: p.urgent === true, ...(p.alternativeOf === undefined ? {} : { alternativeOf: p.alternativeOf }) });
    } catch (error) {
      if (!isSecmodError(error)) throw error;
      issues.push({ code: 'history-refused', severity: 'error', message: `${p.id}: ${error.code}: ${error.message}`, path: ['proposals', i, ...error.path] });
      return;
    }
    const result = replay(init, p.history as readonly LifecycleEvent[]);
    if (!result.ok) {
      issues.push({ code: 'history-refused', severity: 'error', message: `${result.error.code}: ${result.error.message}`, path: ['proposals', i, 'history', ...result.error.path.slice(1)], ...(result.error.source === undefined ? {} : { source: result.error.source }) });
    }
  });
  if (issues.length > 0 || !parsed.success) throw new RegisterError(issues);
  return parsed.data;
}

/** The records of a register that failed its schema which pass their own (by index; `undefined` for the others). */
function validRecords(raw: unknown, issues: readonly Issue<RegisterIssueCode>[]): readonly (Modification | undefined)[] {
  if (!Array.isArray(raw)) return [];
  const failed = new Set(issues.filter((i) => i.path[0] === 'proposals' && typeof i.path[1] === 'number').map((i) => i.path[1]));
  return raw.map((record: unknown, i) => {
    if (failed.has(i)) return undefined;
    const one = modificationSchema.safeParse(record);
    return one.success ? one.data : undefined;
  });
}
