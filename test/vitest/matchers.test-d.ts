import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Issue } from '../../src/errors/index.js';
import type { RegisterError } from '../../src/register/index.js';
import { validateReleaseScope, type ReleaseScopeIssue } from '../../src/releases/index.js';
import {
  defineTimetableRule,
  SEC_TIMETABLE_RULES,
  validateTimetable,
  type Timetable,
  type TimetableIssueCode,
  type ValidationIssue,
} from '../../src/timetable/index.js';
import type { IssueCodeOf, SecmodIssueCode, SecmodMatchers } from '../../src/vitest/index.js';

declare const t: Timetable;
declare const scope: Parameters<typeof validateReleaseScope>[0];
declare const registerError: RegisterError;
const noAugust = defineTimetableRule({
  code: 'no-august-milestone',
  severity: 'error',
  source: { document: 'house', status: 'observed' },
  check: () => [],
});

describe("toHaveIssue's code is typed by the issues expect received", () => {
  it("takes validateTimetable's codes, and refuses a typo", () => {
    expect(validateTimetable(t)).toHaveIssue('consultation-too-short');
    expect(validateTimetable(t)).not.toHaveIssue('non-working-day', { date: '2020-06-28' });
    // @ts-expect-error: a typo of 'consultation-too-short'
    expect(validateTimetable(t)).toHaveIssue('consultation-to-short');
    // @ts-expect-error: `.not` is typed the same way
    expect(validateTimetable(t)).not.toHaveIssue('consultation-to-short');
    // @ts-expect-error: a code validateReleaseScope reports, never validateTimetable
    expect(validateTimetable(t)).toHaveIssue('scoped-twice');
    expectTypeOf<IssueCodeOf<ValidationIssue[]>>().toEqualTypeOf<TimetableIssueCode>();
  });

  it("a house rule's code joins the union when its rule is in the list", () => {
    const issues = validateTimetable(t, { rules: [...SEC_TIMETABLE_RULES, noAugust] });
    expect(issues).not.toHaveIssue('no-august-milestone');
    expect(issues).toHaveIssue('non-working-day');
    // @ts-expect-error: not without the rule
    expect(validateTimetable(t)).not.toHaveIssue('no-august-milestone');
    // @ts-expect-error: a typo of the house rule's code
    expect(issues).not.toHaveIssue('no-augst-milestone');
  });

  it("takes validateReleaseScope's codes and a parser's", () => {
    expect(validateReleaseScope(scope, '2017-10-06')).toHaveIssue('scoped-twice');
    // @ts-expect-error: a timetable code on release-scope issues
    expect(validateReleaseScope(scope, '2017-10-06')).toHaveIssue('non-working-day');
    expectTypeOf<IssueCodeOf<ReleaseScopeIssue[]>>().toEqualTypeOf<ReleaseScopeIssue['code']>();
    expect(registerError.issues).toHaveIssue('history-refused');
    // @ts-expect-error: a typo of 'duplicate-id'
    expect(registerError.issues).toHaveIssue('duplicate-ids');
  });

  it("on an untyped list, every secmod code; a code of one's own is named as a type argument", () => {
    const untyped: Issue[] = [];
    expect(untyped).toHaveIssue('scoped-twice');
    expect(untyped).toHaveIssue('consultation-too-short');
    // @ts-expect-error: a typo
    expect(untyped).toHaveIssue('consultation-to-short');
    expect(untyped).toHaveIssue<'no-august-milestone'>('no-august-milestone');
    // @ts-expect-error: the type argument names the code; a typo of it is still refused
    expect(untyped).toHaveIssue<'no-august-milestone'>('no-augst-milestone');
    expect([]).not.toHaveIssue('milestone-missing');
    expectTypeOf<IssueCodeOf<unknown>>().toEqualTypeOf<SecmodIssueCode>();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expectTypeOf<IssueCodeOf<any>>().toEqualTypeOf<SecmodIssueCode>();
    expectTypeOf<IssueCodeOf<never[]>>().toEqualTypeOf<SecmodIssueCode>();
  });

  it('SecmodMatchers declares the matchers for another runner (jest), typed the same way', () => {
    const jest = {} as SecmodMatchers<void, ValidationIssue[]>;
    jest.toHaveIssue('consultation-too-short');
    // @ts-expect-error: a typo
    jest.toHaveIssue('consultation-to-short');
  });
});
