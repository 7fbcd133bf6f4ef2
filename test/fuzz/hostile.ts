/**
 * The hostile classes of "Hostile input, second round", as junk every export is sent: lying lengths,
 * revoked Proxies, 2 MB strings, BigInt, Symbol (as values and as keys), cycles, null prototypes and
 * getters that throw. Values that fast-check cannot hold (a revoked Proxy throws on `in`, a throwing
 * getter on printing) are drawn as {@link Hostile} markers and made real only for the call
 * ({@link materialize}), inside the worker: a Proxy cannot be posted to a worker either.
 */
import fc from 'fast-check';

/** The exception a caller's own getter or Proxy trap throws: it may pass through unchanged, being the caller's. */
export class CallerError extends Error {
  override readonly name = 'CallerError';
}

/** 2 MB, made once per worker and shared by every call (a string is immutable). */
export const BIG = 'x'.repeat(2_000_000);
/** 2 MB that starts as a date. */
export const BIG_DATE = '2017-10-05'.padEnd(2_000_000, '0');

const lyingArray = (): unknown[] => {
  const a: unknown[] = [];
  a.length = 2 ** 32 - 1;
  return a;
};
/** A revoked Proxy over `target`: it cannot be read, asked about or called. */
export const revoked = <T extends object>(target: T): T => {
  const r = Proxy.revocable(target, {});
  r.revoke();
  return r.proxy;
};
const throws = (): never => {
  throw new CallerError('a getter of the caller throws');
};

/** The values a marker stands for, each made fresh for its call. */
const MAKE = {
  /** `a = []; a.length = 2 ** 32 - 1` */
  'sparse-array': lyingArray,
  /** A Proxy over [] whose `length` says 2 ** 32 - 1. */
  'lying-proxy': () =>
    new Proxy([], { get: (t, k, r) => (k === 'length' ? 2 ** 32 - 1 : (Reflect.get(t, k, r) as unknown)) }),
  /** A Proxy over [] whose every read throws. */
  'throwing-proxy': () => new Proxy([], { get: throws }),
  /** A Proxy over {} whose every read throws. */
  'throwing-object-proxy': () => new Proxy({}, { get: throws }),
  'revoked-object': () => revoked({}),
  'revoked-array': () => revoked([]),
  'revoked-function': () => revoked(() => 1),
  /** An object whose fields (the names inputs use) throw when read. */
  'throwing-getters': () =>
    Object.defineProperties(
      {},
      Object.fromEntries(
        ['id', 'date', 'name', 'kind', 'path', 'proposals', 'milestones', 'type'].map((k) => [
          k,
          { get: throws, enumerable: true },
        ]),
      ),
    ),
  /** An array whose first element throws when read. */
  'throwing-element': () => Object.defineProperty([1, 2], 0, { get: throws, enumerable: true }),
} as const;

export type HostileKind = keyof typeof MAKE;
export const HOSTILE_KINDS = Object.keys(MAKE) as HostileKind[];

/** Stands for a value fast-check cannot hold; made real by {@link materialize}. */
export class Hostile {
  constructor(readonly kind: HostileKind) {}
  [fc.toStringMethod](): string {
    return `hostile(${this.kind})`;
  }
}

const cyclic = (): unknown => {
  const o: Record<string, unknown> = { id: 'cycle', date: '2017-10-05', name: 'cycle' };
  o.self = o;
  o.list = [o];
  return o;
};
const nullPrototype = (): unknown =>
  Object.assign(Object.create(null) as object, { id: 'MP1', date: '2017-10-05', name: 'n' });

/** The hostile values that fast-check can hold as they are (made once; frozen by the first call). */
const PLAIN: readonly unknown[] = [
  BIG,
  BIG_DATE,
  { [BIG]: 1 },
  { id: 'MP1', [BIG]: true },
  1n,
  2n ** 64n,
  -1n,
  Symbol('junk'),
  Symbol.iterator,
  { [Symbol('key')]: 1 },
  { id: 'MP1', date: '2017-10-05', [Symbol.toPrimitive]: () => 1 },
];

