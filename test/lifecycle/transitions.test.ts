import { readdirSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  EVENT_TYPES,
  TRANSITIONS,
  lifecycleEventSchema,
  type AnyTransitionRule,
  type EventType,
} from '../../src/lifecycle/index.js';

/** The modules of `src/lifecycle/transitions/` that hold rules: all but the table and the shared pieces. */
const dir = new URL('../../src/lifecycle/transitions/', import.meta.url);
const SHARED = ['table.ts', 'rule.ts', 'decision.ts', 'release.ts'];
const ruleModules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !SHARED.includes(f))
  .sort();

const isRule = (v: unknown): v is AnyTransitionRule<EventType> =>
  typeof v === 'object' &&
  v !== null &&
  Array.isArray((v as { from?: unknown }).from) &&
  Array.isArray((v as { to?: unknown }).to) &&
  typeof (v as { apply?: unknown }).apply === 'function';

/** Every rule the modules export, with the module it comes from. */
async function exportedRules(): Promise<Map<unknown, string>> {
  const rules = new Map<unknown, string>();
  for (const file of ruleModules) {
    const mod = (await import(new URL(file, dir).href)) as Record<string, unknown>;
    for (const value of Object.values(mod)) if (isRule(value)) rules.set(value, file);
  }
  return rules;
}

describe('TRANSITIONS is assembled from one module per event', () => {
  it('has a rule for every event type of the event schema, and for no other', () => {
    const schemaTypes = lifecycleEventSchema.options.map((o) => o.shape.type.value);
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...schemaTypes].sort());
    expect([...EVENT_TYPES]).toEqual(Object.keys(TRANSITIONS));
  });

  it('every rule of the table is exported by one module, named after its event unless it holds a group of events sharing their logic; the modules export no rule the table leaves out', async () => {
    const rules = await exportedRules();
    const moduleOf = Object.fromEntries(EVENT_TYPES.map((type) => [type, rules.get(TRANSITIONS[type])]));
    for (const type of EVENT_TYPES) expect(moduleOf[type], `${type} has no module`).toBeDefined();
    expect(rules.size, 'a module exports a rule the table does not hold').toBe(EVENT_TYPES.length);
    const byModule: Record<string, EventType[]> = {};
    for (const type of EVENT_TYPES) (byModule[moduleOf[type] as string] ??= []).push(type);
    for (const [file, types] of Object.entries(byModule)) if (types.length === 1) expect(file).toBe(`${types[0]}.ts`);
    const groups = Object.fromEntries(Object.entries(byModule).filter(([, types]) => types.length > 1));
    expect(groups).toEqual({
      'route.ts': ['convert-to-proposal', 'initial-consideration'],
      'refinement.ts': [
        'dcc-preliminary-assessment-requested',
        'dcc-impact-assessment-requested',
        'dcc-assessment-returned',
        'consultation-issued',
        'consultation-closed',
      ],
      'report-phase.ts': [
        'refinement-concluded',
        'draft-report-approved',
        'report-consultation-closed',
        'report-revised',
      ],
    });
    expect(
      ruleModules.filter((file) => byModule[file] === undefined),
      'a module holds no rule of the table',
    ).toEqual([]);
  });

  it('is typed over the event-type union: each entry is the rule of its own event type', () => {
    expectTypeOf(TRANSITIONS).toEqualTypeOf<{ readonly [T in EventType]: AnyTransitionRule<T> }>();
    const swapped = { ...TRANSITIONS, withdraw: TRANSITIONS.resume };
    // @ts-expect-error: the resume rule is no rule for withdraw
    const table: { readonly [T in EventType]: AnyTransitionRule<T> } = swapped;
    void table;
  });
});
