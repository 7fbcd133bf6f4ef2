import { describe, expectTypeOf, it } from 'vitest';
import {
  isSecmodError,
  type LifecycleErrorCode,
  type SecmodError,
  type SecmodErrorCode,
} from '../../src/errors/index.js';
import { initialState, transition } from '../../src/lifecycle/index.js';
import type { EarliestReleaseInput } from '../../src/releases/index.js';
import type { Standstill, StandstillInput } from '../../src/standstill/index.js';
import type { ValidateTimetableOptions } from '../../src/timetable/index.js';

describe('types that fit strict projects', () => {
  it('isSecmodError narrows to the closed union of codes, or to one code', () => {
    const e: unknown = undefined;
    if (isSecmodError(e)) expectTypeOf(e.code).toEqualTypeOf<SecmodErrorCode>();
    if (isSecmodError(e, 'invalid-date')) expectTypeOf(e).toEqualTypeOf<SecmodError<'invalid-date'>>();
    // @ts-expect-error: not a code secmod throws
    isSecmodError(e, 'no-such-code');
  });

  it('optional inputs accept undefined under exactOptionalPropertyTypes', () => {
    const standstill = undefined as Standstill | undefined;
    expectTypeOf({ standstillEndsOn: standstill?.endsOn }).toExtend<ValidateTimetableOptions>();
    expectTypeOf({ approvedOn: '2017-09-29', standstillEndsOn: standstill?.endsOn }).toExtend<EarliestReleaseInput>();
    expectTypeOf({ receivedOn: '2017-10-05', convention: undefined }).toExtend<StandstillInput>();
  });
});

describe('a refused TransitionResult', () => {
  it('carries the lifecycle codes only', () => {
    const r = transition(initialState({ id: 'MP1', path: 'fast-track', raisedOn: '2021-02-16' }), {
      type: 'withdraw',
      date: '2021-03-01',
    });
    if (!r.ok) expectTypeOf(r.error.code).toEqualTypeOf<LifecycleErrorCode>();
    if (!r.ok) expectTypeOf(r.error.code).not.toEqualTypeOf<SecmodErrorCode>();
  });
});
