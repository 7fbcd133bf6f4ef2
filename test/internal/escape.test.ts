// @vitest-environment jsdom
// jsdom gives mermaid's sanitiser the DOM it needs; secmod itself uses none.
import { readFileSync } from 'node:fs';
import { URL as FileUrl } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { isoDate } from '../../src/calendar/index.js';
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

/** The DOM jsdom gives this file (the project's own types hold no DOM). */
interface Element {
  innerHTML: string;
  readonly firstElementChild: Element | null;
  readonly children: ArrayLike<Element>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}
const dom = (globalThis as unknown as { document: { createElement(tag: string): Element } }).document;
/** Every control character, U+2028 and U+2029: what no escaped output may hold but where allowed. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** An element markdown-it's output must never hold, or an event-handler attribute. */
const DANGEROUS = /<(script|img|svg|iframe|a)\b|<[^>]*\son\w+\s*=/i;

/** The Markdown rule: runs of control characters one space, lone surrogates U+FFFD, edges trimmed. */
// eslint-disable-next-line no-control-regex -- control characters are what this matches
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const asMarkdown = (s: string) => wellFormed(s).replace(BREAKS, ' ').trim();
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
        const div = dom.createElement('div');
        div.innerHTML = `<span title="${html(s)}" data-x='${html(s)}'>${html(s)}</span>`;
        const span = div.firstElementChild as Element;
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

describe('the hostile corpus through every output format, read back by real parsers', () => {
  let mermaid: {
    parse(text: string): Promise<unknown>;
    mermaidAPI: { getDiagramFromText(text: string): Promise<{ db: { getTasks(): { task: string }[] } }> };
  };
  beforeAll(async () => {
    mermaid = (await import('mermaid')).default as unknown as typeof mermaid;
  });

  const example = JSON.parse(
    readFileSync(new FileUrl('../../examples/register-2017-10.json', import.meta.url), 'utf8'),
  );
  const hostileAt = (i: number) => HOSTILE[i % HOSTILE.length] as string;
  const register = parseRegister(
    JSON.stringify({
      ...example,
      proposals: example.proposals.map((p: Record<string, unknown>, i: number) => ({
        ...p,
        title: hostileAt(i),
        ...(Array.isArray(p.upcoming)
          ? {
              upcoming: p.upcoming.map((u: Record<string, unknown>, j: number) => ({
                ...u,
                note: hostileAt(i + j + 7),
              })),
            }
          : {}),
      })),
    }),
  );
  const report = statusReport(register, { asOf: '2017-10-06' });

  it('Markdown: no element or handler markdown-it would run, each title in its own cell of its own row', () => {
    const out = renderStatusReport(report, { format: 'markdown', mermaid: true });
    expect(md.render(out)).not.toMatch(DANGEROUS);
    const tokens = md.parse(out, {});
    expect(tokens.some((t) => t.type === 'html_block' || t.type === 'html_inline')).toBe(false);
    expect(tokens.flatMap((t) => t.children ?? []).some((t) => t.type === 'html_inline')).toBe(false);
    // Section 8's table: one row per open proposal, six cells each, the title in the second.
    const at = tokens.findIndex((t) => t.type === 'inline' && t.content.startsWith('8. High level'));
    const tableOpen = tokens.findIndex((t, i) => i > at && t.type === 'table_open');
    const tableClose = tokens.findIndex((t, i) => i > tableOpen && t.type === 'table_close');
    const body = tokens.slice(
      tokens.findIndex((t, i) => i > tableOpen && t.type === 'tbody_open'),
      tableClose,
    );
    const rows: string[][] = [];
    body.forEach((t, i) => {
      if (t.type === 'tr_open') rows.push([]);
      if (t.type === 'inline' && body[i - 1]?.type === 'td_open') rows.at(-1)?.push(inlineText(t));
    });
    expect(rows).toHaveLength(report.progression.length);
    for (const [n, row] of rows.entries()) {
      expect(row).toHaveLength(6);
      expect(row[1]).toBe(asMarkdown(report.progression[n]?.title ?? ''));
    }
    expect(new Set(rows.map((r) => r[1])).size).toBeGreaterThan(HOSTILE.length / 2);
    // Section 4's notes: one row each.
    const upcomingRows = report.upcoming.length;
    expect(out).toContain('## 4. Upcoming');
    expect(upcomingRows).toBeGreaterThan(0);
  });

  it('text: every line one line of the report, no control character or lone surrogate', () => {
    const out = renderStatusReport(report, { format: 'text' });
    const lines = out.split('\n');
    for (const line of lines) {
      expect(line).not.toMatch(CONTROLS);
      expect(line).not.toMatch(LONE);
    }
    const at = lines.findIndex((l) => l.startsWith('8. High level'));
    const table = lines.slice(at + 3, lines.indexOf('', at + 3));
    expect(table).toHaveLength(2 + report.progression.length);
  });

  it('ICS: ical.js reads exactly one VEVENT per release, names and ids as given (modulo the documented replacements)', () => {
    const adHoc: Release[] = HOSTILE.map((h, i) => ({
      id: `${h.slice(0, 40)}#${i}`,
      name: h,
      date: isoDate(`2030-03-${String(i + 1).padStart(2, '0')}`),
      kind: 'ad-hoc',
      projected: false,
    }));
    const policy = { ...SEC_RELEASE_POLICY, adHoc: [...SEC_RELEASE_POLICY.adHoc, ...adHoc] };
    const ics = releasesToIcs(2030, { policy, name: '%% <b>\r\nBEGIN:VEVENT' });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    // A reader splitting on CR or LF alone sees no injected line either.
    expect(ics.split(/\r|\n/).filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(releasesIn(2030, policy).length);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(releasesIn(2030, policy).length);
    const summaries = events.map((e) => e.getFirstPropertyValue('summary'));
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    for (const r of adHoc) {
      expect(summaries).toContain(asIcs(r.name));
      expect(uids).toContain(`${asIcs(r.id)}@secmod`);
    }
    // ical.js leaves an X- property's value as written: the escaped newline is still `\n`.
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('%% <b>\\nBEGIN:VEVENT');
  });

  it('Mermaid: the gantt parses, with every task of every hostile proposal, kind and title', async () => {
    const timetables: Timetable[] = HOSTILE.map((h) => ({
      proposal: h,
      path: 'authority-determination',
      milestones: [
        { kind: 'refinement', approved: '2017-01' },
        { kind: h as 'refinement', approved: '2017-02-01' },
      ],
      extensions: [],
    }));
    for (const title of HOSTILE) {
      const chart = timetableGantt(timetables, { asOf: '2017-10-06', title });
      await expect(mermaid.parse(chart)).resolves.toMatchObject({ diagramType: 'gantt' });
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
      const tasks = diagram.db.getTasks();
      expect(tasks).toHaveLength(2 * HOSTILE.length);
    }
  });
});
