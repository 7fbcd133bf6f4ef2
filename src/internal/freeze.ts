/**
 * Freezing the data secmod exports, so that no caller can change a later answer by writing to it.
 * @internal
 */

/** Plain data: an array, or an object made by a literal (not a Date, a Map, a class instance). */
function isPlain(value: object): boolean {
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Every object reachable from `roots` through data properties: what a result built on a caller's objects
 * must not freeze ({@link deepFreeze}'s `except`), since a caller's input is never changed.
 */
export function reachable(...roots: unknown[]): Set<object> {
  const stack = [...roots];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v)) continue;
    seen.add(v);
    // A Proxy's behaviour is the caller's: it is not walked (a revoked one cannot be).
    if (isProxyOrForeign(v)) continue;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
  }
  return seen;
}

/** Not plain data, or a revoked Proxy: neither is walked. */
function isProxyOrForeign(value: object): boolean {
  try {
    return !isPlain(value);
  } catch {
    return true;
  }
}

/**
 * Freezes `value` and every plain object and array reachable from it through data properties (cycles
 * allowed, no recursion), and returns it. Functions and other objects are left as they are: a calendar's
 * methods keep their caches, which live in closures and WeakMaps, not on the frozen objects. Objects in
 * `except` (a caller's, from {@link reachable}) are neither frozen nor walked.
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T, except?: ReadonlySet<object>): T {
  const stack: unknown[] = [value];
  const seen = new Set<object>(except);
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (isProxyOrForeign(v)) continue;
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
  }
  return value;
}
