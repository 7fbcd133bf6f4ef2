/**
 * Unknown keys refused: an input or options object with a key its type does not have is a typo or a
 * misunderstanding (`detailed_opinion` for `detailedOpinion` would silently change the law), so every
 * entrance refuses it with `invalid-argument`, the key's path and the nearest known key, as the JSON
 * edge's schemas do.
 *
 * Each type's known keys are listed once, with {@link keysOf}, which compiles only when the list names
 * every key of the type and no other, so the list and the type cannot drift apart.
 * @internal
 */
import { SecmodError, type InputPath } from '../errors/secmod-error.js';
import { checkObject, isRevokedProxy, pathText, revokedProxy, show } from './check.js';
import { nearest, unknownName } from './nearest.js';

/** Every key of every member of a union (`keyof` of a union keeps only the keys all members share). */
export type KeysOf<T> = T extends unknown ? Extract<keyof T, string> : never;

/** The keys an object of some type may have, in the order its type lists them. Made by {@link keysOf}. */
export type KnownKeys = ReadonlySet<string>;

/** The keys of `T` a list leaves out: `never` when it names them all. */
type Missing<T, K extends readonly string[]> = Exclude<KeysOf<T>, K[number]>;

/**
 * The known keys of `T`, listed once: `keysOf<StandstillInput>()(['receivedOn', ...])` compiles only
 * when the list names every key of `T` (every member's, for a union) and nothing else; a key left out
 * is named in the compiler's message (`missing`).
 */
export const keysOf =
  <T extends object>() =>
  <const K extends readonly KeysOf<T>[]>(
    keys: K & ([Missing<T, K>] extends [never] ? unknown : { readonly missing: Missing<T, K> }),
  ): KnownKeys =>
    new Set<string>(keys);

/**
 * `unknown key "x" (did you mean "y"?); expected one of a, b, c`, or for several keys `unknown keys "x"
 * (did you mean "y"?), "z"; expected one of ...`: what an entrance and a schema say of unknown keys.
 */
export function unknownKeysMessage(keys: readonly string[], known: Iterable<string>): string {
  const vocabulary = [...known];
  if (keys.length === 1) return unknownName('key', keys[0], vocabulary);
  const listed = keys.slice(0, 5).map((key) => {
    const guess = nearest(key, vocabulary);
    return `${show(key)}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}`;
  });
  const more = keys.length > 5 ? `, … (${keys.length} in all)` : '';
  return `unknown keys ${listed.join(', ')}${more}; expected one of ${vocabulary.join(', ')}`;
}

/** The `invalid-argument` error for an unknown key of the object at `path`. */
export function unknownKey(key: string, known: KnownKeys, path: InputPath): SecmodError {
  const where = path.length > 0 ? ` ${pathText(path)}` : '';
  return new SecmodError('invalid-argument', `invalid argument${where}: ${unknownKeysMessage([key], known)}`, {
    path: [...path, key],
  });
}

/**
 * The first own key of `value` that is not known, or `undefined`: a loop over the object's keys and a
 * set lookup each, allocating nothing (for a hot loop that builds a path only for a refusal).
 */
export function unknownKeyOf(value: object, known: KnownKeys): string | undefined {
  for (const key in value) {
    if (!known.has(key) && Object.hasOwn(value, key)) return key;
  }
  return undefined;
}

/**
 * Throws `invalid-argument` at `[...path, key]` for the first own key of `value` that is not known,
 * naming the nearest known key ("did you mean"). Nothing is allocated unless a key is refused.
 */
export function checkKeys(value: object, known: KnownKeys, path: InputPath): void {
  if (isRevokedProxy(value)) throw revokedProxy(value, path, 'an object');
  const key = unknownKeyOf(value, known);
  if (key !== undefined) throw unknownKey(key, known, path);
}

/** A plain object (as `checkObject`) whose keys are all known (as {@link checkKeys}). */
export function checkRecord<T extends object>(value: unknown, path: InputPath, expected: string, known: KnownKeys): T {
  const object = checkObject<T>(value, path, expected);
  checkKeys(object, known, path);
  return object;
}
