/**
 * Answers kept by key, up to a bound: when the map is full it starts again (a long-running process asking
 * about ever new keys keeps at most `limit` of them). For caches of values that depend on the key alone.
 * @internal
 */

/** How many keys a bounded cache keeps by default. */
export const KEPT = 4096;

/** The value kept under `key`, made by `make` (and kept) when there is none. */
export function keptIn<K, V>(map: Map<K, V>, key: K, make: (key: K) => V, limit = KEPT): V {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= limit) map.clear();
    map.set(key, (value = make(key)));
  }
  return value;
}
