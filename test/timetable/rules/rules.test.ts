import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../../src/meetings/index.js';
import {
  defineTimetableRule,
  planTimetable,
  prepareTimetableOptions,
  SEC_TIMETABLE_RULES,
  validateTimetable,
  type Timetable,
  type TimetableRule,
  type ValidateTimetableOptions,
} from '../../../src/timetable/index.js';
import { codeOf, errorOf } from '../../helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
const rulesDir = join(here, '../../../src/timetable/rules');
const example = JSON.parse(readFileSync(join(here, '../../../examples/timetables/three-mistakes.json'), 'utf8')) as {
  timetable: Timetable;
  options: ValidateTimetableOptions;
};
const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const source = { document: 'Our change calendar', status: 'observed' } as const;

/** A house rule: no milestone approved in August. */
const noAugust = defineTimetableRule({
  code: 'no-august-milestone',
  severity: 'error',
  source,
  check: (timetable, context) =>
    context.milestones
      .filter((m) => m.milestone.approved.slice(5, 7) === '08')
      .map((m) => ({
        message: `${timetable.proposal}: ${m.kind} in August`,
        path: ['milestones', m.index, 'approved'],
        kind: m.kind,
      })),
});

const planOptions: ValidateTimetableOptions = {
  panelMeetings: SEC_PANEL,
  changeBoardMeetings: SEC_CHANGE_BOARD,
  minConsultationWorkingDays: 15,
  paperDeadlineWorkingDays: 5,
};

describe('SEC_TIMETABLE_RULES', () => {
  it('holds each rule once, frozen, with a code, a severity and a cited source', () => {
    expect(codes(SEC_TIMETABLE_RULES)).toEqual([
      'milestones-out-of-order',
      'milestone-not-on-path',
      'milestone-missing',
      'panel-date-not-meeting',
      'change-board-date-not-meeting',
      'starts-before-previous-ends',
      'papers-after-deadline',
      'dcc-assessment-before-due',
      'authority-decision-too-soon',
      'consultation-too-short',
      'implementation-not-on-release',
      'implementation-before-decision',
      'implementation-before-earliest-release',
      'implementation-before-standstill-end',
      'non-working-day',
    ]);
    expect(Object.isFrozen(SEC_TIMETABLE_RULES)).toBe(true);
    for (const rule of SEC_TIMETABLE_RULES) {
      expect(Object.isFrozen(rule), rule.code).toBe(true);
      expect(rule.source.document, rule.code).toMatch(/\S/);
      expect(['error', 'warning']).toContain(rule.severity);
      expect(rule.description, rule.code).toMatch(/\S/);
    }
  });

  it('is one module per rule, named by its code, under a folder of the document it implements', () => {
    const files = readdirSync(rulesDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.includes('/') && f.endsWith('.ts'))
      .map((f) => f.replace(/\\/g, '/'));
    const ruleFiles = files.filter((f) => /^[a-z0-9-]+\/[a-z-]+\.ts$/.test(f) && !/\/(meetings|releases)\.ts$/.test(f));
    expect(ruleFiles.map((f) => f.split('/')[1]?.replace('.ts', '')).sort()).toEqual(codes(SEC_TIMETABLE_RULES).sort());
    // Each folder names the document its rules cite.
    const documentOf: Record<string, RegExp> = {
      'section-a': /Section A/,
      'section-c': /Section C/,
      'section-d': /Section D|SECMP0034/,
      'panel-papers': /Panel papers/,
      'release-management': /release/i,
      'directive-2015-1535': /2015\/1535/,
    };
    for (const f of ruleFiles) {
      const [folder, file] = f.split('/') as [string, string];
      const rule = SEC_TIMETABLE_RULES.find((r) => `${r.code}.ts` === file);
      expect(rule?.source.document, relative(rulesDir, f)).toMatch(documentOf[folder] as RegExp);
    }
  });

  it('every code validateTimetable reports comes from a rule or the reader', () => {
    const reported = new Set(codes(validateTimetable(example.timetable, example.options)));
    const known = new Set([...codes(SEC_TIMETABLE_RULES), 'invalid-date', 'unknown-milestone', 'duplicate-milestone']);
    for (const code of reported) expect(known.has(code), code).toBe(true);
  });
});

