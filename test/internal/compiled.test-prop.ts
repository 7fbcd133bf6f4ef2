/**
 * A compiled schema answers as zod does: whatever it returns (not NOT_PARSED), zod's `safeParse` succeeds
 * with data equal to it, keys in the same order; a copy shares nothing with the input, and a reusing one
 * only what a copy would equal. Every valid record of the bundled registers takes the compiled path.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSchema, NOT_PARSED } from '../../src/internal/compiled.js';
import { lifecycleEventSchema } from '../../src/lifecycle/schema.js';
import { modificationSchema, registerHeaderSchema } from '../../src/register/schema.js';
import { dccAssessmentSchema, extensionSchema, milestoneSchema } from '../../src/timetable/schema.js';
import { reachable } from '../../src/internal/freeze.js';

const read = (file: string): { proposals: Record<string, unknown>[] } =>
  JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')) as {
    proposals: Record<string, unknown>[];
  };

const REGISTERS = [read('examples/register-2017-10.json'), read('examples/register-2020-09.json')];
const RECORDS = REGISTERS.flatMap((r) => r.proposals);
const HISTORY: unknown[] = JSON.parse(
  readFileSync(new URL('../../examples/histories/SECMP0004.json', import.meta.url), 'utf8'),
).events;
interface TimetableLike {
  milestones?: unknown[];
  extensions?: unknown[];
  dccAssessments?: unknown[];
}
const TIMETABLES: TimetableLike[] = [
  ...['proposed.json', 'three-mistakes.json'].map(
    (f) =>
      (
        JSON.parse(readFileSync(new URL(`../../examples/timetables/${f}`, import.meta.url), 'utf8')) as {
          timetable: TimetableLike;
        }
      ).timetable,
  ),
  ...RECORDS.flatMap((r) => (r.timetable === undefined ? [] : [r.timetable as TimetableLike])),
];

/** Each compiled schema with valid values of it. */
const CASES: readonly { name: string; schema: z.ZodType; valid: readonly unknown[] }[] = [
  { name: 'register record', schema: modificationSchema, valid: RECORDS },
  { name: 'register header', schema: registerHeaderSchema, valid: REGISTERS },
  {
    name: 'lifecycle event',
    schema: lifecycleEventSchema,
    valid: [...HISTORY, ...RECORDS.flatMap((r) => (r.history as unknown[]) ?? [])],
  },
  { name: 'milestone', schema: milestoneSchema, valid: TIMETABLES.flatMap((t) => t.milestones ?? []) },
  {
    name: 'extension',
    schema: extensionSchema,
    valid: [
      ...TIMETABLES.flatMap((t) => t.extensions ?? []),
      // SECMP0023's as the report of October 2017 (SECP_49_1310_11 s2) describes them.
      { agreedOn: '2017-03-10', months: 3, reason: 'late DCC Preliminary Assessment', by: 'panel' },
      {
        agreedOn: '2017-06-09',
        months: 3,
        reason: 'late DCC Impact Assessment',
        by: 'panel',
        from: 'draft-modification-report',
      },
    ],
  },
  {
    name: 'DCC assessment',
    schema: dccAssessmentSchema,
    valid: [
      ...RECORDS.flatMap((r) => (r.dccAssessments as unknown[]) ?? []),
      ...TIMETABLES.flatMap((t) => t.dccAssessments ?? []),
      { kind: 'preliminary', requestedOn: '2017-01-10', originalDueOn: '2017-02-07', returnedOn: '2017-03-01' },
      {
        kind: 'impact',
        requestedOn: '2017-04-03',
        originalDueOn: '2017-06-01',
        revisedDueOn: ['2017-07-01', '2017-10-31'],
        onHold: [{ from: '2017-05-01', to: '2017-05-15' }, { from: '2017-09-01' }],
      },
    ],
  },
];

/** The value with one change at a random place: a value replaced, a key removed or added, keys reordered. */
function mutated(value: unknown): fc.Arbitrary<unknown> {
  const places: { path: (string | number)[]; node: unknown }[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    places.push({ path, node });
    if (Array.isArray(node)) node.forEach((v, i) => visit(v, [...path, i]));
    else if (typeof node === 'object' && node !== null)
      for (const [k, v] of Object.entries(node)) visit(v, [...path, k]);
  };
  visit(value, []);
  const change = fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), with: fc.jsonValue() }),
    fc.record({
      kind: fc.constant('replace' as const),
      with: fc.constantFrom<unknown>(undefined, NaN, Infinity, -0, '', '2017-02-30', '2017-10', 'MP999'),
    }),
    fc.record({ kind: fc.constant('remove' as const) }),
    fc.record({
      kind: fc.constant('add' as const),
      key: fc.constantFrom('extra', '__proto__', 'constructor', 'toString', 'id'),
    }),
    fc.record({ kind: fc.constant('reverse' as const) }),
    fc.record({ kind: fc.constant('getter' as const) }),
    fc.record({ kind: fc.constant('inherit' as const) }),
    fc.record({ kind: fc.constant('hole' as const) }),
  );
  return fc.tuple(fc.integer({ min: 0, max: places.length - 1 }), change).map(([at, c]) => {
    const copy = structuredClone(value);
    const { path } = places[at] as { path: (string | number)[] };
    let parent: unknown = undefined;
    let node: unknown = copy;
    for (const key of path) {
      parent = node;
      node = (node as Record<string | number, unknown>)[key];
    }
    const key = path.at(-1);
    const set = (v: unknown) => {
      if (parent === undefined) return v;
      (parent as Record<string | number, unknown>)[key as string | number] = v;
      return copy;
    };
    switch (c.kind) {
      case 'replace':
        return set(c.with);
      case 'remove':
        if (parent === undefined) return undefined;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete (parent as Record<string, unknown>)[key as string];
        return copy;
      case 'add':
        if (typeof node !== 'object' || node === null || Array.isArray(node)) return copy;
        Object.defineProperty(node, c.key, { value: 1, enumerable: true, writable: true, configurable: true });
        return copy;
      case 'getter': {
        // The value behind a getter, read as zod reads it.
        if (parent === undefined || Array.isArray(parent)) return copy;
        const held = node;
        Object.defineProperty(parent, key as string, { get: () => held, enumerable: true, configurable: true });
        return copy;
      }
      case 'inherit': {
        // The key moved to the object's prototype: `in` still finds it, own keys do not.
        if (parent === undefined || Array.isArray(parent)) return copy;
        const held = node;
        delete (parent as Record<string, unknown>)[key as string];
        Object.setPrototypeOf(parent, { [key as string]: held });
        return copy;
      }
      case 'hole':
        if (!Array.isArray(node) || node.length === 0) return copy;
        delete node[0];
        return copy;
      case 'reverse':
        if (Array.isArray(node)) return set([...node].reverse());
        if (typeof node === 'object' && node !== null) return set(Object.fromEntries(Object.entries(node).reverse()));
        return copy;
    }
  });
}

