// @vitest-environment jsdom
// jsdom gives mermaid's sanitiser the DOM it needs; secmod itself uses none.
import { readFileSync } from 'node:fs';
import { URL as FileUrl } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { html } from '../../src/internal/escape/html.js';
import { icsFold, icsText } from '../../src/internal/escape/ics.js';
import { markdownCell, markdownText } from '../../src/internal/escape/markdown.js';
import { mermaidQuoted, mermaidTask, mermaidText } from '../../src/internal/escape/mermaid.js';
import { plainText } from '../../src/internal/escape/text.js';
import { wellFormed } from '../../src/internal/escape/well-formed.js';
import { parseRegister } from '../../src/register/index.js';
import { releasesIn, releasesToIcs, SEC_RELEASE_POLICY, type Release } from '../../src/releases/index.js';
import { renderStatusReport, statusReport } from '../../src/report/index.js';
import { timetableGantt, type Timetable } from '../../src/timetable/index.js';

const HOSTILE: readonly string[] = JSON.parse(
  readFileSync(new FileUrl('../fixtures/hostile-strings.json', import.meta.url), 'utf8'),
);

const md = new MarkdownIt({ html: true });
/** Every control character, U+2028 and U+2029: what no escaped output may hold but where allowed. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** An element markdown-it's output must never hold, or an event-handler attribute. */
const DANGEROUS = /<(script|img|svg|iframe|a)\b|<[^>]*\son\w+\s*=/i;

/** The Markdown rule: runs of control characters one space, lone surrogates U+FFFD, edges trimmed. */
const asMarkdown = (s: string) =>
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  wellFormed(s)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .trim();
/** The ICS rule: CRLF and CR read as LF, other controls but tab and LF U+FFFD, lone surrogates U+FFFD. */
const asIcs = (s: string) =>
  wellFormed(s)
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- control characters are what this matches
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd');

/** The text of an inline token's children, which must all be plain text. */
function inlineText(token: { children: { type: string; content: string }[] | null }): string {
  const children = token.children ?? [];
  for (const c of children) expect(c.type).toBe('text');
  return children.map((c) => c.content).join('');
}

const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const mixed = fc.oneof(
  anyText,
  fc.constantFrom(...HOSTILE.filter((h) => h.length < 200)),
  fc.string({
    unit: fc.constantFrom(
      '<',
      '>',
      '&',
      '`',
      '|',
      '\\',
      '*',
      '_',
      '~',
      '[',
      ']',
      '#',
      '-',
      '1',
      '.',
      '\n',
      '\r',
      ' ',
      'a',
      ';',
      '%',
      '{',
      '!',
      '(',
      ')',
      '=',
      '+',
    ),
  }),
);

describe('markdown', () => {
  it('leaves ordinary text as it is', () => {
    for (const s of ['SECMP0007', 'Add New Command to Reset Debt Registers', 'DCC (IA) — 3 months, 2017-10-06'])
      expect([markdownText(s), markdownCell(s)]).toEqual([s, s]);
  });
  it('escapes HTML, inline syntax, block starts and newlines', () => {
    expect(markdownText('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(markdownText('# a\nb')).toBe('\\# a b');
    expect(markdownText('1. x ##')).toBe('1\\. x \\##');
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(markdownText('&amp; & x')).toBe('&amp;amp; & x');
  });
  it('for any text: one paragraph of plain text, equal to the text after the documented replacements', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const tokens = md.parse(`- ${markdownText(s)}`, {});
        expect(tokens.map((t) => t.type)).toEqual([
          'bullet_list_open',
          'list_item_open',
          ...(asMarkdown(s) === '' ? [] : ['paragraph_open', 'inline', 'paragraph_close']),
          'list_item_close',
          'bullet_list_close',
        ]);
        const inline = tokens.find((t) => t.type === 'inline');
        if (inline !== undefined) expect(inlineText(inline)).toBe(asMarkdown(s));
        const paragraph = md.parse(markdownText(s), {});
        if (asMarkdown(s) !== '')
          expect(paragraph.map((t) => t.type)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
      }),
    );
  });
  it('for any text: one table cell of plain text, equal to the text after the documented replacements', () => {
    fc.assert(
      fc.property(mixed, mixed, (a, b) => {
        const tokens = md.parse(`| x | y |\n|---|---|\n| ${markdownCell(a)} | ${markdownCell(b)} |`, {});
        const cells = tokens.filter((t) => t.type === 'td_open');
        expect(cells).toHaveLength(2);
        const texts = tokens
          .filter((t, i) => t.type === 'inline' && tokens[i - 1]?.type === 'td_open')
          .map((t) => inlineText(t));
        expect(texts).toEqual([asMarkdown(a), asMarkdown(b)]);
      }),
    );
  });
});

