import { wellFormed } from './well-formed.js';

// eslint-disable-next-line no-control-regex -- control characters are what this matches
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Characters that open inline Markdown (emphasis, strikethrough, code spans, links, escapes). */
const INLINE = /[\\`*_~[\]]/g;
/** An `&` that would start a character reference. */
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
/** What starts a block when it opens a line: a heading, a quote, a list item, a setext underline, a fence. */
const BLOCK_START = /^([#>+=-]|\d+[.)])/;
/** A closing `#` sequence, which a heading would drop. */
const CLOSING_HASHES = /(\s)(#+)(\s*)$/;

/** The escapes every Markdown context shares. */
function inline(text: string): string {
  return wellFormed(text)
    .replace(BREAKS, ' ')
    .replace(ENTITY, '&amp;')
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Caller text made safe inside one Markdown paragraph, list item or heading, for any CommonMark renderer,
 * HTML enabled or not. The rule, one for every Markdown output:
 *
 * - every run of control characters (newlines, CR, tab included), U+2028 and U+2029 becomes one space,
 *   lone surrogates become U+FFFD, and leading and trailing spaces are dropped (Markdown drops them too,
 *   and four leading spaces would open a code block);
 * - `<` and `>` become `&lt;` and `&gt;`, and `&` becomes `&amp;` where it would start a character
 *   reference, so no HTML tag, comment or autolink can open;
 * - `\`, `` ` ``, `*`, `_`, `~`, `[` and `]` are backslash-escaped, so no emphasis, code span, link or
 *   image can open;
 * - a character that would start a block at the beginning of a line (`#`, `>`, `+`, `=`, `-`, `1.`,
 *   `1)`) is backslash-escaped there, and a trailing ` #` sequence too (a heading would drop it).
 *
 * Text without those characters is returned unchanged.
 *
 * @example
 * markdownText('Smart Metering Key Infrastructure'); // unchanged
 * markdownText('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * markdownText('# a\nb'); // '\\# a b'
 * @internal
 */
export function markdownText(text: string): string {
  return inline(text)
    .trim()
    .replace(BLOCK_START, (mark: string) => mark.replace(/([^\d])$/, '\\$1'))
    .replace(CLOSING_HASHES, (_, space: string, hashes: string, end: string) => `${space}\\${hashes}${end}`);
}

/**
 * Caller text made safe inside one cell of a Markdown (GFM) table: as {@link markdownText}, except
 * that nothing starts a block inside a cell (a cell's edges are trimmed by the renderer), and `|` is backslash-escaped so it cannot start a new cell.
 *
 * @example
 * markdownCell('a | b'); // 'a \\| b'
 * markdownCell('SECMP0007'); // unchanged
 * @internal
 */
export function markdownCell(text: string): string {
  return inline(text).replace(/\|/g, '\\|');
}
