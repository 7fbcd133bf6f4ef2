import { MAX_LISTED_ISSUES, ParseError, type ParseIssue, type ParseIssueCode } from '../errors/parse-error.js';
import { SecmodError, isSecmodError, type InputPath } from '../errors/secmod-error.js';
import { checkedOnce, pathText } from '../internal/check.js';
import { NOT_PARSED } from '../internal/compiled.js';
import { addSchemaIssues, compiledOf, ElementReader, issuePath, jsonValue, Problems, walk } from '../internal/parse.js';
import type { z } from 'zod';
import { initialState } from '../lifecycle/initial-state.js';
import { replay } from '../lifecycle/replay.js';
import { modificationSchema, registerHeaderSchema, type Modification, type Register } from './schema.js';

/** The codes of the problems {@link parseRegister} reports. */
export type RegisterIssueCode = ParseIssueCode | 'duplicate-id' | 'history-refused';

export { MAX_LISTED_ISSUES };

/**
 * A register that cannot be used. `issues` lists the first {@link MAX_LISTED_ISSUES} problems with their
 * paths into the register (schema problems first, then refused histories); `total` and `counts` (by
 * code) cover every problem found. The error's own `path` is the first problem's (`['json']` when the
 * whole input is at fault).
 */
export class RegisterError extends ParseError<'invalid-register', RegisterIssueCode> {
  constructor(
    issues: readonly ParseIssue<RegisterIssueCode>[],
    total?: number,
    counts?: Partial<Record<RegisterIssueCode, number>>,
  ) {
    super('invalid-register', 'register', issues, total, counts);
  }
}

const PROPOSALS: InputPath = ['proposals'];

/** What {@link parseRegister} returned: later functions need not check it again. One set per kind. */
const REGISTERS = checkedOnce();
const RECORDS = checkedOnce();

/**
 * Parses and checks a register (JSON text, with or without a byte-order mark, or an already parsed
 * value): its schema, unique ids, no prototype-polluting keys, no cycles, and every history replayed
 * through `secmod/lifecycle`. Returns a typed register (a new object: the input is not mutated) or
 * throws a {@link RegisterError} listing the problems with their paths: every one, up to
 * {@link MAX_LISTED_ISSUES}, then a count by code. Each record is checked on its own, so a record that
 * passes has its history replayed even when another record fails. An unknown milestone kind or event
 * type is reported as such (`unknown-milestone`, `unknown-event-type`), with the nearest known name.
 *
 * Cost is linear in the register's size (`docs/register-and-report.md` has the figures).
 *
 * @throws {RegisterError} code `invalid-register`.
 * @example
 * const register = parseRegister(readFileSync('examples/register-2017-10.json', 'utf8'));
 */
export function parseRegister(json: unknown): Register {
  const problems = new Problems<RegisterIssueCode>();
  const read = jsonValue(json, problems);
  if (read === undefined) throw failed(problems);
  // JSON text holds no cycle, Proxy or sparse array, and every object of a register is strict (an unknown
  // key refuses it, `__proto__` among them) and nests no deeper than its schema: a register read from
  // text that the compiled schemas take whole needs no walk. Anything else goes the full way, which
  // lists every problem.
  if (typeof json === 'string') {
    const register = readWhole(read.value);
    if (register !== undefined) return register;
  }
  if (!walk(read.value, problems)) throw failed(problems);
  const value = read.value;
  const header = registerHeaderSchema.safeParse(value);
  if (!header.success) addSchemaIssues(header.error, [], problems);
  const raw = (value as { proposals?: unknown } | null)?.proposals;
  const records: (Modification | undefined)[] = [];
  const seen = new Map<string, number>();
  // Record by record, so a million bad records hold no issue past the listed ones.
  const reader = new ElementReader<Modification, RegisterIssueCode>(modificationSchema, problems);
  (Array.isArray(raw) ? raw : []).forEach((input: unknown, i) => {
    records.push(reader.read(input, PROPOSALS, i));
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
    const refused = p === undefined ? undefined : historyRefused(p, i);
    if (refused !== undefined) problems.add(refused);
  });
  if (problems.total > 0 || !header.success) throw failed(problems);
  return accepted(
    header.data,
    records.filter((p): p is Modification => p !== undefined),
  );
}

