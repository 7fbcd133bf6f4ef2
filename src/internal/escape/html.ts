import { wellFormed } from './well-formed.js';

const SPECIAL = /[&<>"']/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Caller text made safe as HTML text content or as a quoted attribute value (single or double
 * quotes): `&`, `<`, `>`, `"` and `'` become character references, and lone surrogates U+FFFD.
 * Newlines are kept (HTML reads them as spaces).
 *
 * @example
 * html('<img src=x onerror=alert(1)>'); // '&lt;img src=x onerror=alert(1)&gt;'
 * `<td title="${html(title)}">${html(title)}</td>`;
 * @internal
 */
export function html(text: string): string {
  return wellFormed(text).replace(SPECIAL, (c) => ENTITIES[c] as string);
}
