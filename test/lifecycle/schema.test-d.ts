import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type {
  ChangeBoardVote,
  EventType,
  LifecycleEvent,
  ModificationPath,
  OpenCategory,
  Route,
  CHANGE_BOARD_VOTES,
  EVENT_TYPES,
  lifecycleEventSchema,
  MODIFICATION_PATHS,
  OPEN_CATEGORIES,
  pathSchema,
  ROUTES,
} from '../../src/lifecycle/index.js';
import { parseEvents } from '../../src/lifecycle/index.js';
import type { Mutable } from '../types.js';

describe('each lifecycle vocabulary is defined once, and the schema agrees with the types', () => {
  it('the event schema reads exactly the LifecycleEvent union', () => {
    expectTypeOf<z.input<typeof lifecycleEventSchema>>().toEqualTypeOf<Mutable<LifecycleEvent>>();
  });
  it('parseEvents returns events replay accepts', () => {
    expectTypeOf(parseEvents).returns.toEqualTypeOf<LifecycleEvent[]>();
  });
  it('the vocabularies are the types', () => {
    expectTypeOf<(typeof MODIFICATION_PATHS)[number]>().toEqualTypeOf<ModificationPath>();
    expectTypeOf<z.output<typeof pathSchema>>().toEqualTypeOf<ModificationPath>();
    expectTypeOf<(typeof EVENT_TYPES)[number]>().toEqualTypeOf<EventType>();
    expectTypeOf<(typeof ROUTES)[number]>().toEqualTypeOf<Route>();
    expectTypeOf<(typeof CHANGE_BOARD_VOTES)[number]>().toEqualTypeOf<ChangeBoardVote>();
    expectTypeOf<(typeof OPEN_CATEGORIES)[number]>().toEqualTypeOf<OpenCategory>();
  });
});
