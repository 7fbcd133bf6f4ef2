import { checkArray, checkString, invalidArgument, parseDay } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { isoOf } from '../internal/days.js';
import { mermaidTask, mermaidText } from '../internal/escape/mermaid.js';
import { checkTimetable } from './check.js';
import { span, type Span } from './dates.js';
import type { Milestone, MilestoneKind, Timetable } from './types.js';

/** What {@link timetableGantt} draws with. */
export interface GanttOptions {
  /** The day the chart is drawn as of: approved dates before it with nothing achieved are late. */
  readonly asOf: string;
  /** The chart's title; default "Progression timetables as of <asOf>". */
  readonly title?: string | undefined;
}

const OPTIONS_KEYS = keysOf<GanttOptions>()(['asOf', 'title']);

/** Short labels, as the October 2017 report's charts name the phases. */
const LABELS: Readonly<Record<MilestoneKind, string>> = {
  'initial-modification-report': 'IMR',
  refinement: 'Refinement',
  'dcc-preliminary-assessment': 'DCC PA',
  'dcc-impact-assessment': 'DCC IA',
  'working-group-consultation': 'WG consultation',
  'draft-modification-report': 'DMR',
  'modification-report-consultation': 'MR consultation',
  'change-board': 'Change Board',
  'panel-decision': 'Panel decision',
  'authority-decision': 'Authority decision',
  implementation: 'Implementation',
};

/** A bar: a period from its first to its last day, or a point (a milestone marker). */
function bar(name: string, tags: readonly string[], id: string, s: Span, until?: Span): string {
  const end = until ?? s;
  const point = !s.month && until === undefined;
  const allTags = point ? [...tags, 'milestone'] : tags;
  const when = point ? `${isoOf(s.first)}, 0d` : `${isoOf(s.first)}, ${end.last - s.first + 1}d`;
  return `    ${name} :${[...allTags, id].join(', ')}, ${when}`;
}

/**
 * The timetables as a Mermaid `gantt` chart, as the October 2017 status report's section 6 charts
 * show them: one section per proposal, the approved bar of each milestone (a period for a month or a
 * consultation, a marker for a day) and, once achieved, its actual bar. An approved date passed on
 * `asOf` with nothing achieved is marked late (`crit`); achieved bars are `done`. The chart draws no
 * "today" line of its own (Mermaid's would be the viewer's clock): the title says the date.
 *
 * @see SECAS Modification and Release Status Report, October 2017 (SECP_49_1310_11), section 6
 * @throws {SecmodError} `invalid-date`, `invalid-argument`, as `validateTimetable` for a malformed timetable.
 * @example
 * timetableGantt([plan.timetable], { asOf: '2019-01-18' });
 * // 'gantt\n  title Progression timetables as of 2019-01-18\n  dateFormat YYYY-MM-DD\n  ...'
 */
export function timetableGantt(timetables: readonly Timetable[], options: GanttOptions): string {
  const list = checkArray<Timetable>(timetables, ['timetables'], 'an array of Timetable');
  checkRecord(options, ['options'], 'GanttOptions { asOf, title? }', OPTIONS_KEYS);
  const asOf = parseDay(options.asOf, ['options', 'asOf']);
  const title =
    options.title === undefined
      ? `Progression timetables as of ${isoOf(asOf)}`
      : checkString(options.title, ['options', 'title']);
  const lines = [
    'gantt',
    `  title ${mermaidText(title)}`,
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %b %Y',
    '  todayMarker off',
  ];
  list.forEach((t, n) => {
    checkTimetable(t, ['timetables', n], 'allowed');
    lines.push(`  section ${mermaidText(t.proposal)}`);
    t.milestones.forEach((m: Milestone, i) => {
      const at = ['timetables', n, 'milestones', i];
      const approved = span(m.approved, [...at, 'approved']);
      const until = m.until === undefined ? undefined : span(m.until, [...at, 'until']);
      const actual = m.actual === undefined ? undefined : span(m.actual, [...at, 'actual']);
      const achieved = actual !== undefined && actual.first <= asOf;
      const due = (until ?? approved).last;
      const late = !achieved && due < asOf;
      // A kind outside the vocabulary is drawn under its own name, which must be text (a sparse array's would be 4 GB of commas).
      if (typeof m.kind !== 'string')
        throw invalidArgument(m.kind, [...at, 'kind'], 'expected a milestone kind (a string)');
      const label = LABELS[m.kind] ?? mermaidTask(m.kind);
      const tags = late ? ['crit'] : achieved ? ['done'] : approved.first <= asOf && asOf <= due ? ['active'] : [];
      lines.push(bar(`${label}${late ? ' (late)' : ''}`, tags, `p${n}m${i}`, approved, until));
      if (achieved) lines.push(bar(`${label} (actual)`, ['done'], `p${n}m${i}a`, actual));
    });
  });
  return `${lines.join('\n')}\n`;
}
