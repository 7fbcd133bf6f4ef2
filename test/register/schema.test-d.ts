import { describe, expectTypeOf, it } from 'vitest';
import type { LifecycleEvent } from '../../src/lifecycle/index.js';
import type { z } from 'zod';
import type { modificationSchema, registerSchema, Modification, Register } from '../../src/register/index.js';
import type { ScopeTarget } from '../../src/releases/index.js';
import type { Milestone, Extension, DccAssessment } from '../../src/timetable/index.js';

type Item<T> = T extends readonly (infer U)[] ? U : never;

describe('a parsed register record is made of the domain types (no cast bridges them)', () => {
  it('its history replays, its timetable validates, its targets scope', () => {
    expectTypeOf<Item<NonNullable<Modification['history']>>>().toExtend<LifecycleEvent>();
    expectTypeOf<Item<NonNullable<Modification['timetable']>['milestones']>>().toExtend<Milestone>();
    expectTypeOf<Item<NonNullable<Modification['timetable']>['extensions']>>().toExtend<Extension>();
    expectTypeOf<Item<NonNullable<Modification['dccAssessments']>>>().toExtend<DccAssessment>();
    expectTypeOf<Item<NonNullable<Modification['releases']>>>().toExtend<ScopeTarget>();
  });
});

describe('the register types are named, and are exactly what the schema outputs', () => {
  it('Register and Modification', () => {
    expectTypeOf<Modification>().toEqualTypeOf<z.output<typeof modificationSchema>>();
    expectTypeOf<Register>().toExtend<z.output<typeof registerSchema>>();
    expectTypeOf<z.output<typeof registerSchema>>().toExtend<Register>();
  });
});