/**
 * The register, when its header and every record pass their compiled schemas, no id is given twice and
 * every history replays; otherwise `undefined`, and `parseRegister` reads it the full way.
 */
function readWhole(value: unknown): Register | undefined {
  // The value is JSON.parse's, no one else's: the register may share it where a copy would be equal.
  const header = compiledOf(registerHeaderSchema, true)?.(value);
  const record = compiledOf(modificationSchema, true);
  if (header === undefined || header === NOT_PARSED || record === undefined) return undefined;
  const raw = header.proposals;
  const proposals: Modification[] = new Array<Modification>(raw.length);
  const ids = new Set<string>();
  for (let i = 0; i < raw.length; i++) {
    const p = record(raw[i]);
    if (p === NOT_PARSED || ids.has(p.id) || historyRefused(p, i) !== undefined) return undefined;
    ids.add(p.id);
    proposals[i] = p;
  }
  return accepted(header, proposals);
}

/** A register parseRegister accepts: its records and itself remembered as checked. */
function accepted(header: z.output<typeof registerHeaderSchema>, proposals: Modification[]): Register {
  for (const p of proposals) RECORDS.add(p);
  return REGISTERS.add({ ...header, proposals });
}

/** The record's history replayed from its initial state: the problem, if it is refused. */
function historyRefused(p: Modification, i: number): ParseIssue<RegisterIssueCode> | undefined {
  if (p.history === undefined || p.raisedOn === undefined || p.path === undefined) return undefined;
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
    return {
      code: 'history-refused',
      severity: 'error',
      message: `${p.id}: ${error.code}: ${error.message}`,
      path: ['proposals', i, ...error.path],
    };
  }
  const result = replay(init, p.history);
  if (result.ok) return undefined;
  return {
    code: 'history-refused',
    severity: 'error',
    message: `${result.error.code}: ${result.error.message}`,
    path: ['proposals', i, 'history', ...result.error.path.slice(1)],
    ...(result.error.source === undefined ? {} : { source: result.error.source }),
  };
}

const failed = (problems: Problems<RegisterIssueCode>) =>
  new RegisterError(problems.listed, problems.total, problems.counts);

/** A register {@link parseRegister} returned. */
const isParsedRegister = (value: unknown): value is Register => REGISTERS.has(value);
/** A record of a register {@link parseRegister} returned. */
const isParsedRecord = (value: unknown): value is Modification => RECORDS.has(value);

/**
 * @internal The register argument of a function downstream of {@link parseRegister}: a register it
 * returned passes as is; anything else (built by hand, read without it) is parsed, and so checked, now.
 */
export function checkedRegister(value: unknown): Register {
  return isParsedRegister(value) ? value : parseRegister(value);
}

/** @internal One record argument: a record of a parsed register as is, anything else checked by its schema. */
export function checkedRecord(value: unknown, path: InputPath = ['record']): Modification {
  if (isParsedRecord(value)) return value;
  // What zod cannot see first: it would walk a sparse array (or a lying length) by its length, and throw on a revoked Proxy.
  const walked = new Problems<string>();
  if (!walk(value, walked)) {
    const at = [...path, ...(walked.listed[0]?.path ?? [])];
    throw new SecmodError('invalid-argument', `invalid argument ${pathText(at)}: ${walked.listed[0]?.message}`, {
      path: at,
    });
  }
  const one = modificationSchema.safeParse(value);
  if (one.success) return one.data;
  const first = one.error.issues[0];
  const where = (first === undefined ? undefined : issuePath(path, first)) ?? path;
  throw new SecmodError(
    'invalid-argument',
    `invalid argument ${pathText(where)}: ${first?.message ?? 'not a register record'} (${one.error.issues.length} problem(s); parseRegister lists them all)`,
    { path: where },
  );
}
