import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/index.js';
import { renderStatusReport, statusReport, type StatusReport } from '../../src/report/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const example = JSON.parse(readFileSync(new URL('../../examples/register-2017-10.json', import.meta.url), 'utf8')) as {
  proposals: Record<string, unknown>[];
} & Record<string, unknown>;
const hostile = JSON.parse(
  readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8'),
) as string[];
const asOf = '2017-10-06';
const html = (register: unknown, more: Partial<StatusReport> = {}) =>
  renderStatusReport({ ...statusReport(parseRegister(register), { asOf }), ...more } as StatusReport, {
    format: 'html',
  });

function elements(node: Node, out: Element[] = []): Element[] {
  if ('tagName' in node) out.push(node);
  if ('childNodes' in node) for (const c of node.childNodes) elements(c, out);
  if ('content' in node && node.content !== undefined) elements(node.content as Node, out);
  return out;
}
/** The document's skeleton: each element with its attribute names, in document order. */
const skeleton = (doc: string) =>
  elements(parse(doc) as Node).map((e) => `${e.tagName}[${e.attrs.map((a) => a.name).join(',')}]`);
const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text'
    ? node.value
    : 'childNodes' in node
      ? node.childNodes.map(textOf).join('')
      : '';

/** The example register with caller text in every title and upcoming note set to `text(i)`. */
function withText(text: (i: number) => string): unknown {
  return {
    ...example,
    proposals: example.proposals.map((p, i) => ({
      ...p,
      title: text(i),
      ...(Array.isArray(p.upcoming)
        ? { upcoming: (p.upcoming as Record<string, unknown>[]).map((u) => ({ ...u, note: text(i + 1) })) }
        : {}),
    })),
  };
}

