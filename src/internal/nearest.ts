/**
 * The nearest name in a vocabulary, for "did you mean" in messages about unknown names.
 * @internal
 */
import { show } from './check.js';

/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two neighbouring
 * characters cost 1 (the optimal string alignment distance), so `nmae` is one edit from `name`.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        d = Math.min(d, (before[j - 2] as number) + 1);
      current[j] = d;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The entry of `vocabulary` closest to `value` (case and separators ignored), or `undefined` when none
 * is within a third of its length: a guess that is far off helps nobody.
 */
export function nearest<T extends string>(value: unknown, vocabulary: readonly T[]): T | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) return undefined;
  const fold = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const v = fold(value);
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const word of vocabulary) {
    const d = editDistance(v, fold(word));
    if (d < bestDistance) {
      best = word;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

/**
 * `unknown <what> "x" (did you mean "y"?); expected one of a, b, c`, or `missing <what>; expected one of ...`
 * when there is no value: one message shape for every vocabulary.
 */
export function unknownName(what: string, value: unknown, vocabulary: readonly string[]): string {
  if (value === undefined) return `missing ${what}; expected one of ${vocabulary.join(', ')}`;
  const guess = nearest(value, vocabulary);
  return `unknown ${what} ${show(value)}${guess === undefined ? '' : ` (did you mean "${guess}"?)`}; expected one of ${vocabulary.join(', ')}`;
}