/** Every object's own keys in order, and every array's length, depth first. */
function keyOrder(value: unknown): unknown[] {
  const out: unknown[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      out.push(v.length);
      v.forEach(visit);
    } else if (typeof v === 'object' && v !== null) {
      out.push(Reflect.ownKeys(v));
      for (const k of Object.keys(v)) visit((v as Record<string, unknown>)[k]);
    }
  };
  visit(value);
  return out;
}

/** What the compiled schema returned agrees with zod's safeParse of the same value. */
function agrees(schema: z.ZodType, value: unknown, reuse: boolean): 'compiled' | 'zod' {
  const compiled = compileSchema(schema, { reuse });
  expect(compiled).toBeDefined();
  const before = JSON.stringify(value);
  const out = (compiled as NonNullable<typeof compiled>)(value);
  expect(JSON.stringify(value)).toBe(before); // the input is not changed
  if (out === NOT_PARSED) return 'zod';
  const zod = schema.safeParse(value);
  expect(zod.success).toBe(true);
  // Equal to the last key (keys holding undefined, holes, prototypes), and every object's keys in the same order.
  expect(out).toStrictEqual(zod.data);
  expect(keyOrder(out)).toEqual(keyOrder(zod.data));
  if (!reuse) {
    // A copy: the output shares with the input exactly what zod's does (only what a custom check passes as it is).
    const inputs = reachable(value);
    const shared = (x: unknown) => [...reachable(x)].filter((o) => inputs.has(o)).length;
    expect(shared(out)).toBe(shared(zod.data));
  }
  return 'compiled';
}

describe('compiled schemas', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s: every valid value is read compiled, as zod reads it', (_, c) => {
    expect(c.valid.length).toBeGreaterThan(0);
    for (const reuse of [false, true]) for (const v of c.valid) expect(agrees(c.schema, v, reuse)).toBe('compiled');
  });

  it.each(CASES.map((c) => [c.name, c] as const))(
    '%s: a changed value is read compiled only where zod accepts it, equally',
    (_, c) => {
      fc.assert(
        fc.property(
          fc.constantFrom(...c.valid).chain((v) => mutated(v)),
          fc.boolean(),
          (value, reuse) => {
            agrees(c.schema, value, reuse);
          },
        ),
        { numRuns: 400 },
      );
    },
  );

  it('refuses to compile what it cannot run as zod does: xor, exactOptional, codecs, and for reuse a loose object', () => {
    expect(compileSchema(z.xor([z.string(), z.string().min(1)]))).toBeUndefined();
    expect(compileSchema(z.object({ a: z.string().exactOptional() }))).toBeUndefined();
    expect(
      compileSchema(
        z.codec(z.string(), z.string(), { decode: (s) => s.toUpperCase(), encode: (s) => s.toLowerCase() }),
      ),
    ).toBeUndefined();
    expect(compileSchema(z.object({ a: z.string() }))).toBeDefined();
    expect(compileSchema(z.object({ a: z.string() }), { reuse: true })).toBeUndefined();
    expect(compileSchema(z.strictObject({ a: z.string() }), { reuse: true })).toBeDefined();
  });

  it('reusing, leaves to zod what JSON.parse cannot make: an object with a prototype of its own, an array with a hole', () => {
    const compiled = compileSchema(modificationSchema, { reuse: true });
    const record = structuredClone(RECORDS[0]) as Record<string, unknown>;
    expect(compiled?.(Object.setPrototypeOf({ ...record }, { extra: 1 }))).toBe(NOT_PARSED);
    const events = compileSchema(z.strictObject({ list: z.array(z.string().optional()) }), { reuse: true });
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const holed = { list: [, 'a'] };
    expect(events?.(holed)).toStrictEqual(z.strictObject({ list: z.array(z.string().optional()) }).parse(holed));
  });

  it('reuses an input only where a copy would equal it: keys out of order are copied in order', () => {
    const record = RECORDS[0] as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(record).reverse());
    const compiled = compileSchema(modificationSchema, { reuse: true });
    const out = compiled?.(reversed) as Record<string, unknown>;
    expect(out).not.toBe(reversed);
    expect(Object.keys(out)).toEqual(Object.keys(modificationSchema.parse(record)));
    expect(compiled?.(record)).toBe(record);
  });
});
