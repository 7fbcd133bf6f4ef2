import { describe, expect, it } from 'vitest';
import { donutChart } from '../../../src/report/charts/donut.js';
import { ganttRows } from '../../../src/report/charts/gantt-rows.js';
import { stackedBars } from '../../../src/report/charts/stacked-bars.js';
import { daysFromCivil } from '../../../src/internal/days.js';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
};

/** Every `<svg` opens a chart with an accessible name: role img, named by its own title. */
function accessible(svg: string, id: string): void {
  expect(
    svg.startsWith(`<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" aria-labelledby="${id}-t"`),
  ).toBe(true);
  expect(svg).toContain(`<title id="${id}-t">`);
}

describe('donutChart', () => {
  const parts = [
    { label: 'Refinement: WG Solution Development', value: 20 },
    { label: 'Refinement: DCC Assessment', value: 5 },
    { label: 'Initial Modification Report', value: 0 },
    { label: 'Pending Implementation', value: 2 },
    { label: 'Stage not recorded', value: 1, notRecorded: true },
  ];
  it('draws the October 2017 pie of open proposals by stage (snapshot)', () => {
    const svg = donutChart('stages', 'Open proposals by stage', parts);
    accessible(svg, 'stages');
    expect(svg).toMatchSnapshot();
  });
  it('one part that is the whole is a full ring', () => {
    expect(donutChart('one', 'One', [{ label: 'Approved', value: 3 }])).toMatchSnapshot();
  });
  it('says "none" when every part is zero or there is none', () => {
    for (const p of [[], [{ label: 'Late', value: 0 }]]) {
      const svg = donutChart('z', 'Nothing', p);
      expect(svg).toContain('>none</text>');
      expect(svg).toContain('<title id="z-t">Nothing: none</title>');
      expect(svg).not.toMatch(/<path d="[^"]*" fill=/);
    }
  });
});

describe('stackedBars', () => {
  it('draws DCC assessments against their due dates (snapshot)', () => {
    const parts = (late: number, onTime: number, outstanding: number) => [
      { label: 'Returned late', value: late },
      { label: 'Returned on time', value: onTime },
      { label: 'Outstanding', value: outstanding },
    ];
    const svg = stackedBars('dcc', 'DCC assessments', [
      { label: 'DCC PA, original', parts: parts(13, 3, 0) },
      { label: 'DCC IA, original', parts: parts(9, 4, 3) },
      { label: 'DCC IA, revised', parts: parts(0, 0, 0) },
    ]);
    accessible(svg, 'dcc');
    expect(svg).toContain('>none</text>');
    expect(svg).toMatchSnapshot();
  });
  it('adds "Not recorded" to the legend when a later row has that part', () => {
    const svg = stackedBars('p', 'By path', [
      { label: 'Path 2', parts: [{ label: 'Proposals', value: 28 }] },
      { label: 'Path not recorded', parts: [{ label: 'Proposals', value: 4, notRecorded: true }] },
    ]);
    expect(svg).toContain('>Not recorded</text>');
    expect(svg).toContain('url(#p-nr)');
  });
  it('says "none" with no rows', () => {
    expect(stackedBars('e', 'Empty', [])).toContain('<title id="e-t">Empty: none</title>');
  });
});

describe('ganttRows', () => {
  it('draws approved beside actual, a late milestone marked (snapshot)', () => {
    const asOf = day('2017-10-06');
    const svg = ganttRows(
      'g',
      'Progression timetables',
      [
        {
          label: 'SECMP0023',
          bars: [
            {
              label: 'refinement',
              approved: [day('2017-03-01'), day('2017-05-31')],
              actual: [day('2017-03-01'), day('2017-06-30')],
              late: true,
            },
            { label: 'dcc-impact-assessment', approved: [day('2017-09-01'), day('2017-09-30')], late: true },
            { label: 'draft-modification-report', approved: [day('2018-01-01'), day('2018-01-31')], late: false },
          ],
        },
        {
          label: 'SECMP0002',
          bars: [
            {
              label: 'refinement',
              approved: [day('2017-06-01'), day('2017-06-01')],
              actual: [day('2017-06-01'), day('2017-06-01')],
              late: false,
            },
          ],
        },
      ],
      asOf,
    );
    accessible(svg, 'g');
    expect(svg).toContain('2 modification(s), 4 milestone(s), 2 late');
    expect(svg.match(/>!<\/text>/g)).toHaveLength(2);
    expect(svg).toMatchSnapshot();
  });
  it('says "none" without rows, and still draws the report date', () => {
    const svg = ganttRows('n', 'Timetables', [], day('2017-10-06'));
    expect(svg).toContain('>none</text>');
    expect(svg).toContain('Report date 2017-10-06');
  });
});

describe('caller text in a chart', () => {
  it('is escaped: labels and titles stay text', () => {
    const hostile = '<script>alert(1)</script>"\'&';
    for (const svg of [
      donutChart('h', hostile, [{ label: hostile, value: 1 }]),
      stackedBars('h', hostile, [{ label: hostile, parts: [{ label: hostile, value: 1 }] }]),
      ganttRows('h', hostile, [{ label: hostile, bars: [{ label: hostile, approved: [1, 2], late: true }] }], 3),
    ]) {
      expect(svg).not.toContain('<script');
      expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    }
  });
});
