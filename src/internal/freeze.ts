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
 * Freezes `value` and every plain object and array reachable from it through data properties (cycles
 * allowed, no recursion), and returns it. Functions and other objects are left as they are: a calendar's
 * methods keep their caches, which live in closures and WeakMaps, not on the frozen objects.
 */
/* @__NO_SIDE_EFFECTS__ */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (!isPlain(v)) continue;
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
  }
  return value;
}
