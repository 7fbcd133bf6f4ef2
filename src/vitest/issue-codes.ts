/**
 * Every issue code a secmod checking function or parser reports, so `toHaveIssue` can tell a typo from
 * a code that simply is not in the list.
 */
import { invalidArgument, isRevokedProxy, show } from '../internal/check.js';
import { nearest } from '../internal/nearest.js';
import type { RegisterIssueCode } from '../register/parse.js';
import type { ReleaseScopeIssueCode } from '../releases/scope.js';
import { SEC_TIMETABLE_RULES } from '../timetable/rules/index.js';
import type { ReaderIssueCode, SecRuleCode } from '../timetable/rules/types.js';

/**
 * Every code of secmod's issues: `validateTimetable`'s (its reader's and its rules'),
 * `validateReleaseScope`'s, and the parsers' (`parseRegister`, `parseTimetable`, `parseEvents`).
 */
export type SecmodIssueCode = ReaderIssueCode | SecRuleCode | ReleaseScopeIssueCode | RegisterIssueCode;

// The codes that exist only as types, keyed so the compiler holds each list to its type: a code added
// to the type and not here (or here and not there) does not compile.
const READER_CODES: Record<ReaderIssueCode, true> = {
  'invalid-date': true,
  'unknown-milestone': true,
  'duplicate-milestone': true,
};
const RELEASE_SCOPE_CODES: Record<ReleaseScopeIssueCode, true> = {
  'scoped-twice': true,
  'closed-proposal-scoped': true,
  'implemented-before-decision': true,
  'release-before-standstill-end': true,
  'appeal-window-open-at-release': true,
  'dcc-change-after-baseline': true,
  'unknown-release': true,
};
const PARSE_CODES: Record<RegisterIssueCode, true> = {
  'invalid-json': true,
  'forbidden-key': true,
  circular: true,
  'too-deep': true,
  schema: true,
  'unknown-milestone': true,
  'unknown-event-type': true,
  'duplicate-id': true,
  'history-refused': true,
};

/**
 * Every code of {@link SecmodIssueCode}, once each: the timetable reader's, those of
 * `SEC_TIMETABLE_RULES`, `validateReleaseScope`'s and the parsers'.
 *
 * @example
 * SECMOD_ISSUE_CODES.includes('consultation-too-short'); // true
 */
export const SECMOD_ISSUE_CODES: readonly SecmodIssueCode[] = /* @__PURE__ */ Object.freeze([
  ...new Set<SecmodIssueCode>([
    ...(Object.keys(READER_CODES) as ReaderIssueCode[]),
    ...SEC_TIMETABLE_RULES.map((rule) => rule.code),
    ...(Object.keys(RELEASE_SCOPE_CODES) as ReleaseScopeIssueCode[]),
    ...(Object.keys(PARSE_CODES) as RegisterIssueCode[]),
  ]),
]);

/** The codes of your own rules that the matchers know of (see {@link addIssueCodes}). */
const added = new Set<string>();

/**
 * Tells `toHaveIssue` the codes of your own rules (`defineTimetableRule`), so that
 * `expect(issues).not.toHaveIssue('your-code')` on a list without that code passes rather than failing
 * as a code nobody reports. Give the rules themselves, or their codes; returns every code it knows now.
 *
 * @throws {SecmodError} `invalid-argument` for something that is neither a code nor a rule with one.
 *
 * @example
 * addIssueCodes('no-august-milestone').includes('no-august-milestone'); // true
 */
export function addIssueCodes(...rulesOrCodes: readonly (string | { readonly code: string })[]): readonly string[] {
  rulesOrCodes.forEach((item, i) => {
    const code: unknown =
      typeof item === 'string' ? item : isRevokedProxy(item) ? undefined : (item as { code?: unknown } | null)?.code;
    if (typeof code !== 'string' || code.length === 0)
      throw invalidArgument(item, [i], 'expected a rule { code } or a code');
    added.add(code);
  });
  return [...SECMOD_ISSUE_CODES, ...added];
}

/**
 * Why `code` is not one to look for, or `undefined` when it is: it is a code of secmod's, of a rule
 * given to {@link addIssueCodes}, or of an issue in the list. The message names the nearest known code.
 * @internal
 */
export function unknownIssueCode(code: unknown, present: readonly string[]): string | undefined {
  if (typeof code !== 'string') return `expected an issue code (a string), got ${show(code)}`;
  if (present.includes(code) || added.has(code) || (SECMOD_ISSUE_CODES as readonly string[]).includes(code))
    return undefined;
  const guess = nearest(code, [...new Set([...present, ...SECMOD_ISSUE_CODES, ...added])]);
  return guess === undefined
    ? `unknown issue code '${code}': no issue in the list has it and secmod reports no such code (a code of your own rule: addIssueCodes(rule) first)`
    : `unknown issue code '${code}'; did you mean '${guess}'?`;
}
