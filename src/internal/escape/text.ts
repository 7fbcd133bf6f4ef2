import { wellFormed } from './well-formed.js';

// eslint-disable-next-line no-control-regex -- control characters are what this matches
const C0 = /[\u0000-\u001f\u007f]/g;
const OTHER_BREAKS = /[\u0080-\u009f\u2028\u2029]/g;

/**
 * Caller text made safe for one line of a plain-text output (a report, a CLI line): every C0 control
 * character (newline, carriage return and tab included) and DEL is shown as its Unicode control picture
 * (`\n` as `␊`, `\r` as `␍`, `\t` as `␉`, DEL as `␡`), so it stays visible and cannot start a new line;
 * C1 controls, U+2028 and U+2029 and lone surrogates become U+FFFD. Anything else is written as is.
 *
 * @example
 * plainText('SECMP0007'); // 'SECMP0007'
 * plainText('a\nb'); // 'a␊b'
 * @internal
 */
export function plainText(text: string): string {
  return wellFormed(text)
    .replace(C0, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)))
    .replace(OTHER_BREAKS, '\ufffd');
}