describe('validateTimetable with rules', () => {
  const t = example.timetable;
  it('default, [] and a filtered list', () => {
    const all = codes(validateTimetable(t, example.options));
    expect(all).toEqual(['panel-date-not-meeting', 'consultation-too-short', 'implementation-not-on-release']);
    expect(validateTimetable(t, { ...example.options, rules: [] })).toEqual([]);
    const without = SEC_TIMETABLE_RULES.filter((r) => r.code !== 'consultation-too-short');
    expect(codes(validateTimetable(t, { ...example.options, rules: without }))).toEqual([
      'panel-date-not-meeting',
      'implementation-not-on-release',
    ]);
  });

  it('the reader still reports what it cannot read with rules: []', () => {
    const bad: Timetable = { ...t, milestones: [{ kind: 'refinement', approved: '2019-02-30' }] };
    expect(codes(validateTimetable(bad, { rules: [] }))).toEqual(['invalid-date']);
  });

  it('a house rule reports under its own code, severity, source and path, with its fields typed', () => {
    const august: Timetable = {
      ...t,
      milestones: [...t.milestones.slice(0, 5), { kind: 'implementation', approved: '2019-08-29' }],
    };
    const issues = validateTimetable(august, { ...example.options, rules: [...SEC_TIMETABLE_RULES, noAugust] });
    const mine = issues.find((i) => i.code === 'no-august-milestone');
    expect(mine).toEqual({
      code: 'no-august-milestone',
      severity: 'error',
      message: 'MP071: implementation in August',
      path: ['milestones', 5, 'approved'],
      source,
      kind: 'implementation',
    });
    if (mine?.code === 'no-august-milestone') expect(mine.kind).toBe('implementation');
  });

  it('prepared options keep the rules', () => {
    const prepared = prepareTimetableOptions({ ...example.options, rules: [noAugust] });
    expect(validateTimetable(t, prepared)).toEqual([]);
    expect(Object.isFrozen(prepared.rules)).toBe(true);
  });

  it('a malformed rule is refused with its index and code, never a raw crash', () => {
    const bad = (rule: unknown) => errorOf(() => validateTimetable(t, { rules: [noAugust, rule as TimetableRule] }));
    const noCode = bad({ severity: 'error', source, check: () => [] });
    expect([noCode.code, noCode.path]).toEqual(['invalid-rule', ['options', 'rules', 1, 'code']]);
    expect(noCode.message).toMatch(/^rule 1: expected a code/);
    const notFunction = bad({ code: 'x', severity: 'error', source, check: 'nope' });
    expect([notFunction.code, notFunction.path]).toEqual(['invalid-rule', ['options', 'rules', 1, 'check']]);
    expect(notFunction.message).toContain('rule 1 ("x")');
    const throws = bad({
      code: 'boom',
      severity: 'warning',
      source,
      check: () => {
        throw new TypeError('no');
      },
    });
    expect([throws.code, throws.path, throws.message]).toEqual([
      'invalid-rule',
      ['options', 'rules', 1, 'check'],
      'rule 1 ("boom"): check threw TypeError: no',
    ]);
    expect((throws.cause as Error).message).toBe('no');
    expect(bad({ code: 'y', severity: 'fatal', source, check: () => [] }).path).toEqual([
      'options',
      'rules',
      1,
      'severity',
    ]);
    expect(bad({ code: 'y', severity: 'error', check: () => [] }).path).toEqual(['options', 'rules', 1, 'source']);
    expect(bad({ code: 'y', severity: 'error', source, check: () => 'x' }).message).toBe(
      'rule 1 ("y"): check returned "x"; expected an array of findings { message, path?, ... }',
    );
    expect(bad({ code: 'y', severity: 'error', source, check: () => [{ text: 'x' }] }).code).toBe('invalid-rule');
    expect(bad({ ...noAugust }).message).toContain("the code is rule 0's too"); // the same code twice
    expect(codeOf(() => validateTimetable(t, { rules: 'all' as never }))).toBe('invalid-rule');
    expect(bad({ code: 'y', severity: 'error', source, check: () => [{ message: 'm', path: 'x' }] }).message).toContain(
      "finding 0's path",
    );
    expect(
      bad({ code: 'y', severity: 'error', source, check: () => [{ message: 'm', severity: 'fatal' }] }).message,
    ).toContain("finding 0's severity");
    expect(bad({ code: 'y', severity: 'error', source, check: 'x', plan: 1 }).path).toEqual([
      'options',
      'rules',
      1,
      'check',
    ]);
    expect(bad({ code: 'y', severity: 'error', source, check: () => [], plan: 1 }).path).toEqual([
      'options',
      'rules',
      1,
      'plan',
    ]);
    expect(bad(null).message).toMatch(/^rule 1: expected a TimetableRule/);
    expect(codeOf(() => validateTimetable(t, { rules: [undefined, noAugust] as never }))).toBe('invalid-rule');
    // eslint-disable-next-line no-sparse-arrays
    expect(codeOf(() => validateTimetable(t, { rules: [, noAugust] as never }))).toBe('invalid-rule');
    expect(
      validateTimetable(t, {
        rules: [defineTimetableRule({ code: 'quiet', severity: 'error', source, check: () => undefined })],
      }),
    ).toEqual([]);

    expect(codeOf(() => defineTimetableRule({ code: '', severity: 'error', source, check: () => [] }))).toBe(
      'invalid-rule',
    );
  });
});

