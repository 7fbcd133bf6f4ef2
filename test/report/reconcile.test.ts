import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegister, type RegisterError } from '../../src/register/index.js';
import { renderStatusReport, statusReport, type StatusReport } from '../../src/report/index.js';

const exampleText = readFileSync(new URL('../../examples/register-2017-10.json', import.meta.url), 'utf8');
const example = JSON.parse(exampleText) as Record<string, unknown> & { published: { figures: object[] } };
const report = statusReport(parseRegister(exampleText), { asOf: '2017-10-06' });
const hostile = JSON.parse(
  readFileSync(new URL('../fixtures/hostile-strings.json', import.meta.url), 'utf8'),
) as string[];

/** A small register: `open` open proposals with no stage, and one in Refinement. */
const small = (figures: object[], proposals: object[] = []) =>
  parseRegister({ published: { source: 'a report', figures }, proposals });

describe('reconciliation of the October 2017 register with what SECP_49_1310_11 printed', () => {
  const rows = report.reconciliation ?? [];
  const row = (figure: string) => rows.find((r) => r.figure === figure);
  it('one row per printed figure, in the order of the published block', () => {
    expect(rows).toHaveLength(example.published.figures.length);
    expect(rows).toHaveLength(21);
  });
  it('the computed, printed and not-recorded figures (figure, printed, computed, not recorded)', () => {
    expect(rows.map((r) => [r.figure, r.published, r.computed, r.notRecorded])).toEqual([
      ['Open proposals', 28, 28, 0],
      ['Open proposals: Initial Modification Report', 0, 0, 0],
      ['Open proposals: Refinement', 25, 12, 13],
      ['Open proposals: Refinement: WG Solution Development', 20, 10, 10],
      ['Open proposals: Refinement: DCC Assessment', 5, 1, 4],
      ['Open proposals: Refinement: Industry Consultation', 0, 0, 0],
      ['Open proposals: Pending Implementation', 2, 2, 0],
      ['Raised to date: Path 2', 28, 4, 24],
      ['Raised to date: Path 3', 13, 0, 13],
      ['Raised to date: Path 4', 1, 0, 1],
      ['Progression: Late', 18, 0, 18],
      ['Progression: On time', 11, 0, 11],
      ['Timetable extensions: Extended', 13, 0, 13],
      ['Timetable extensions: Required', 5, 0, 5],
      ['Timetable extensions: Not required', 11, 0, 11],
      ['DCC PAs against original due date: all', 16, 0, 16],
      ['DCC PAs against revised due date: Returned late', 9, 0, 9],
      ['DCC PAs against revised due date: Returned on time', 4, 0, 4],
      ['DCC PAs against revised due date: Outstanding', 3, 0, 3],
      ['DCC IAs against original due date: all', 17, 0, 17],
      ['DCC IAs against revised due date: all', 17, 0, 17],
    ]);
  });
  it('each row cites its section of SECP_49_1310_11', () => {
    for (const r of rows) expect(r.section, r.figure).toMatch(/^SECP_49_1310_11 s[16]: /);
  });
  it('says why in a plain sentence: agreement, a gap among the unplaced records, and what is not in the register at all', () => {
    expect(row('Open proposals')?.why).toBe('The register gives the printed figure.');
    expect(row('Open proposals: Refinement')?.why).toMatch(
      /^13 of the 25 printed are not placed by the register: it has 14 open proposal\(s\) with no recorded stage, among which they must be\./,
    );
    // 28 + 13 + 1 = 42 raised to date; the register holds 35 proposals, 31 with no path.
    expect(row('Raised to date: Path 3')?.why).toContain(
      'The rows of this chart share those 31: their gaps add up to 38, so at least 7 of the proposals printed in it are not in the register at all.',
    );
    expect(row('DCC PAs against revised due date: Returned late')?.why).toMatch(
      /^The register records none of the 9 printed\. Reading: /,
    );
    expect(row('DCC IAs against original due date: all')?.why).toContain('does not say which label each belongs to');
  });
  it('rows are matched to the HTML charts by the words their figure starts with', () => {
    const html = renderStatusReport(report, { format: 'html' });
    for (const chart of ['stages', 'raised', 'progression', 'extensions', 'dcc'])
      expect(html, chart).toContain(`id="${chart}-printed-t"`);
  });
});

