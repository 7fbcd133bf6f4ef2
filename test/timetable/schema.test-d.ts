import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  dccAssessmentSchema,
  extensionSchema,
  MILESTONE_ORDER,
  milestoneKindSchema,
  milestoneSchema,
  timetableSchema,
} from '../../src/timetable/index.js';
import {
  parseTimetable,
  type DccAssessment,
  type Extension,
  type Milestone,
  type MilestoneKind,
  type Timetable,
} from '../../src/timetable/index.js';
import type { Mutable } from '../types.js';

describe('the timetable schemas agree with the timetable types', () => {
  it('timetable, milestone, extension and DCC assessment', () => {
    expectTypeOf<z.input<typeof timetableSchema>>().toEqualTypeOf<Mutable<Timetable>>();
    expectTypeOf<z.input<typeof milestoneSchema>>().toEqualTypeOf<Mutable<Milestone>>();
    expectTypeOf<z.input<typeof extensionSchema>>().toEqualTypeOf<Mutable<Extension>>();
    expectTypeOf<z.input<typeof dccAssessmentSchema>>().toEqualTypeOf<Mutable<DccAssessment>>();
  });
  it('the milestone vocabulary is written once', () => {
    expectTypeOf<z.output<typeof milestoneKindSchema>>().toEqualTypeOf<MilestoneKind>();
    expectTypeOf<(typeof MILESTONE_ORDER)[number]>().toEqualTypeOf<MilestoneKind>();
  });
  it('parseTimetable returns a Timetable', () => {
    expectTypeOf(parseTimetable).returns.toEqualTypeOf<Timetable>();
  });
});