describe('plain text', () => {
  it('makes control characters visible and replaces lone surrogates', () => {
    expect(plainText('SECMP0007')).toBe('SECMP0007');
    expect(plainText('a\nb\r\tc\u007f')).toBe('a␊b␍␉c␡');
    expect(plainText('\ud800x\u2028')).toBe('\ufffdx\ufffd');
  });
  it('for any text: one line, no control character, no lone surrogate', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const out = plainText(s);
        expect(out).not.toMatch(CONTROLS);
        expect(out).not.toMatch(LONE);
        expect([...out]).toHaveLength([...wellFormed(s)].length);
      }),
    );
  });
});

describe('ics', () => {
  it('escapes TEXT as RFC 5545 says', () => {
    expect(icsText('x;y,z\\w')).toBe('x\\;y\\,z\\\\w');
    expect(icsText('a\r\nb\rc\nd\u0000')).toBe('a\\nb\\nc\\nd\ufffd');
    expect(
      icsFold(`SUMMARY:${'é'.repeat(80)}`)
        .split('\r\n')
        .every((l) => Buffer.byteLength(l) <= 75),
    ).toBe(true);
  });
  it('for any text: no bare CR or LF, no control character, and ical.js reads the same text back', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const value = icsText(s);
        // eslint-disable-next-line no-control-regex -- control characters are what this matches
        expect(value).not.toMatch(/[\u0000-\u0008\n\r\u000b-\u001f\u007f]/);
        expect(value).not.toMatch(LONE);
        const ics = [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'BEGIN:VEVENT',
          icsFold(`SUMMARY:${value}`),
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n');
        const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
        expect(event?.getFirstPropertyValue('summary') ?? '').toBe(asIcs(s));
      }),
    );
  });
});

describe('mermaid', () => {
  it('keeps a name on one line and out of the grammar', () => {
    expect(mermaidText('SECMP0007')).toBe('SECMP0007');
    expect(mermaidText('MP: #1; x')).toBe('MP 1 x');
    expect(mermaidText('%%{init: {}}%%')).toBe('% %{init {}}% %');
    expect(mermaidText('\n')).toBe('-');
    expect(mermaidTask('section x')).toBe('\u2060section x');
    expect(mermaidTask('Refinement')).toBe('Refinement');
    expect(mermaidQuoted('Say "no": 1')).toBe("Say 'no': 1");
  });
});

describe('html', () => {
  it('escapes text and attribute values', () => {
    expect(html(`<img src=x onerror=alert(1)> & "q" 'a'`)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;',
    );
    expect(html('plain')).toBe('plain');
  });
  it('for any text: parsed back by the DOM as the same text, in a text node and in an attribute', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const div = document.createElement('div');
        div.innerHTML = `<span title="${html(s)}" data-x='${html(s)}'>${html(s)}</span>`;
        const span = div.firstElementChild as HTMLElement;
        expect(div.children).toHaveLength(1);
        expect(span.children).toHaveLength(0);
        // The HTML parser reads CR and CRLF as LF, and NUL in text as nothing.
        const expected = wellFormed(s).replace(/\r\n?/g, '\n');
        expect(span.getAttribute('title')).toBe(expected.replace(/\0/g, '\ufffd'));
        expect(span.getAttribute('data-x')).toBe(expected.replace(/\0/g, '\ufffd'));
        expect(span.textContent).toBe(expected.replace(/\0/g, ''));
      }),
    );
  });
});