describe('reconciliation rules', () => {
  const unplaced = Array.from({ length: 5 }, (_, i) => ({ id: `MP${100 + i}`, status: { state: 'open' } }));
  it('none without a published block', () => {
    const r = statusReport(parseRegister({ proposals: unplaced }), { asOf: '2017-10-06' });
    expect(r.reconciliation).toBeUndefined();
    expect(renderStatusReport(r, { format: 'text' })).not.toContain('The printed figures beside the computed ones');
  });
  it('a gap within the records the register cannot place: all of it not recorded, computed + not recorded = printed', () => {
    const r = statusReport(
      small(
        [{ measure: 'open.refinement', count: 3, section: 's1' }],
        [...unplaced, { id: 'MP200', status: { state: 'open', stage: 'refinement' } }],
      ),
      { asOf: '2017-10-06' },
    );
    expect(r.reconciliation).toEqual([
      {
        figure: 'Open proposals: Refinement',
        section: 's1',
        computed: 1,
        published: 3,
        notRecorded: 2,
        why: '2 of the 3 printed are not placed by the register: it has 5 open proposal(s) with no recorded stage, among which they must be.',
      },
    ]);
  });
  it('a gap larger than those records: the rest is not in the register at all', () => {
    const [row] = statusReport(small([{ measure: 'open.refinement', count: 9, section: 's1' }], unplaced), {
      asOf: '2017-10-06',
    }).reconciliation ?? [undefined];
    expect(row).toMatchObject({ computed: 0, published: 9, notRecorded: 9 });
    expect(row?.why).toBe(
      '9 of the 9 printed are not placed by the register: it has 5 open proposal(s) with no recorded stage, and the other 4 are not in the register at all.',
    );
  });
  it('the register counting more than printed: nothing not recorded, and the sentence says so', () => {
    const [row] = statusReport(small([{ measure: 'open', count: 2, section: 's1' }], unplaced), {
      asOf: '2017-10-06',
    }).reconciliation ?? [undefined];
    expect(row).toMatchObject({ computed: 5, published: 2, notRecorded: 0 });
    expect(row?.why).toMatch(/^The register counts 3 more than the report printed/);
  });
  it('the published block is strict: unknown keys, unknown measures (nearest named) and a measure given twice are refused', () => {
    const issues = (published: unknown) => {
      try {
        parseRegister({ published, proposals: [] });
        return [];
      } catch (error) {
        return (error as RegisterError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      }
    };
    expect(issues({ source: 's', figures: [{ measure: 'open', count: 1, section: 's', colour: 'red' }] })[0]).toMatch(
      /^published\.figures\.0/,
    );
    expect(issues({ source: 's', figures: [{ measure: 'open.refinment', count: 1, section: 's' }] })[0]).toContain(
      'open.refinement',
    );
    expect(
      issues({
        source: 's',
        figures: [
          { measure: 'open', count: 1, section: 's' },
          { measure: 'open', count: 2, section: 's' },
        ],
      }),
    ).toEqual(['published.figures.1.measure: open is given twice']);
    expect(issues({ source: 's', figures: [{ measure: 'open', count: -1, section: 's' }] })).toHaveLength(1);
    expect(issues({ source: 's', figures: [] })).toHaveLength(1);
  });
});

describe('rendering the reconciliation in every format', () => {
  const heading = 'The printed figures beside the computed ones';
  const sectionOf = (out: string) => out.slice(out.indexOf(heading));
  it('text: a table of the rows under its own heading', () => {
    const text = sectionOf(renderStatusReport(report, { format: 'text' }));
    expect(text.startsWith(`${heading}\n${'-'.repeat(heading.length)}`)).toBe(true);
    expect(text).toMatch(
      /Open proposals: Refinement\s+SECP_49_1310_11 s1: [^\n]*\s25\s+12\s+13\s+13 of the 25 printed/,
    );
    // Heading, its rule, a blank line, the header row and its rule, then a line per row.
    expect(text.trimEnd().split('\n')).toHaveLength(3 + 2 + 21);
  });
  it('Markdown: a table of the rows', () => {
    const full = renderStatusReport(report, { format: 'markdown' });
    expect(full).toContain(`## ${heading}`);
    const md = sectionOf(full);
    expect(md).toContain('| Figure | Printed in | Printed | Computed | Not recorded | Why |');
    expect(md).toMatch(
      /\| Raised to date: Path 2 \| SECP\\_49\\_1310\\_11 s6: [^|]* \| 28 \| 4 \| 24 \| 24 of the 28 printed/,
    );
  });
  it('JSON: the rows as data, and a report read back from JSON renders them', () => {
    const back = JSON.parse(JSON.stringify(report)) as StatusReport;
    expect(back.reconciliation).toEqual(report.reconciliation);
    expect(sectionOf(renderStatusReport(back, { format: 'markdown' }))).toBe(
      sectionOf(renderStatusReport(report, { format: 'markdown' })),
    );
  });
  it('the command line: `secmod report --format json` carries the rows, text and Markdown print them', async () => {
    const { run } = await import('../../src/cli/run.js');
    const cli = async (...argv: string[]) => {
      const out: string[] = [];
      const code = await run(argv, { out: (l) => out.push(l), err: () => {} });
      return { code, out: out.join('\n') };
    };
    const args = ['report', 'examples/register-2017-10.json', '--as-of', '2017-10-06'];
    const json = await cli(...args, '--format', 'json');
    expect(json.code).toBe(0);
    expect((JSON.parse(json.out) as StatusReport).reconciliation).toEqual(report.reconciliation);
    expect((await cli(...args)).out).toContain(heading);
    expect((await cli(...args, '--format', 'markdown')).out).toContain(`## ${heading}`);
  });
  it('HTML: the rows in the table at the end', () => {
    const html = renderStatusReport(report, { format: 'html' });
    expect(html).toContain(heading);
    expect(html).toContain('<td>Open proposals: Refinement: DCC Assessment</td>');
  });
  it('hostile text in the published block stays text in every format', () => {
    // Each hostile string as the section and the note of two printed figures.
    for (const h of hostile) {
      const section = h;
      const note = h;
      const register = small(
        [
          { measure: 'open', count: 3, section, note },
          { measure: 'progression.late', count: 1, section, note },
        ],
        [],
      );
      const r = statusReport(register, { asOf: '2017-10-06' });
      const md = sectionOf(renderStatusReport(r, { format: 'markdown' }));
      // Heading, blank, header row, rule, two rows: a newline or a pipe in the text adds no line or cell.
      expect(md.trimEnd().split('\n'), JSON.stringify(section)).toHaveLength(6);
      for (const line of md.trimEnd().split('\n').slice(2))
        expect(line.match(/(?<!\\)\|/g), JSON.stringify(section)).toHaveLength(7);
      const text = sectionOf(renderStatusReport(r, { format: 'text' }));
      expect(text.trimEnd().split('\n'), JSON.stringify(section)).toHaveLength(7);
      const html = renderStatusReport(r, { format: 'html' });
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('<svg onload');
      if (h === '<script>alert(1)</script>') expect(html).toContain('<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>');
    }
  });
});
