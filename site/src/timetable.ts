import {
  parseTimetable,
  parseValidateOptions,
  planTimetable,
  timetableGantt,
  validateTimetable,
  type Timetable,
  type TimetableIssue,
  type ValidateTimetableOptions,
} from 'secmod/timetable';
import { SEC_CHANGE_BOARD, SEC_PANEL } from 'secmod/meetings';
import threeMistakes from '@examples/timetables/three-mistakes.json';
import proposed from '@examples/timetables/proposed.json';
import { byId, el, problem, show } from './dom.js';

const form = byId<HTMLFormElement>('form');
const json = byId<HTMLTextAreaElement>('json');
const asOf = byId<HTMLInputElement>('asof');
const result = byId<HTMLElement>('result');
const chart = byId<HTMLElement>('chart');

const planned = (() => {
  const plan = planTimetable(
    { proposal: 'MP999', path: 'self-governance', convertedOn: '2019-01-18', dccAssessments: 'preliminary' },
    { panelMeetings: SEC_PANEL, changeBoardMeetings: SEC_CHANGE_BOARD, minConsultationWorkingDays: 15 },
  );
  return {
    timetable: plan.timetable,
    options: { panelMeetings: 'sec-panel', changeBoardMeetings: 'sec-change-board', minConsultationWorkingDays: 15 },
  };
})();

const examples: Record<string, unknown> = {
  'example-three': threeMistakes,
  'example-proposed': proposed,
  'example-plan': planned,
};
for (const [id, example] of Object.entries(examples))
  byId<HTMLButtonElement>(id).addEventListener('click', () => {
    json.value = JSON.stringify(example, null, 2);
    void check();
  });

/** The timetable and options a pasted text holds, read as the CLI reads them. */
function read(text: string): { timetable: Timetable; options: ValidateTimetableOptions } {
  const input = JSON.parse(text) as { timetable?: unknown; options?: unknown } | null;
  const wrapped = typeof input === 'object' && input !== null && 'timetable' in input;
  const given = wrapped ? input.timetable : input;
  const withExtensions =
    typeof given === 'object' && given !== null && !('extensions' in given) ? { ...given, extensions: [] } : given;
  const options = wrapped && 'options' in input ? parseValidateOptions(input.options) : {};
  return { timetable: parseTimetable(withExtensions), options };
}

const FIELDS = ['approved', 'until', 'actual'] as const;

/** The milestones as a table, each cell an issue's path points at highlighted. */
function table(t: Timetable, issues: readonly TimetableIssue[]): HTMLElement {
  const flagged = new Set(issues.map((i) => i.path.join('.')));
  return el(
    'table',
    { 'aria-label': `Milestones of ${t.proposal}` },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, 'Path'),
        el('th', { scope: 'col' }, 'Milestone'),
        ...FIELDS.map((f) => el('th', { scope: 'col' }, f)),
      ),
    ),
    el(
      'tbody',
      {},
      ...t.milestones.map((m, i) =>
        el(
          'tr',
          {},
          el('td', {}, el('code', {}, `milestones.${i}`)),
          el('td', {}, flagged.has(`milestones.${i}.kind`) ? el('mark', {}, m.kind) : m.kind),
          ...FIELDS.map((f) => {
            const value = m[f] ?? '';
            return el(
              'td',
              {},
              flagged.has(`milestones.${i}.${f}`) ? el('mark', { title: 'an issue points here' }, value) : value,
            );
          }),
        ),
      ),
    ),
  );
}

function issueList(
  issues: readonly { severity?: string; code: string; path: readonly (string | number)[]; message: string }[],
): HTMLElement {
  return el(
    'ul',
    { id: 'issues', 'aria-label': 'Issues' },
    ...issues.map((i) =>
      el(
        'li',
        { class: i.severity ?? 'error' },
        el('strong', {}, `${i.severity ?? 'error'} ${i.code}`),
        ' at ',
        el('code', {}, i.path.join('.') || '(top)'),
        `: ${i.message}`,
      ),
    ),
  );
}

async function check(): Promise<void> {
  chart.replaceChildren();
  let read_: ReturnType<typeof read>;
  try {
    read_ = read(json.value);
  } catch (error) {
    const e = error as { issues?: { code: string; path: (string | number)[]; message: string }[] };
    show(result, problem(error), e.issues === undefined ? null : issueList(e.issues));
    return;
  }
  const { timetable, options } = read_;
  const issues = validateTimetable(timetable, options);
  const errors = issues.filter((i) => i.severity === 'error').length;
  show(
    result,
    el(
      'h2',
      {},
      `${timetable.proposal}: ${issues.length === 0 ? 'no issues' : `${errors} error(s), ${issues.length - errors} warning(s)`}`,
    ),
    issues.length === 0 ? null : issueList(issues),
    table(timetable, issues),
  );
  try {
    const source = timetableGantt([timetable], { asOf: asOf.value });
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const { svg } = await mermaid.render('gantt-svg', source);
    chart.replaceChildren(el('h2', {}, 'Gantt chart'));
    const figure = el('figure', { role: 'img', 'aria-label': `Gantt chart of ${timetable.proposal}'s timetable` });
    figure.innerHTML = svg;
    chart.append(figure, el('details', {}, el('summary', {}, 'Chart source (Mermaid)'), el('pre', {}, source)));
  } catch (error) {
    chart.replaceChildren(problem(error));
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void check();
});
json.value = JSON.stringify(threeMistakes, null, 2);
