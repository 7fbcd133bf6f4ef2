/**
 * Running the rules' checks: each rule's findings become issues under its code, severity and source.
 * A caller's rule that throws, or answers with something that is not a list of findings, is refused
 * with its index and code (`invalid-rule`); secmod's own rules are trusted.
 * @internal
 */
import type { InputPath } from '../../errors/secmod-error.js';
import { show } from '../../internal/check.js';
import type { Timetable } from '../types.js';
import { ruleError, type ResolvedRules } from './define.js';
import type { AnyTimetableRule, TimetableFinding, TimetableRuleContext } from './types.js';

const WHOLE: InputPath = Object.freeze([]) as InputPath;

/** An issue as a rule reports it: the rule's code, severity and source unless the finding names its own. */
export interface RuleIssueOut {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly path: InputPath;
  readonly source?: unknown;
}

/** One rule's findings on a context, checked when the rule is the caller's. */
export function findingsOf(
  rules: ResolvedRules,
  i: number,
  timetable: Timetable,
  context: TimetableRuleContext,
): readonly TimetableFinding[] {
  const rule = rules.list[i] as AnyTimetableRule;
  if (rules.builtIn[i]) return (rule.check(timetable, context) as readonly TimetableFinding[] | undefined) ?? [];
  const at: InputPath = rules.given ? ['options', 'rules', i] : [];
  let out: unknown;
  try {
    out = rule.check(timetable, context);
  } catch (error) {
    const why = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
    throw ruleError(
      rule,
      i,
      [...at, 'check'],
      `check threw ${why.length > 300 ? `${why.slice(0, 300)}…` : why}`,
      error,
    );
  }
  if (out === undefined) return [];
  if (!Array.isArray(out))
    throw ruleError(
      rule,
      i,
      [...at, 'check'],
      `check returned ${show(out)}; expected an array of findings { message, path?, ... }`,
    );
  for (let k = 0; k < out.length; k++) {
    const f = out[k] as unknown;
    if (typeof f !== 'object' || f === null || typeof (f as { message?: unknown }).message !== 'string')
      throw ruleError(
        rule,
        i,
        [...at, 'check'],
        `finding ${k} is ${show(f)}; expected { message: string, path?, ... }`,
      );
    const { path, severity } = f as TimetableFinding;
    if (
      path !== undefined &&
      !(Array.isArray(path) && path.every((p) => typeof p === 'string' || typeof p === 'number'))
    )
      throw ruleError(
        rule,
        i,
        [...at, 'check'],
        `finding ${k}'s path is ${show(path)}; expected an array of keys and indices`,
      );
    if (severity !== undefined && severity !== 'error' && severity !== 'warning')
      throw ruleError(
        rule,
        i,
        [...at, 'check'],
        `finding ${k}'s severity is ${show(severity)}; expected 'error' or 'warning'`,
      );
  }
  return out as readonly TimetableFinding[];
}

/** Runs every rule's check, in the list's order, adding the issues to `issues`. */
export function runChecks(
  rules: ResolvedRules,
  timetable: Timetable,
  context: TimetableRuleContext,
  issues: RuleIssueOut[],
): void {
  for (let i = 0; i < rules.list.length; i++) {
    const found = findingsOf(rules, i, timetable, context);
    if (found.length === 0) continue;
    const rule = rules.list[i] as AnyTimetableRule;
    for (const f of found) issues.push(issueOf(rule, f));
  }
}

/** The issue of one finding: the rule's code, severity and source unless the finding names its own, then its fields. */
export function issueOf(rule: AnyTimetableRule, f: TimetableFinding): RuleIssueOut {
  const issue: Record<string, unknown> = {
    code: rule.code,
    severity: f.severity ?? rule.severity,
    message: f.message,
    path: f.path ?? WHOLE,
    source: f.source ?? rule.source,
  };
  // A plain copy of the fields (a spread of findings of many shapes is slower in V8).
  for (const key in f) if (!(key in issue)) issue[key] = (f as unknown as Record<string, unknown>)[key];
  return issue as unknown as RuleIssueOut;
}