describe("renderStatusReport(report, { format: 'html' })", () => {
  const doc = html(example);
  const els = elements(parse(doc) as Node);

  it('is one self-contained document: no script, nothing fetched', () => {
    expect(doc.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    const tags = new Set(els.map((e) => e.tagName));
    for (const t of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'image', 'use', 'foreignObject'])
      expect(tags.has(t), t).toBe(false);
    for (const e of els)
      for (const a of e.attrs) {
        expect(a.name.startsWith('on'), `${e.tagName} ${a.name}`).toBe(false);
        if (a.name === 'href' || a.name === 'src' || a.name === 'xlink:href') expect(a.value).toMatch(/^#/);
      }
    const style = els
      .filter((e) => e.tagName === 'style')
      .map(textOf)
      .join('');
    expect(style).not.toMatch(/@import|url\((?!#)|@font-face/);
    expect(style).toContain('@page{size:A4');
    expect(style).toContain('break-inside:avoid');
  });

  it('follows the report: summary, timetables, upcoming, releases, statistics, DCC, progression, what is not recorded', () => {
    const headings = els.filter((e) => e.tagName === 'h2').map(textOf);
    expect(headings).toEqual([
      '1. Summary',
      '2. Modification Timetables',
      '4. Upcoming Meetings & Consultations',
      '5. SEC Release Summary',
      '6. General SEC Modification Statistics',
      '7. DCC Assessments',
      '8. High level progression timetables (open modifications)',
      'What the register does not record',
    ]);
    expect(doc).toContain('On 29 September 2017, the Authority <strong>APPROVED</strong>');
  });

  it('gives each chart an accessible name and its numbers in a table beside it', () => {
    const svgs = els.filter((e) => e.tagName === 'svg' && e.attrs.some((a) => a.name === 'role'));
    // The seven charts, and a chart of the printed figures beside each that a reconciliation matches.
    const printed = (e: Element) => e.attrs.some((a) => a.name === 'aria-labelledby' && a.value.endsWith('-printed-t'));
    expect(svgs.filter((e) => !printed(e)).length).toBe(7);
    const ids = new Set(els.flatMap((e) => e.attrs.filter((a) => a.name === 'id').map((a) => a.value)));
    for (const svg of svgs) {
      const labelledBy = svg.attrs.find((a) => a.name === 'aria-labelledby')?.value;
      expect(ids.has(labelledBy ?? '')).toBe(true);
    }
    expect([...ids].length).toBe(els.filter((e) => e.attrs.some((a) => a.name === 'id')).length);
    for (const fig of els.filter((e) => e.tagName === 'figure' && !e.attrs.some((a) => a.value.includes('gantt'))))
      expect(elements(fig).some((e) => e.tagName === 'table')).toBe(true);
  });

  it('is under 200 kB for the example register', () => {
    expect(Buffer.byteLength(doc)).toBeLessThan(200_000);
  });

  it('keeps hostile caller text as text: the same elements and attributes as with plain titles', () => {
    const evil = html(withText((i) => hostile[i % hostile.length] as string));
    const plain = html(withText(() => 'x'));
    expect(skeleton(evil)).toEqual(skeleton(plain));
    const text = textOf(parse(evil) as Node);
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(text).toContain('&lt;b&gt; &#60;i&#62; &amp;');
  });

  it('renders zero proposals, each chart saying "none"', () => {
    const doc = html({ proposals: [] });
    expect(skeleton(doc).filter((t) => t.startsWith('svg[xmlns')).length).toBe(7);
    expect(doc.match(/>none<\/text>/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('renders a report with a stage and a count no chart knows', () => {
    const report = JSON.parse(JSON.stringify(statusReport(parseRegister(example), { asOf }))) as StatusReport & {
      open: { byCategory: Record<string, number> };
      progression: { stage?: string }[];
    };
    report.open.byCategory['a stage no chart knows'] = 3;
    (report.progression[0] as { stage?: string }).stage = 'A <stage> no chart knows';
    const doc = renderStatusReport(report, { format: 'html' });
    expect(doc).toContain('A &lt;stage&gt; no chart knows');
  });

  it('draws the Gantt of recorded timetables, late milestones marked', () => {
    const register = {
      proposals: [
        {
          id: 'MP101',
          title: 'Timed',
          path: 'authority-determination',
          status: { state: 'open', stage: 'refinement' },
          timetable: {
            milestones: [
              { kind: 'refinement', approved: '2017-06', actual: '2017-08-15' },
              { kind: 'change-board', approved: '2017-09-20' },
              { kind: 'implementation', approved: '2018-06' },
            ],
            extensions: [],
          },
        },
      ],
    };
    const doc = html(register);
    expect(doc).toContain('1 modification(s), 3 milestone(s), 2 late');
  });

  it('sets each printed figure beside its chart, the not-recorded share a segment of its own', () => {
    const reconciliation = [
      {
        figure: 'Open proposals',
        section: 'SECP_49_1310_11 s1',
        computed: 12,
        published: 28,
        notRecorded: 16,
        why: 'stage of 16 not recorded',
      },
      {
        figure: 'DCC PAs returned late',
        section: 'SECP_49_1310_11 s6',
        computed: 0,
        published: 13,
        notRecorded: 13,
        why: 'no <PA> recorded',
      },
      { figure: 'Something else', section: 'published', computed: 1, published: 1, notRecorded: 0, why: 'agree' },
    ];
    const doc = html(example, { reconciliation });
    expect(doc).toContain('id="stages-printed-t"');
    expect(doc).toContain('id="dcc-printed-t"');
    expect(doc).toContain('url(#stages-printed-nr)');
    expect(doc).toContain('no &lt;PA&gt; recorded');
    expect(doc).toContain('The printed figures beside the computed ones');
    expect(doc).toContain('<td>Something else</td>');
  });

  it('refuses a read-back reconciliation row that is not text and counts', () => {
    const report = {
      ...JSON.parse(JSON.stringify(statusReport(parseRegister(example), { asOf }))),
      reconciliation: [{ figure: 'x', section: 's', computed: '<b>', published: 1, notRecorded: 0, why: '' }],
    };
    expect(() => renderStatusReport(report as never, { format: 'html' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: ['report', 'reconciliation', 0, 'computed'] }),
    );
  });
});
