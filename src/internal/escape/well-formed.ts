/**
 * A lone UTF-16 surrogate: a high one not followed by a low one, or a low one not preceded by a high one.
 * No encoder can write one (UTF-8 has no bytes for it), so every escaper replaces it with U+FFFD.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text with every lone surrogate replaced by U+FFFD (what `String.prototype.toWellFormed` does).
 *
 * @example
 * wellFormed('a\ud800b'); // 'a\ufffdb'
 * @internal
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