describe('planTimetable with rules', () => {
  const request = { proposal: 'MP999', path: 'self-governance', convertedOn: '2019-05-17' } as const;

  it('honours a house rule without a plan side: the date moves a day at a time until its check accepts it', () => {
    const plain = planTimetable(request, planOptions);
    expect(plain.timetable.milestones.some((m) => m.approved.slice(5, 7) === '08')).toBe(true);
    const plan = planTimetable(request, { ...planOptions, rules: [...SEC_TIMETABLE_RULES, noAugust] });
    expect(plan.timetable.milestones.some((m) => m.approved.slice(5, 7) === '08')).toBe(false);
    expect(validateTimetable(plan.timetable, plan.options)).toEqual([]);
    expect(plan.reasons.some((r) => r.rule === 'custom' || r.rule === 'meeting')).toBe(true);
  });

  it('a house rule with a plan side gives its reason', () => {
    const twentyDays = defineTimetableRule({
      code: 'long-consultation',
      severity: 'error',
      source,
      check: (timetable, context) =>
        context.milestones
          .filter((m) => m.kind === 'working-group-consultation' && m.until !== undefined && m.approved !== undefined)
          .filter((m) => (m.until?.first ?? 0) - (m.approved?.first ?? 0) < 28)
          .map((m) => ({ message: `${timetable.proposal}: under four weeks`, path: ['milestones', m.index, 'until'] })),
      plan: (step, context) => {
        const opens = context.milestone(step.kind)?.approved;
        if (step.kind !== 'working-group-consultation' || step.field !== 'until' || opens === undefined)
          return undefined;
        return opens.first + 28 >= step.day
          ? { day: opens.first + 28, reason: { message: 'four weeks, our practice' } }
          : undefined;
      },
    });
    const plan = planTimetable(request, { ...planOptions, rules: [...SEC_TIMETABLE_RULES, twentyDays] });
    const reason = plan.reasons.find((r) => r.kind === 'working-group-consultation' && r.field === 'until');
    expect(reason).toMatchObject({ rule: 'custom', code: 'long-consultation', message: 'four weeks, our practice' });
    expect(validateTimetable(plan.timetable, plan.options)).toEqual([]);
  });

  it('a rule no date satisfies is reported with its code', () => {
    const never = defineTimetableRule({
      code: 'never',
      severity: 'error',
      source,
      check: (timetable, context) =>
        context.milestones.map((m) => ({ message: 'never', path: ['milestones', m.index, 'approved'] })),
    });
    const error = errorOf(() => planTimetable(request, { ...planOptions, rules: [never] }));
    expect([error.code, error.path]).toEqual(['no-plan', ['options', 'rules', 0]]);
    expect(error.message).toContain('(never)');
  });

  it('rules: [] plans by the request and the path alone, and validates clean', () => {
    const plan = planTimetable(request, { ...planOptions, rules: [] });
    expect(validateTimetable(plan.timetable, plan.options)).toEqual([]);
    expect(plan.timetable.milestones.map((m) => m.kind)).toEqual(
      planTimetable(request, planOptions).timetable.milestones.map((m) => m.kind),
    );
  });

  it('rules that keep moving a date, a plan side that throws, and a whole-timetable finding are refused with a code', () => {
    const nudge = (code: string, parity: number) =>
      defineTimetableRule({
        code,
        severity: 'error',
        source,
        check: () => [],
        plan: (step) =>
          step.day % 2 === parity ? { day: step.day + 1, reason: { message: 'not that day' } } : undefined,
      });
    const pingPong = errorOf(() =>
      planTimetable(request, { ...planOptions, rules: [nudge('odd', 1), nudge('even', 0)] }),
    );
    expect([pingPong.code, pingPong.message]).toEqual([
      'no-plan',
      expect.stringContaining('the rules keep moving refinement approved'),
    ]);
    const throws = defineTimetableRule({
      code: 'throws',
      severity: 'error',
      source,
      check: () => [],
      plan: () => {
        throw new Error('bug');
      },
    });
    const thrown = errorOf(() => planTimetable(request, { ...planOptions, rules: [throws] }));
    expect([thrown.code, thrown.path, thrown.message]).toEqual([
      'invalid-rule',
      ['options', 'rules', 0, 'plan'],
      'rule 0 ("throws"): plan threw Error: bug',
    ]);
    const junk = defineTimetableRule({
      code: 'junk',
      severity: 'error',
      source,
      check: () => [],
      plan: () => 'tomorrow' as never,
    });
    expect(codeOf(() => planTimetable(request, { ...planOptions, rules: [junk] }))).toBe('invalid-rule');
    const whole = defineTimetableRule({
      code: 'always-wrong',
      severity: 'error',
      source,
      check: (timetable) => (timetable.milestones.length > 5 ? [{ message: 'too many milestones' }] : []),
    });
    const refused = errorOf(() => planTimetable(request, { ...planOptions, rules: [whole] }));
    expect([refused.code, refused.message]).toEqual([
      'no-plan',
      'MP999: no plan satisfies rule 0 (always-wrong): too many milestones',
    ]);
    // A warning-level house rule does not hold a plan back.
    const gentle = defineTimetableRule({ ...whole, code: 'gentle', severity: 'warning' });
    expect(planTimetable(request, { ...planOptions, rules: [gentle] }).timetable.milestones).toHaveLength(6);
  });

  it('a check-only rule on an until date moves the end, not the start', () => {
    const longer = defineTimetableRule({
      code: 'closes-on-a-friday',
      severity: 'error',
      source,
      check: (_t, context) =>
        context.milestones
          .filter((m) => m.until !== undefined && new Date(context.iso(m.until.first)).getUTCDay() !== 5)
          .map((m) => ({ message: 'not a Friday', path: ['milestones', m.index, 'until'] })),
    });
    const plan = planTimetable(request, { ...planOptions, rules: [...SEC_TIMETABLE_RULES, longer] });
    for (const m of plan.timetable.milestones)
      if (m.until !== undefined) expect(new Date(m.until).getUTCDay(), m.kind).toBe(5);
    expect(validateTimetable(plan.timetable, plan.options)).toEqual([]);
  });

  it("a rule's plan side that answers nonsense is refused with its index", () => {
    const liar = defineTimetableRule({
      code: 'liar',
      severity: 'error',
      source,
      check: () => [],
      plan: (step) => ({ day: step.day - 10, reason: { message: 'earlier' } }),
    });
    const error = errorOf(() => planTimetable(request, { ...planOptions, rules: [liar] }));
    expect([error.code, error.path]).toEqual(['invalid-rule', ['options', 'rules', 0, 'plan']]);
  });
});
