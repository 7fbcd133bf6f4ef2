import { describe, expect, expectTypeOf, it } from 'vitest';
import { checkKeys, checkRecord, keysOf, unknownKeyOf, unknownKeysMessage } from '../../src/internal/keys.js';
import { EVENT_KEYS } from '../../src/lifecycle/types.js';
import { lifecycleEventSchema } from '../../src/lifecycle/schema.js';
import {
  DCC_ASSESSMENT_KEYS,
  EXTENSION_KEYS,
  MILESTONE_KEYS,
  TIMETABLE_KEYS,
  type Timetable,
} from '../../src/timetable/types.js';
import { dccAssessmentSchema, extensionSchema, milestoneSchema, timetableSchema } from '../../src/timetable/schema.js';
import { errorOf } from '../helpers.js';

const KNOWN = keysOf<{ receivedOn: string; detailedOpinion?: boolean; urgency?: boolean }>()([
  'receivedOn',
  'detailedOpinion',
  'urgency',
]);

describe('checkKeys: an unknown key is refused with its path and the nearest known key', () => {
  it('names the key, the nearest known one and every known key, at the path of the key', () => {
    const e = errorOf(() => checkKeys({ receivedOn: '2026-12-03', detailed_opinion: true }, KNOWN, ['input']));
    expect(e.code).toBe('invalid-argument');
    expect(e.path).toEqual(['input', 'detailed_opinion']);
    expect(e.message).toBe(
      'invalid argument input: unknown key "detailed_opinion" (did you mean "detailedOpinion"?); expected one of receivedOn, detailedOpinion, urgency',
    );
  });

  it('guesses nothing for a key far from every known one; a top-level object has no path of its own', () => {
    const e = errorOf(() => checkKeys({ colour: 'red' }, KNOWN, []));
    expect(e.path).toEqual(['colour']);
    expect(e.message).toBe(
      'invalid argument: unknown key "colour"; expected one of receivedOn, detailedOpinion, urgency',
    );
  });

  it('refuses an unknown key whatever its value, undefined included', () => {
    expect(unknownKeyOf({ receivedOn: 'x', urgncy: undefined }, KNOWN)).toBe('urgncy');
  });

  it('passes known keys, absent optional keys, inherited keys and a null-prototype object', () => {
    expect(unknownKeyOf({ receivedOn: 'x', urgency: true }, KNOWN)).toBeUndefined();
    expect(unknownKeyOf(Object.create({ inherited: 1 }) as object, KNOWN)).toBeUndefined();
    const bare = Object.assign(Object.create(null) as object, { receivedOn: 'x' });
    expect(unknownKeyOf(bare, KNOWN)).toBeUndefined();
    expect(checkRecord({ urgency: false }, ['input'], 'StandstillInput', KNOWN)).toEqual({ urgency: false });
  });

  it('shows a huge key briefly (the path keeps it whole)', () => {
    const key = 'k'.repeat(10_000);
    const e = errorOf(() => checkKeys({ [key]: 1 }, KNOWN, ['input']));
    expect(e.path).toEqual(['input', key]);
    expect(e.message.length).toBeLessThan(200);
  });

  it('several unknown keys at once (as a schema reports them): each with its guess', () => {
    expect(unknownKeysMessage(['detailed_opinion', 'colour'], KNOWN)).toBe(
      'unknown keys "detailed_opinion" (did you mean "detailedOpinion"?), "colour"; expected one of receivedOn, detailedOpinion, urgency',
    );
  });
});

describe('keysOf: a list compiles only when it names every key of its type and no other', () => {
  interface Options {
    readonly a: string;
    readonly b?: number | undefined;
  }
  it('all keys, in any order; every member of a union', () => {
    expect([...keysOf<Options>()(['b', 'a'])]).toEqual(['b', 'a']);
    type Rule = { kind: 'x'; month: number } | { kind: 'y'; offset: number };
    expect([...keysOf<Rule>()(['kind', 'month', 'offset'])]).toEqual(['kind', 'month', 'offset']);
  });
  it('a key left out, or one the type does not have, does not compile', () => {
    // @ts-expect-error: b is left out
    keysOf<Options>()(['a']);
    // @ts-expect-error: c is not a key of Options
    keysOf<Options>()(['a', 'b', 'c']);
  });
});

describe('the entrances and the JSON edge know the same keys', () => {
  const keysOfSchema = (schema: { shape: object }) => Object.keys(schema.shape).sort();
  it('a Timetable and its parts', () => {
    expect([...TIMETABLE_KEYS].sort()).toEqual(keysOfSchema(timetableSchema));
    expect([...MILESTONE_KEYS].sort()).toEqual(keysOfSchema(milestoneSchema));
    expect([...EXTENSION_KEYS].sort()).toEqual(keysOfSchema(extensionSchema));
    expect([...DCC_ASSESSMENT_KEYS].sort()).toEqual(keysOfSchema(dccAssessmentSchema));
    expectTypeOf<keyof Timetable>().toEqualTypeOf<keyof typeof timetableSchema.shape>();
  });
  it('each type of lifecycle event', () => {
    const bySchema = Object.fromEntries(
      lifecycleEventSchema.options.map((o) => [o.shape.type.value, Object.keys(o.shape).sort()]),
    );
    const byList = Object.fromEntries(Object.entries(EVENT_KEYS).map(([type, keys]) => [type, [...keys].sort()]));
    expect(byList).toEqual(bySchema);
  });
});
