import type { Issue } from './issue.js';
import { SecmodError, type InputPath, type SecmodErrorCode } from './secmod-error.js';

/** At most this many problems are listed one by one; the rest are counted by code. */
export const MAX_LISTED_ISSUES = 100;

/** The codes of the problems a parser (`parseRegister`, `parseTimetable`, `parseEvents`) reports. */
export type ParseIssueCode =
  'invalid-json' | 'forbidden-key' | 'circular' | 'too-deep' | 'schema' | 'unknown-milestone' | 'unknown-event-type';

/** One problem a parser found, with its path into the input. */
export type ParseIssue<C extends string = ParseIssueCode> = Issue<C>;

/**
 * Input that cannot be used: `issues` lists the first {@link MAX_LISTED_ISSUES} problems with their
 * paths; `total` and `counts` (by code) cover every problem found. The error's own `path` is the first
 * problem's (`['json']` when the whole input is at fault), and its message lists up to 25 problems.
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
    total = issues.length,
    counts?: Partial<Record<I, number>>,
  ) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES);
    const byCode = counts ?? countByCode(issues);
    const shown = listed
      .slice(0, 25)
      .map((i) => `- ${i.path.length === 0 ? `(${what})` : i.path.join('.')}: ${i.message}`);
    const more =
      total > shown.length
        ? [
            `- ... and ${total - shown.length} more (${Object.entries(byCode)
              .map(([c, n]) => `${c}: ${String(n)}`)
              .join(', ')})`,
          ]
        : [];
    const first: InputPath | undefined = listed[0]?.path;
    super(code, `invalid ${what}: ${total} problem(s)\n${[...shown, ...more].join('\n')}`, {
      path: first !== undefined && first.length > 0 ? first : ['json'],
    });
    this.issues = listed;
    this.total = total;
    this.counts = byCode;
  }
}

function countByCode<I extends string>(issues: readonly ParseIssue<I>[]): Partial<Record<I, number>> {
  const counts: Partial<Record<I, number>> = {};
  for (const i of issues) counts[i.code] = (counts[i.code] ?? 0) + 1;
  return counts;
}
