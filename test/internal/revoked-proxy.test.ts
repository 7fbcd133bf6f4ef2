import { describe, expect, it } from 'vitest';
import { addWorkingDays, englandAndWales, unionCalendar } from '../../src/calendar/index.js';
import { isSecmodError } from '../../src/errors/index.js';
import { checkArray, checkObject, firstHole, isRevokedProxy, show } from '../../src/internal/check.js';
import { initialState } from '../../src/lifecycle/index.js';
import { parseRegister } from '../../src/register/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import { validateTimetable } from '../../src/timetable/index.js';

/** A revoked Proxy: every operation on it but `typeof` throws a TypeError. */
function revoked(target: object = {}): never {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy as never;
}

/** An array-like Proxy whose `length` says 2 ** 32 - 1: joined or walked element by element, it never ends. */
const huge = (): never =>
  new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 32 - 1 : (Reflect.get(t, k) as unknown)) }) as never;

/** The code of the error `run` throws (a SecmodError, never a raw TypeError). */
function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isSecmodError(error)) return error.code;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('a revoked Proxy', () => {
  it('is told apart, shown and refused by the entrance checks', () => {
    expect(isRevokedProxy(revoked())).toBe(true);
    expect(isRevokedProxy(revoked(() => 0))).toBe(true);
    expect(isRevokedProxy(new Proxy({}, {}))).toBe(false);
    expect(isRevokedProxy([])).toBe(false);
    expect(isRevokedProxy(null)).toBe(false);
    expect(show(revoked())).toBe('a revoked Proxy');
    expect(show(revoked(() => 0))).toBe('a revoked Proxy');
    expect(firstHole(revoked([]))).toBe(0);
    expect(() => checkObject(revoked(), ['input'], 'an object')).toThrow(
      'invalid argument input a revoked Proxy: expected an object, not a revoked Proxy',
    );
    expect(codeOf(() => checkArray(revoked([]), ['list'], 'an array'))).toBe('invalid-argument');
  });

  it('is a coded error at the entrances of every module', () => {
    expect(codeOf(() => standstillPeriod(revoked()))).toBe('invalid-argument');
    expect(codeOf(() => standstillPeriod({ receivedOn: '2024-01-02', stateCalendar: revoked() } as never))).toBe(
      'invalid-argument',
    );
    expect(codeOf(() => validateTimetable(revoked()))).toBe('invalid-argument');
    expect(
      codeOf(() =>
        validateTimetable({ proposal: 'MP1', path: 'self-governance', milestones: revoked([]), extensions: [] }),
      ),
    ).toBe('invalid-argument');
    expect(codeOf(() => parseRegister(revoked()))).toBe('invalid-register');
    expect(codeOf(() => parseRegister({ proposals: [revoked()] }))).toBe('invalid-register');
    expect(codeOf(() => addWorkingDays('2024-01-02', 3, revoked()))).toBe('invalid-argument');
    expect(codeOf(() => initialState(revoked()))).toBe('invalid-argument');
    expect(codeOf(() => unionCalendar('u', englandAndWales, revoked()))).toBe('invalid-argument');
  });
});

describe('an array-like Proxy whose length says 2 ** 32 - 1', () => {
  it('is refused at once where a string is expected', () => {
    expect(
      codeOf(() => initialState({ id: 'MP1', path: 'self-governance', raisedOn: '2024-01-02', raisedBy: huge() })),
    ).toBe('invalid-argument');
    expect(codeOf(() => initialState({ id: huge(), path: 'self-governance', raisedOn: '2024-01-02' }))).toBe(
      'invalid-argument',
    );
    expect(codeOf(() => unionCalendar('u', { ...englandAndWales, name: huge() }))).toBe('invalid-argument');
    expect(show(huge())).toBe('an array of 4294967295');
  });
});
