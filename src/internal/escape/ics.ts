import { wellFormed } from './well-formed.js';

// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Caller text as an iCalendar TEXT value (RFC 5545 section 3.3.11): `\`, `;` and `,` are
 * backslash-escaped; a line break (CRLF, LF or a lone CR alike) is written `\n`; every other control
 * character the RFC forbids in TEXT (all of U+0000 to U+001F but tab, and DEL) and every lone surrogate
 * becomes U+FFFD. The result holds no CR or LF, so no value can end its content line early and inject a
 * property or a `BEGIN:VEVENT`. A reader unescaping it gets the text back with `\r\n` and `\r` read as
 * `\n` and those replacements made.
 *
 * @example
 * icsText('x;y,z\\w'); // 'x\\;y\\,z\\\\w'
 * icsText('a\r\nBEGIN:VEVENT'); // 'a\\nBEGIN:VEVENT'
 * @internal
 */
export function icsText(text: string): string {
  return wellFormed(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(CONTROL, '\ufffd');
}

/** UTF-8 octets of one code point. */
const octetsOf = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

function isAscii(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Folds an iCalendar content line at 75 octets (RFC 5545 section 3.1): CRLF and a space before each
 * continuation, never splitting a UTF-8 character.
 *
 * @example
 * icsFold(`SUMMARY:${'x'.repeat(80)}`); // 'SUMMARY:xxx…x\r\n xxxxx…'
 * @internal
 */
export function icsFold(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= 75 && isAscii(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = octetsOf(ch.codePointAt(0) as number);
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}
