import { describe, expect, it } from 'vitest';
import { isSecmodError } from '../../src/errors/index.js';
import { matchers } from '../../src/vitest/index.js';
import type { Timetable } from '../../src/timetable/index.js';

expect.extend(matchers);

/** The message a failing assertion prints (never a raw TypeError's). */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    expect(error).not.toBeInstanceOf(TypeError);
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

/** The code of the SecmodError a matcher throws for an invalid argument of its own. */
function codeOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    if (isSecmodError(error)) return error.code;
    throw error;
  }
  throw new Error('nothing was thrown');
}

function revoked(): never {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy as never;
}

const junk: readonly unknown[] = [null, undefined, 5, 'text', [null], [5, 'x'], {}, { ok: 'yes' }, revoked()];

const good: Timetable = {
  proposal: 'MP1',
  path: 'self-governance',
  milestones: [
    { kind: 'change-board', approved: '2020-06-24' },
    { kind: 'draft-modification-report', approved: '2020-04-17' },
  ],
  extensions: [],
};

describe('the matchers on junk', () => {
  it('toHaveIssue: junk issues and junk received values fail with a message', () => {
    expect(failure(() => expect([null]).toHaveIssue('non-working-day'))).toContain(
      'expected a non-working-day issue; the issues are:',
    );
    expect(failure(() => expect([null]).toHaveIssue('x' as never))).toContain("unknown issue code 'x'");
    expect(failure(() => expect([null]).not.toHaveIssue('x' as never))).toContain("unknown issue code 'x'");
    const odd = [{ code: 'non-working-day', path: [{}, Symbol('s')], severity: 5, message: null, n: 10n }];
    expect(failure(() => expect(odd).toHaveIssue('non-working-day', { n: 1 }))).toContain(
      'the non-working-day issues differ',
    );
    for (const value of [null, 5, 'text', {}, revoked()]) {
      expect(failure(() => expect(value).toHaveIssue('non-working-day'))).toContain('expected an array of issues');
      expect(failure(() => expect(value).not.toHaveIssue('non-working-day'))).toContain('expected an array of issues');
    }
    expect(codeOf(() => expect([]).toHaveIssue('non-working-day', null as never))).toBe('invalid-argument');
    expect(codeOf(() => expect([]).toHaveIssue('non-working-day', [1] as never))).toBe('invalid-argument');
  });

  it('toHaveIssue: a 2 MB partial gets a capped message (its cost is in the bench, not timed here)', () => {
    const partial = { workingDays: 'x'.repeat(2_000_000), more: Array.from({ length: 50_000 }, (_, i) => i) };
    const issues = [{ code: 'non-working-day', severity: 'error', message: 'm', path: ['a'] }];
    const message = failure(() => expect(issues).toHaveIssue('non-working-day', partial));
    expect(message.length).toBeLessThan(2000);
    expect(message).toContain('expected a non-working-day {"workingDays":"xxx');
  });

  it("toBeValidTimetable: junk fails; bad options are the caller's SecmodError", () => {
    expect(codeOf(() => expect(good).toBeValidTimetable(null as never))).toBe('invalid-argument');
    expect(codeOf(() => expect(good).toBeValidTimetable(5 as never))).toBe('invalid-argument');
    expect(codeOf(() => expect(good).toBeValidTimetable({ warnings: 'loud' as never }))).toBe('invalid-argument');
    for (const value of junk) {
      expect(failure(() => expect(value).toBeValidTimetable())).toContain('expected a valid timetable');
      expect(failure(() => expect(value).not.toBeValidTimetable())).toContain('expected a valid timetable');
    }
  });

  it('toBeRefused and toBeAccepted: junk fails, negated or not, and the messages never throw', () => {
    for (const value of [
      ...junk,
      { ok: true },
      { ok: false },
      { ok: false, error: 5 },
      { ok: true, state: revoked() },
    ]) {
      for (const assertion of [
        () => expect(value).toBeRefused(),
        () => expect(value).not.toBeRefused(),
        () => expect(value).toBeAccepted(),
        () => expect(value).not.toBeAccepted(),
      ])
        expect(failure(assertion)).toContain('expected a TransitionResult { ok, state | error }, received');
    }
    const oddAccepted = { ok: true, state: { stage: null, since: 5 } };
    expect(failure(() => expect(oddAccepted).not.toBeAccepted())).toBe(
      'expected the transition to be refused, but it was accepted: the proposal is null since 5',
    );
    const oddRefused = { ok: false, error: { code: 7, path: 'x', message: {} } };
    expect(failure(() => expect(oddRefused).toBeAccepted())).toBe(
      'expected the transition to be accepted, but it was refused: 7 at (event): an empty object',
    );
    expect(codeOf(() => expect(oddRefused).toBeRefused(5 as never))).toBe('invalid-argument');
  });

  it('toThrowSecmodError: junk fails; whatever was thrown is described', () => {
    for (const value of [null, 5, 'text', [null], {}, revoked()]) {
      expect(failure(() => expect(value).toThrowSecmodError())).toContain('expected a function to call, received');
      expect(failure(() => expect(value).not.toThrowSecmodError())).toContain('expected a function to call, received');
    }
    for (const thrown of [null, 5, revoked(), { name: 5 }, 'x'.repeat(10_000)]) {
      const message = failure(() =>
        expect(() => {
          throw thrown;
        }).toThrowSecmodError(),
      );
      expect(message).toContain('expected a SecmodError, but got');
      expect(message.length).toBeLessThan(400);
    }
    expect(codeOf(() => expect(() => 0).toThrowSecmodError(null as never))).toBe('invalid-argument');
  });

  it('toEndOn: junk fails; skipped and steps of any shape are described', () => {
    for (const value of [null, 5, 'text', [null], revoked()]) {
      expect(failure(() => expect(value).toEndOn('2018-01-08'))).toContain('expected a Standstill');
      expect(failure(() => expect(value).not.toEndOn('2018-01-08'))).toContain('expected a Standstill');
    }
    expect(failure(() => expect({ skipped: 5 }).toEndOn('2018-01-08'))).toContain('no day skipped');
    expect(failure(() => expect({ skipped: [null, 5], steps: 5 }).toEndOn('2018-01-08'))).toContain(
      'skipped undefined (undefined), undefined (undefined)',
    );
    expect(failure(() => expect({ endsOn: '2018-01-08', steps: [revoked()] }).not.toEndOn('2018-01-08'))).toContain(
      'expected the standstill not to end on 2018-01-08',
    );
    expect(codeOf(() => expect({}).toEndOn(null as never))).toBe('invalid-argument');
  });
});
