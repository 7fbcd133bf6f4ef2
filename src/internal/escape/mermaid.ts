import { wellFormed } from './well-formed.js';

/**
 * What Mermaid's gantt lexer reads at the start of a line before a task name: its keywords and a date.
 * A task named so would be read as that statement instead, and its bar would vanish.
 */
const GANTT_STATEMENT =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|accdescr|acctitle|accdescription|section|click|href|call|\d{4}-\d\d-\d\d)/i;

/**
 * Caller text made safe as a Mermaid gantt title, section or task name: one line, and nothing the gantt
 * grammar reads. Runs of `:` (ends a task name), `#` and `;` (Mermaid's entity codes and statement
 * separator) and whitespace (newlines included) become one space, the edges are trimmed, and `%%` (a
 * comment or a `%%{init}%%` directive, anywhere on a line) is split to `% %`; lone surrogates become
 * U+FFFD and an empty result `-`.
 *
 * @example
 * mermaidText('SECMP0007'); // unchanged
 * mermaidText('MP: #1; x'); // 'MP 1 x'
 * mermaidText('%%{init: {}}%%'); // '% %{init {}}% %'
 * @internal
 */
export function mermaidText(text: string): string {
  return (
    wellFormed(text)
      // eslint-disable-next-line no-control-regex -- control characters are what this matches
      .replace(/[:#;\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/%(?=%)/g, '% ')
      .trim() || '-'
  );
}

/**
 * Caller text made safe as a gantt task name, which starts its line: as {@link mermaidText}, and a name
 * that Mermaid would read as a statement (`title …`, `section …`, `click …`, a date) is preceded by
 * U+2060 WORD JOINER, invisible in the chart, and a `%` as its first or second character (a comment)
 * becomes U+FF05 FULLWIDTH PERCENT SIGN.
 *
 * @example
 * mermaidTask('Refinement'); // unchanged
 * mermaidTask('section x'); // '\u2060section x'
 * @internal
 */
export function mermaidTask(text: string): string {
  // The lexer reads a `%` as the first or second character of a line's first token as a comment.
  const safe = mermaidText(text).replace(/^(.?)%/, '$1\uff05');
  return GANTT_STATEMENT.test(safe) ? `\u2060${safe}` : safe;
}

/**
 * Caller text as a double-quoted Mermaid string (a pie slice's label): `"` becomes `'`, runs of
 * whitespace and control characters one space, `%%` is split to `% %`, and lone surrogates become
 * U+FFFD; `:`, `#` and `;` are kept, as quotes hold them.
 *
 * @example
 * `"${mermaidQuoted('Say "no"')}" : 3`; // '"Say \'no\'" : 3'
 * @internal
 */
export function mermaidQuoted(text: string): string {
  return (
    wellFormed(text)
      .replace(/"/g, "'")
      // eslint-disable-next-line no-control-regex -- control characters are what this matches
      .replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/%(?=%)/g, '% ')
  );
}
