// @vitest-environment jsdom
// jsdom gives mermaid's sanitiser the DOM it needs; secmod itself uses none.
import { beforeAll, describe, expect, it } from 'vitest';
import { lifecycleDiagram } from '../../src/lifecycle/index.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import { parseRegister } from '../../src/register/index.js';
import { renderStatusReport, statusReport } from '../../src/report/index.js';
import { planTimetable, timetableGantt, type Timetable } from '../../src/timetable/index.js';
import { codeOf } from '../helpers.js';

let parse: (text: string) => Promise<unknown>;
beforeAll(async () => {
  const { default: mermaid } = await import('mermaid');
  parse = (text) => mermaid.parse(text);
});

const secmp0023: Timetable = {
  proposal: 'SECMP0023',
  path: 'authority-determination',
  milestones: [
    { kind: 'refinement', approved: '2017-01', actual: '2017-01' },
    { kind: 'dcc-impact-assessment', approved: '2017-09' },
    { kind: 'working-group-consultation', approved: '2017-10-02', until: '2017-10-20' },
    { kind: 'draft-modification-report', approved: '2017-11' },
    { kind: 'change-board', approved: '2017-12-20' },
  ],
  extensions: [],
};

describe('timetableGantt', () => {
  it('draws approved and actual bars, late ones marked, one section per proposal', () => {
    const chart = timetableGantt([secmp0023], { asOf: '2017-10-06' });
    expect(chart.split('\n').slice(0, 6)).toEqual([
      'gantt',
      '  title Progression timetables as of 2017-10-06',
      '  dateFormat YYYY-MM-DD',
      '  axisFormat %b %Y',
      '  todayMarker off',
      '  section SECMP0023',
    ]);
    expect(chart).toContain(
      '    Refinement :done, p0m0, 2017-01-01, 31d\n    Refinement (actual) :done, p0m0a, 2017-01-01, 31d',
    );
    expect(chart).toContain('    DCC IA (late) :crit, p0m1, 2017-09-01, 30d');
    expect(chart).toContain('    WG consultation :active, p0m2, 2017-10-02, 19d');
    expect(chart).toContain('    DMR :p0m3, 2017-11-01, 30d');
    expect(chart).toContain('    Change Board :milestone, p0m4, 2017-12-20, 0d');
  });

  it('parses with mermaid, as the lifecycle diagram does; and mermaid would catch a broken chart', async () => {
    const plan = planTimetable(
      { proposal: 'MP: #1; x', path: 'authority-determination', convertedOn: '2019-01-18', dccAssessments: 'both' },
      { panelMeetings: SEC_PANEL, changeBoardMeetings: SEC_CHANGE_BOARD, minConsultationWorkingDays: 15 },
    );
    const chart = timetableGantt([secmp0023, plan.timetable], { asOf: '2019-03-01', title: 'Two: proposals' });
    expect(chart).toContain('  section MP 1 x');
    await expect(parse(chart)).resolves.toMatchObject({ diagramType: 'gantt' });
    await expect(parse(lifecycleDiagram())).resolves.toMatchObject({ diagramType: 'stateDiagram' });
    await expect(parse(`${chart}    a task with no data\n`)).rejects.toThrow();
  });

  it('refuses what it cannot draw, with a code', () => {
    expect(codeOf(() => timetableGantt([secmp0023], { asOf: '2017-02-30' }))).toBe('invalid-date');
    expect(codeOf(() => timetableGantt({} as never, { asOf: '2017-10-06' }))).toBe('invalid-argument');
    const bad = { ...secmp0023, milestones: [{ kind: 'refinement', approved: '2017-13' }] } as Timetable;
    expect(codeOf(() => timetableGantt([bad], { asOf: '2017-10-06' }))).toBe('invalid-date');
    // A kind outside the vocabulary is drawn under its name, so it must be text: a sparse array's would be 4 GB of commas.
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    const junkKind = { ...secmp0023, milestones: [{ kind: sparse, approved: '2017-10' }] } as unknown as Timetable;
    expect(codeOf(() => timetableGantt([junkKind], { asOf: '2017-10-06' }))).toBe('invalid-argument');
  });

  it('the Markdown status report charts the open proposals with timetables', async () => {
    const register = parseRegister({
      proposals: [
        {
          id: 'SECMP0023',
          title: 'Correct Units of Measure for Uncontrolled Gas Flow Rate',
          path: 'authority-determination',
          raisedOn: '2016-06-01',
          status: { state: 'open', stage: 'refinement', refinement: 'dcc-assessment' },
          timetable: { milestones: secmp0023.milestones, extensions: [] },
        },
      ],
    });
    const report = statusReport(register, { asOf: '2017-10-06' });
    const md = renderStatusReport(report, { format: 'markdown', mermaid: true });
    const chart = /```mermaid\n(gantt\n[\s\S]*?)```/.exec(md)?.[1];
    expect(chart).toContain('DCC IA (late) :crit');
    await expect(parse(chart as string)).resolves.toMatchObject({ diagramType: 'gantt' });
    expect(renderStatusReport(report, { format: 'markdown' })).not.toContain('gantt');
  });
});
