/**
 * Whether an object a cache was built from is still as it was, so that no answer comes from a stale
 * index. secmod's own data is deep-frozen and cannot change: that is found once and remembered. A caller's
 * object that is not deep-frozen is compared, on each use, with a fingerprint taken when it was indexed:
 * the identity of every plain object and array reachable from it, each array's length, each object's keys
 * and every value, in one walk that stops at the first difference (so its cost is the object's size,
 * never a `length` it claims: an array with a hole is taken by its first hole, not walked).
 * @internal
 */
import { firstHole, isRevokedProxy } from './check.js';

/** Plain objects and arrays known to be deep-frozen: they cannot change. */
const DEEP_FROZEN = new WeakSet<object>();

/** Plain data: an array, or an object made by a literal (not a function, a Date, a class instance). */
function isPlain(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || isRevokedProxy(value)) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Whether a plain value is frozen, with every plain object and array reachable from it through data
 * properties (an accessor could answer differently each time: not frozen). Other objects (functions, a
 * holiday calendar's methods) are taken as they are. Remembered once found.
 */
export function isDeepFrozen(value: unknown): boolean {
  if (!isPlain(value)) return true;
  const stack: object[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop() as object;
    if (seen.has(v) || DEEP_FROZEN.has(v)) continue;
    seen.add(v);
    if (!Object.isFrozen(v)) return false;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d === undefined || !('value' in d)) return false;
      if (isPlain(d.value)) stack.push(d.value);
    }
  }
  for (const v of seen) DEEP_FROZEN.add(v);
  return true;
}

/** Marks the deep-frozen parts of a value (so a fingerprint takes each of them by its identity alone). */
function markFrozenParts(value: object): void {
  const stack: object[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop() as object;
    if (seen.has(v)) continue;
    seen.add(v);
    if (isDeepFrozen(v)) continue;
    for (const key of Object.keys(v)) {
      const child: unknown = (v as Record<string, unknown>)[key];
      if (isPlain(child)) stack.push(child);
    }
  }
}

/**
 * Walks the value's plain data in a fixed order: with `record`, pushes each item onto `print`; without,
 * compares each item with `print` and stops at the first difference (false). Keys in `opaque` (on the
 * top object) are taken by their value's identity, not walked (a holiday calendar: indexed by identity
 * everywhere). Deep-frozen parts are taken by identity too: they cannot change.
 */
function walkPrint(value: object, opaque: ReadonlySet<string>, print: unknown[], record: boolean): boolean {
  const stack: unknown[] = [value];
  let seen: Set<object> | undefined;
  let at = 0;
  // One item: pushed when recording, else compared with the next one recorded (false: changed).
  const item = (x: unknown): boolean => {
    if (record) {
      print.push(x);
      return true;
    }
    return at < print.length && Object.is(x, print[at++]);
  };
  while (stack.length > 0) {
    const v = stack.pop();
    if (!item(v)) return false;
    if (typeof v !== 'object' || v === null || DEEP_FROZEN.has(v) || !isPlain(v)) continue;
    if (seen === undefined) seen = new Set();
    else if (seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      if (!item(v.length)) return false;
      // A sparse array or a Proxy that lies about its length: taken by its first hole, not walked to
      // its length (which may say 2 ** 32 - 1).
      const hole = firstHole(v);
      if (hole >= 0) {
        if (!item(hole)) return false;
        continue;
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const keys = Object.keys(v);
    if (!item(keys.length)) return false;
    for (const key of keys) {
      const child: unknown = (v as Record<string, unknown>)[key];
      if (!item(key)) return false;
      if (v === value && opaque.has(key)) {
        if (!item(child)) return false;
      } else stack.push(child);
    }
  }
  return record || at === print.length;
}

/** What was recorded of an object when it was indexed. */
export type Stamp =
  | { readonly frozen: true }
  | { readonly frozen: false; readonly print: readonly unknown[]; readonly opaque: ReadonlySet<string> };

const FROZEN: Stamp = /* @__PURE__ */ Object.freeze({ frozen: true });
const NONE: ReadonlySet<string> = new Set();

/**
 * A stamp of an object as it is now (after it was checked): deep-frozen (nothing to compare later), or
 * its fingerprint.
 */
export function stampOf(value: object, opaque: ReadonlySet<string> = NONE): Stamp {
  if (isDeepFrozen(value)) return FROZEN;
  markFrozenParts(value);
  const print: unknown[] = [];
  walkPrint(value, opaque, print, true);
  return { frozen: false, print, opaque };
}

/** Whether the object is as its stamp recorded (the same values, the same objects, the same lengths). */
export function unchanged(value: object, stamp: Stamp): boolean {
  if (stamp.frozen) return true;
  try {
    return walkPrint(value, stamp.opaque, stamp.print as unknown[], false);
  } catch {
    return false; // a getter that throws now: changed (checking it again reports it)
  }
}
