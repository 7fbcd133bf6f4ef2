/**
 * Rules as the caller gives them: `defineTimetableRule` for your own, and the check every `rules`
 * option passes before a rule runs (a malformed rule is refused with its index and code, never a crash
 * mid-validation).
 */
import { SecmodError, type InputPath } from '../../errors/secmod-error.js';
import { firstHole, hasDocument, isCallable, isReadable, isRevokedProxy, show } from '../../internal/check.js';
import { MILESTONE_ORDER } from '../types.js';
import { keysOf, unknownKeyOf, unknownKeysMessage } from '../../internal/keys.js';
import type { AnyTimetableRule, TimetableFinding, TimetableRule } from './types.js';

const SEVERITIES = ['error', 'warning'] as const;

/** The keys of a {@link TimetableRule}: any other is refused (a misspelt `plan` would silently not plan). */
const RULE_KEYS = keysOf<AnyTimetableRule>()(['code', 'severity', 'source', 'description', 'check', 'plan', 'plans']);

/**
 * A timetable rule of your own, checked and frozen: it reports under its own code, severity and source,
 * and its findings' fields are typed on the issues `validateTimetable` returns. Without `plan`,
 * `planTimetable` honours it by moving a date a day at a time until `check` accepts it.
 *
 * @throws {SecmodError} `invalid-rule` for a rule without a code, severity, source or `check` function.
 * @example
 * const noAugust = defineTimetableRule({
 *   code: 'no-august-milestone',
 *   severity: 'error',
 *   source: { document: 'Our change calendar', status: 'observed' },
 *   check: (timetable, context) =>
 *     context.milestones
 *       .filter((m) => m.milestone.approved.slice(5, 7) === '08')
 *       .map((m) => ({ message: `${m.kind} in August`, path: ['milestones', m.index, 'approved'], kind: m.kind })),
 * });
 * const draft = {
 *   proposal: 'MP998',
 *   path: 'fast-track',
 *   milestones: [{ kind: 'panel-decision', approved: '2019-08-09' }],
 *   extensions: [],
 * } as const;
 * validateTimetable(draft, { rules: [...SEC_TIMETABLE_RULES, noAugust] }).map((i) => i.code); // ['no-august-milestone']
 */
export function defineTimetableRule<const C extends string, F extends TimetableFinding>(
  rule: TimetableRule<C, F>,
): TimetableRule<C, F> {
  checkRule(rule, 0, ['rule']);
  return Object.freeze({ ...rule });
}

/** @internal The rules one call runs, checked, with what the planner needs to know of each. */
export interface ResolvedRules {
  readonly list: readonly AnyTimetableRule[];
  /** Whether every rule is one of secmod's (whose findings need no check, and whose structure plans satisfy). */
  readonly builtIn: readonly boolean[];
  /** Whether a rule is the caller's and has no `plan`: the planner moves a date until its check accepts. */
  readonly checkOnly: readonly boolean[];
  /** Whether the rules came from the `rules` option (a path names them) or are the default. */
  readonly given: boolean;
}

/** The rule objects of secmod's own list: trusted, and satisfied by a plan's structure where they have no `plan`. */
const BUILT_IN = new WeakSet<object>();
let defaults: ResolvedRules | undefined;

/** @internal Registers secmod's own rules and makes the default. */
export function builtInRules(rules: readonly AnyTimetableRule[]): ResolvedRules {
  if (defaults === undefined) {
    for (const rule of rules) BUILT_IN.add(rule);
    defaults = {
      list: rules,
      builtIn: rules.map(() => true),
      checkOnly: rules.map(() => false),
      given: false,
    };
  }
  return defaults;
}

/** @internal Whether a rule object is one of secmod's. */
export const isBuiltIn = (rule: unknown): boolean => typeof rule === 'object' && rule !== null && BUILT_IN.has(rule);