/** One hostile value: plain, fresh (a cycle, a null prototype) or a marker. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KINDS).map((k) => new Hostile(k)) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 1, arbitrary: fc.constant(null).map(cyclic) },
  { weight: 1, arbitrary: fc.constant(null).map(nullPrototype) },
);

/** Every hostile value once, for the sweep over each argument of each export. */
export const EVERY_HOSTILE: readonly unknown[] = [
  ...HOSTILE_KINDS.map((k) => new Hostile(k)),
  ...PLAIN,
  cyclic(),
  nullPrototype(),
];

const isPlain = (v: unknown): v is object => {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return true;
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
};

/** The value with its markers made real (containers on a marker's path copied; nothing else touched). */
export function materialize(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value instanceof Hostile) return MAKE[value.kind]();
  if (!isPlain(value)) return value;
  if (seen.has(value)) return seen.get(value);
  seen.set(value, value);
  const keys = Reflect.ownKeys(value);
  let copy: Record<PropertyKey, unknown> | unknown[] | undefined;
  for (const key of keys) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (!d || !('value' in d)) continue;
    const made = materialize(d.value, seen);
    if (made === d.value) continue;
    copy ??= Array.isArray(value)
      ? [...(value as unknown[])]
      : (Object.assign(Object.create(Object.getPrototypeOf(value) as object) as object, value) as Record<
          PropertyKey,
          unknown
        >);
    Object.defineProperty(copy, key, { ...d, value: made });
  }
  if (copy !== undefined) seen.set(value, copy);
  return copy ?? value;
}

/** A place in the arguments: the container and the key of a value in it. */
interface Place {
  readonly path: readonly PropertyKey[];
}

/** The places of every value in the plain objects and arrays of the arguments (first 200, 8 levels). */
function places(args: readonly unknown[]): Place[] {
  const found: Place[] = [];
  const visit = (v: unknown, path: readonly PropertyKey[], seen: Set<object>) => {
    if (found.length >= 200 || path.length > 8 || !isPlain(v) || seen.has(v)) return;
    seen.add(v);
    for (const key of Object.keys(v)) {
      found.push({ path: [...path, key] });
      visit((v as Record<string, unknown>)[key], [...path, key], seen);
    }
  };
  args.forEach((a, i) => {
    found.push({ path: [i] });
    visit(a, [i], new Set());
  });
  return found;
}

const copyOf = (v: object): Record<PropertyKey, unknown> =>
  Array.isArray(v)
    ? ([...v] as unknown as Record<PropertyKey, unknown>)
    : (Object.assign(Object.create(Object.getPrototypeOf(v) as object) as object, v) as Record<PropertyKey, unknown>);

/** The arguments with `change` applied to the value at `path` (containers on the way copied). */
function at(args: readonly unknown[], path: readonly PropertyKey[], change: (v: unknown) => unknown): unknown[] {
  const step = (v: unknown, i: number): unknown => {
    if (i === path.length) return change(v);
    const c = copyOf(v as object);
    const key = path[i] as PropertyKey;
    c[key] = step(c[key], i + 1);
    return c;
  };
  return step(args, 0) as unknown[];
}

/** How a nested value is made hostile. */
type How = 'replace' | 'symbol-key' | 'big-key' | 'null-prototype';

function mutate(args: readonly unknown[], pick: number, value: unknown, how: How): unknown[] {
  const all = places(args);
  if (all.length === 0) return [...args];
  const { path } = all[pick % all.length] as Place;
  return at(args, path, (v) => {
    if (how === 'replace' || !isPlain(v) || Array.isArray(v)) return value;
    if (how === 'symbol-key') return { ...v, [Symbol('extra')]: value };
    if (how === 'big-key') return { ...v, [BIG]: value };
    return Object.assign(Object.create(null) as object, v);
  });
}

/** Well-typed arguments with one value, anywhere inside them, made hostile (an id, a title, a date, a list). */
export const nestedHostile = (typed: fc.Arbitrary<readonly unknown[]>, junk: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      typed,
      fc.nat(),
      fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: junk }),
      fc.constantFrom<How>('replace', 'replace', 'replace', 'symbol-key', 'big-key', 'null-prototype'),
    )
    .map(([a, pick, value, how]) => mutate(a, pick, value, how));
