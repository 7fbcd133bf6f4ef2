import type { Issue } from './issue.js';
import { SecmodError, type InputPath, type SecmodErrorCode } from './secmod-error.js';

/** At most this many problems are listed one by one; the rest are counted by code. */
export const MAX_LISTED_ISSUES = 100;

/** The codes of the problems a parser (`parseRegister`, `parseTimetable`, `parseEvents`) reports. */
export type ParseIssueCode =
  'invalid-json' | 'forbidden-key' | 'circular' | 'too-deep' | 'schema' | 'unknown-milestone' | 'unknown-event-type';

/** One problem a parser found, with its path into the input. */
export type ParseIssue<C extends string = ParseIssueCode> = Issue<C>;

/** The message lists problems until it holds about this many characters; `issues` holds them all in full. */
const MESSAGE_BUDGET = 2000;
/** A line of the message longer than this is cut, with an ellipsis. */
const MESSAGE_LINE = 240;

/**
 * Input that cannot be used: `issues` lists the first {@link MAX_LISTED_ISSUES} problems with their
 * paths; `total` and `counts` (by code) cover every problem found. The error's own `path` is the first
 * problem's (`['json']` when the whole input is at fault). Its message is for a person: problems with
 * the same message share a line that names their paths, each line is cut at 240 characters, and the
 * list stops at about 2,000 characters with a count of the rest.
 */
export class ParseError<C extends SecmodErrorCode, I extends string = ParseIssueCode> extends SecmodError<C> {
  readonly issues: readonly ParseIssue<I>[];
  /** Every problem found, listed or not. */
  readonly total: number;
  /** Every problem found, by code. */
  readonly counts: Readonly<Partial<Record<I, number>>>;
  constructor(
    code: C,
    what: string,
    issues: readonly ParseIssue<I>[],
    total?: number,
    counts?: Partial<Record<I, number>>,
  ) {
    // Issues that are not an array of issues are normalised (a raw TypeError would defeat the error's purpose).
    const all = wellFormed<I>(issues);
    total ??= all.length;
    const listed = all.slice(0, MAX_LISTED_ISSUES);
    const byCode = counts ?? countByCode(all);
    const { lines, shown } = summary(listed, what);
    const more =
      total > shown
        ? [
            `- ... and ${total - shown} more (${Object.entries(byCode)
              .map(([c, n]) => `${c}: ${String(n)}`)
              .join(', ')})`,
          ]
        : [];
    const first: InputPath | undefined = listed[0]?.path;
    super(code, `invalid ${what}: ${total} problem(s)\n${[...lines, ...more].join('\n')}`, {
      path: first !== undefined && first.length > 0 ? first : ['json'],
    });
    this.issues = listed;
    this.total = total;
    this.counts = byCode;
  }
}

/** The issues as given when they are an array of issues; otherwise the well-formed ones among them, or none. */
function wellFormed<I extends string>(issues: unknown): readonly ParseIssue<I>[] {
  if (!Array.isArray(issues)) return [];
  const ok = (i: unknown): boolean =>
    typeof i === 'object' &&
    i !== null &&
    Array.isArray((i as { path?: unknown }).path) &&
    typeof (i as { message?: unknown }).message === 'string' &&
    typeof (i as { code?: unknown }).code === 'string';
  return (issues as unknown[]).every(ok)
    ? (issues as ParseIssue<I>[])
    : ((issues as unknown[]).filter(ok) as ParseIssue<I>[]);
}

/** The message's lines (one per distinct message, its paths named), and how many problems they cover. */
function summary(issues: readonly Issue<string>[], what: string): { lines: string[]; shown: number } {
  const groups = new Map<string, string[]>();
  for (const i of issues) {
    const at = i.path.length === 0 ? `(${what})` : i.path.join('.');
    const paths = groups.get(i.message);
    if (paths === undefined) groups.set(i.message, [at]);
    else paths.push(at);
  }
  const lines: string[] = [];
  let length = 0;
  let shown = 0;
  for (const [message, paths] of groups) {
    const named = paths.length > 3 ? `${paths.slice(0, 3).join(', ')} and ${paths.length - 3} more` : paths.join(', ');
    const full = `- ${named}: ${message}`;
    const line = full.length > MESSAGE_LINE ? `${full.slice(0, MESSAGE_LINE - 1)}…` : full;
    if (lines.length > 0 && length + line.length > MESSAGE_BUDGET) break;
    lines.push(line);
    length += line.length + 1;
    shown += paths.length;
  }
  return { lines, shown };
}

function countByCode<I extends string>(issues: readonly ParseIssue<I>[]): Partial<Record<I, number>> {
  const counts: Partial<Record<I, number>> = {};
  for (const i of issues) counts[i.code] = (counts[i.code] ?? 0) + 1;
  return counts;
}