/** A rule error, naming the rule's index and code. */
export function ruleError(rule: unknown, index: number, path: InputPath, why: string, cause?: unknown): SecmodError {
  const code =
    isReadable(rule) && typeof (rule as { code?: unknown }).code === 'string'
      ? ` (${show((rule as { code: string }).code)})`
      : '';
  return new SecmodError('invalid-rule', `rule ${index}${code}: ${why}`, {
    path,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Checks one rule's shape: a code, a severity, a source, a `check` function and an optional `plan` function. */
function checkRule(value: unknown, index: number, path: InputPath): AnyTimetableRule {
  if (!isReadable(value) || Array.isArray(value))
    throw ruleError(
      value,
      index,
      path,
      `expected a TimetableRule { code, severity, source, check, plan? }, not ${show(value)}`,
    );
  const rule = value as Record<string, unknown>;
  const unknown = unknownKeyOf(rule, RULE_KEYS);
  if (unknown !== undefined)
    throw ruleError(value, index, [...path, unknown], unknownKeysMessage([unknown], RULE_KEYS));
  if (typeof rule['code'] !== 'string' || rule['code'].length === 0)
    throw ruleError(value, index, [...path, 'code'], `expected a code (a non-empty string), not ${show(rule['code'])}`);
  if (!(SEVERITIES as readonly unknown[]).includes(rule['severity']))
    throw ruleError(
      value,
      index,
      [...path, 'severity'],
      `expected a severity 'error' or 'warning', not ${show(rule['severity'])}`,
    );
  const source = rule['source'];
  if (!hasDocument(source))
    throw ruleError(
      value,
      index,
      [...path, 'source'],
      `expected a source (a Citation { document, status, ... }), not ${show(source)}`,
    );
  if (!isCallable(rule['check']))
    throw ruleError(value, index, [...path, 'check'], `expected check to be a function, not ${show(rule['check'])}`);
  const plans = rule['plans'];
  if (plans !== undefined) {
    const scope = plans as { kinds?: unknown; fields?: unknown };
    const ok =
      isReadable(plans) &&
      !isRevokedProxy(scope.kinds) &&
      !isRevokedProxy(scope.fields) &&
      Object.keys(plans).every((k) => k === 'kinds' || k === 'fields') &&
      (scope.kinds === undefined ||
        (Array.isArray(scope.kinds) &&
          firstHole(scope.kinds) < 0 &&
          scope.kinds.every((k) => (MILESTONE_ORDER as readonly unknown[]).includes(k)))) &&
      (scope.fields === undefined ||
        (Array.isArray(scope.fields) &&
          firstHole(scope.fields) < 0 &&
          scope.fields.every((f) => f === 'approved' || f === 'until')));
    if (!ok)
      throw ruleError(
        value,
        index,
        [...path, 'plans'],
        `expected plans { kinds?: milestone kinds, fields?: ('approved' | 'until')[] }, not ${show(plans)}`,
      );
  }
  if (rule['plan'] !== undefined && !isCallable(rule['plan']))
    throw ruleError(
      value,
      index,
      [...path, 'plan'],
      `expected plan to be a function or nothing, not ${show(rule['plan'])}`,
    );
  return value as AnyTimetableRule;
}

/**
 * @internal The `rules` option checked: undefined is secmod's list; otherwise an array of rules, each
 * well formed, no code twice.
 */
export function resolveRules(value: unknown, path: InputPath, fallback: () => ResolvedRules): ResolvedRules {
  if (value === undefined) return fallback();
  if (!Array.isArray(value))
    throw new SecmodError('invalid-rule', `expected rules to be an array of TimetableRule, not ${show(value)}`, {
      path,
    });
  const list: AnyTimetableRule[] = [];
  const builtIn: boolean[] = [];
  const checkOnly: boolean[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < value.length; i++) {
    if (!(i in value)) throw ruleError(undefined, i, [...path, i], 'expected a rule, not a hole in a sparse array');
    const rule = checkRule(value[i], i, [...path, i]);
    const before = seen.get(rule.code);
    if (before !== undefined)
      throw ruleError(rule, i, [...path, i, 'code'], `the code is rule ${before}'s too: each code names one rule`);
    seen.set(rule.code, i);
    const ours = isBuiltIn(rule);
    list.push(rule);
    builtIn.push(ours);
    checkOnly.push(!ours && rule.plan === undefined);
  }
  return { list, builtIn, checkOnly, given: true };
}
