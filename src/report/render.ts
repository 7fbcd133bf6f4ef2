import { timetableGantt } from '../timetable/gantt.js';
import { longDate } from '../internal/long-date.js';
import { markdownCell, markdownText } from '../internal/escape/markdown.js';
import { mermaidQuoted } from '../internal/escape/mermaid.js';
import { plainText } from '../internal/escape/text.js';
import { match } from 'ts-pattern';
import { MODIFICATION_PATHS } from '../lifecycle/paths.js';
import { OPEN_CATEGORIES, REFINEMENT_CATEGORIES, REPORTING_LABELS } from '../lifecycle/reporting-stage.js';
import { DCC_ASSESSMENT_KINDS } from '../timetable/types.js';
import {
  checkArray,
  checkObject,
  checkOneOf,
  checkOptionalBoolean,
  checkWholeNumber,
  invalidArgument,
} from '../internal/check.js';
import { parseDay } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { checkRelease } from '../releases/check.js';
import { checkReportFields } from './shape.js';
import { renderHtml } from './html.js';
import { REPORTS } from './status-report.js';
import type { StatusReport } from './types.js';
import { DECIDER, PATH_LABEL, newProposalsSentence, notesOf, releaseHeading } from './words.js';

/** Options of {@link renderStatusReport}. */
export interface RenderOptions {
  /**
   * `html`: one self-contained HTML document (inline CSS and SVG charts, nothing fetched), printable
   * to A4.
   */
  readonly format: 'markdown' | 'text' | 'html';
  /** Markdown only: add Mermaid pie charts beside the tables, as the report has charts. */
  readonly mermaid?: boolean | undefined;
}

/** Caller text escaped for the output format: {@link markdownText} or {@link plainText}. */
type Escape = (text: string) => string;
const named = (x: { id: string; title?: string }, t: Escape) =>
  x.title === undefined ? t(x.id) : `${t(x.id)} ‘${t(x.title)}’`;

/** The formats written line by line (HTML has its own renderer, ./html.ts). */
type TextFormat = 'markdown' | 'text';

function table(format: TextFormat, head: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const cells = rows.map((r) => r.map((c) => (format === 'markdown' ? markdownCell : plainText)(String(c))));
  if (format === 'markdown') {
    return [
      `| ${head.map(markdownCell).join(' | ')} |`,
      `|${head.map(() => '---').join('|')}|`,
      ...cells.map((r) => `| ${r.join(' | ')} |`),
    ];
  }
  // A loop, not Math.max(...cells): spreading 100,000 rows into a call overflows the stack.
  const widths = head.map((h, i) => {
    let w = h.length;
    for (const r of cells) w = Math.max(w, (r[i] ?? '').length);
    return w;
  });
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
}

function pie(title: string, data: readonly (readonly [string, number])[]): string[] {
  const shown = data.filter(([, n]) => n > 0);
  if (shown.length === 0) return [];
  return ['```mermaid', `pie title ${title}`, ...shown.map(([k, n]) => `  "${mermaidQuoted(k)}" : ${n}`), '```', ''];
}

/** The shape a report read from elsewhere (JSON) must have to be rendered: the fields the renderer reads. */
function checkReportShape(value: unknown): void {
  const r = checkObject<Record<string, unknown>>(value, ['report'], 'a StatusReport (the result of statusReport)');
  const object = (v: unknown, path: (string | number)[]) => checkObject<Record<string, unknown>>(v, path, 'an object');
  const counts = (v: unknown, path: (string | number)[]) => {
    for (const [k, n] of Object.entries(object(v, path)))
      if (typeof n !== 'number') throw invalidArgument(n, [...path, k], 'expected a count');
  };
  const list = (key: string, fields: readonly string[]) =>
    checkArray(r[key], ['report', key], 'an array').forEach((e, i) => {
      const entry = object(e, ['report', key, i]);
      for (const f of fields)
        if (typeof entry[f] !== 'string') throw invalidArgument(entry[f], ['report', key, i, f], 'expected a string');
    });
  parseDay(r.asOf, ['report', 'asOf']);
  parseDay(r.since, ['report', 'since']);
  const raised = object(r.raisedDates, ['report', 'raisedDates']);
  for (const k of ['recorded', 'notRecorded']) checkWholeNumber(raised[k], ['report', 'raisedDates', k], 0);
  const open = object(r.open, ['report', 'open']);
  counts(open.byCategory, ['report', 'open', 'byCategory']);
  counts(open.refinement, ['report', 'open', 'refinement']);
  for (const k of ['total', 'onHold']) checkWholeNumber(open[k], ['report', 'open', k], 0);
  list('newProposals', ['id', 'raisedOn']);
  list('approvals', ['id', 'decidedOn', 'decidedBy']);
  list('rejections', ['id', 'decidedOn', 'decidedBy']);
  list('extensionRequests', ['id', 'meeting', 'reason']);
  list('upcoming', ['id', 'kind', 'when', 'note']);
  list('progression', ['id']);
  checkArray(r.gaps, ['report', 'gaps'], 'an array of strings');
  const releases = object(r.releases, ['report', 'releases']);
  checkArray(releases.scopes, ['report', 'releases', 'scopes'], 'an array').forEach((s, i) => {
    const scope = object(s, ['report', 'releases', 'scopes', i]);
    checkRelease(scope.release, ['report', 'releases', 'scopes', i, 'release']);
    checkArray(scope.entries, ['report', 'releases', 'scopes', i, 'entries'], 'an array').forEach((e, j) => {
      const entry = object(e, ['report', 'releases', 'scopes', i, 'entries', j]);
      checkArray(
        entry.footnotes,
        ['report', 'releases', 'scopes', i, 'entries', j, 'footnotes'],
        'an array of strings',
      );
    });
  });
  checkArray(releases.issues, ['report', 'releases', 'issues'], 'an array').forEach((e, i) =>
    object(e, ['report', 'releases', 'issues', i]),
  );
  const statistics = object(r.statistics, ['report', 'statistics']);
  for (const k of ['raisedLast12Months', 'raisedToDate', 'closedToDate', 'progression', 'extensions'])
    counts(statistics[k], ['report', 'statistics', k]);
  const dcc = object(r.dcc, ['report', 'dcc']);
  for (const k of ['preliminary', 'impact']) {
    const d = object(dcc[k], ['report', 'dcc', k]);
    counts(d.original, ['report', 'dcc', k, 'original']);
    counts(d.revised, ['report', 'dcc', k, 'revised']);
  }
}

/** Where a section writes: the format, the heading helpers and the output. */
interface Writer {
  readonly f: TextFormat;
  readonly mermaid: boolean;
  /** Adds lines: strings, or arrays of them (never spread: a table may hold 100,000 rows). */
  readonly add: (...lines: (string | readonly string[])[]) => void;
  readonly h2: (title: string) => string[];
  readonly h3: (title: string) => string[];
  /** Escapes caller text (ids, titles, reasons, notes) for the format. */
  readonly t: Escape;
}

/** Section 1: open proposals by stage, new proposals, approvals and rejections. */
function summary(report: StatusReport, { f, mermaid, add, h2, h3, t }: Writer): void {
  add(h2('1. Summary'), h3('Status of Open Modification Proposals'));
  const cat = report.open.byCategory;
  const rows: (string | number)[][] = OPEN_CATEGORIES.map((k) => [REPORTING_LABELS[k], cat[k]]);
  const ref = report.open.refinement;
  const refRows = REFINEMENT_CATEGORIES.map((k) => [`  Refinement: ${REPORTING_LABELS[k]}`, ref[k]]);
  if (ref['not-recorded'] > 0) refRows.push(['  Refinement: sub-stage not recorded', ref['not-recorded']]);
  const refAt = rows.findIndex((r) => r[0] === REPORTING_LABELS.refinement);
  rows.splice(refAt + 1, 0, ...refRows);
  if (cat['not-recorded'] > 0) rows.push(['Stage not recorded', cat['not-recorded']]);
  rows.push(['Total open', report.open.total]);
  add(table(f, ['Stage', 'Proposals'], rows), '');
  if (report.open.onHold > 0) add(`${report.open.onHold} open proposal(s) on hold.`, '');
  if (mermaid)
    add(
      pie('Open proposals by stage', [
        ['Not recorded', cat['not-recorded']] as const,
        ...OPEN_CATEGORIES.map((k) => [REPORTING_LABELS[k], cat[k]] as const),
      ]),
    );

  add(h3('New Modification Proposals'));
  add(newProposalsSentence(report));
  for (const p of report.newProposals)
    add(`- ${named(p, t)}, raised ${longDate(p.raisedOn)}${p.path === undefined ? '' : ` (${PATH_LABEL(p.path)})`}`);
  add('');

  add(h3('Approvals and rejections'));
  if (report.approvals.length + report.rejections.length === 0) add('No decisions in the period.');
  for (const [verb, list] of [
    ['APPROVED', report.approvals],
    ['REJECTED', report.rejections],
  ] as const) {
    const groups = new Map<string, (typeof list)[number][]>();
    for (const d of list) {
      const key = `${d.decidedOn}|${d.decidedBy}`;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [d]);
      else group.push(d);
    }
    for (const [key, ds] of groups) {
      const [date, by] = key.split('|') as [string, keyof typeof DECIDER];
      add(`On ${longDate(date)}, ${DECIDER[by]} ${verb}:`);
      for (const d of ds)
        add(`- ${named(d, t)}${d.subjectToEcNotification ? ' (subject to European Commission notification)' : ''}`);
    }
  }
  add('');
}

/** Section 2: timetable extensions asked of the Panel. */
function timetables(report: StatusReport, { add, h2, t }: Writer): void {
  add(h2('2. Modification Timetables'));
  if (report.extensionRequests.length === 0) add('No timetable extensions are requested.');
  for (const r of report.extensionRequests) {
    add(
      `- ${named(r, t)}: a ${r.months}-month extension for agreement at the Panel of ${longDate(r.meeting)} (${t(r.reason)}).${r.previous === undefined ? '' : ` Previous extensions: ${r.previous.count}, totalling ${r.previous.totalMonths} months.`}${r.milestone !== undefined && r.revised !== undefined ? ` Revised ${t(r.milestone)}: ${t(r.revised)}.` : ''}`,
    );
  }
  add('');
}

/** Section 4: meetings and consultations ahead. */
function upcoming(report: StatusReport, { f, add, h2 }: Writer): void {
  add(h2('4. Upcoming Meetings & Consultations'));
  if (report.upcoming.length === 0) add('Nothing recorded ahead.', '');
  else
    add(
      table(
        f,
        ['When', 'Proposal', 'What', 'Note'],
        report.upcoming.map((u) => [u.when, u.id, u.kind, u.note]),
      ),
      '',
    );
}

/** Section 5: the SEC release summary and the problems in its scope. */
function releases(report: StatusReport, { f, add, h2, h3, t }: Writer): void {
  add(h2('5. SEC Release Summary'));
  for (const s of report.releases.scopes) {
    add(h3(`${t(s.label)} — ${releaseHeading(s.release, t)}`));
    add(
      table(
        f,
        ['Proposal', 'Status', 'Notes'],
        s.entries.map((e) => [e.proposal, e.status, e.footnotes.join('; ')]),
      ),
      '',
    );
  }
  if (report.releases.issues.length > 0) {
    add('Problems in the release scope:');
    for (const i of report.releases.issues) add(`- ${t(i.severity)} ${t(i.code)}: ${t(i.message)}`);
    add('');
  }
}

/** Section 6: general statistics. */
function statistics(report: StatusReport, { f, mermaid, add, h2, t }: Writer): void {
  const st = report.statistics;
  add(h2('6. General SEC Modification Statistics'));
  const paths = [...MODIFICATION_PATHS, 'not-recorded' as const];
  add(
    table(
      f,
      ['Path', 'Raised in the last 12 months', 'Raised to date'],
      paths.map((p) => [PATH_LABEL(p), st.raisedLast12Months[p], st.raisedToDate[p]]),
    ),
    '',
  );
  if (report.raisedDates.notRecorded > 0) {
    add(
      `Raised date not recorded: ${report.raisedDates.notRecorded} proposal(s), counted in "Raised to date" but in no period.`,
      '',
    );
  }
  add(
    table(
      f,
      ['Closed to date', 'Proposals'],
      [
        ['Approved (implemented)', st.closedToDate.approved],
        ['Rejected', st.closedToDate.rejected],
        ['Withdrawn', st.closedToDate.withdrawn],
      ],
    ),
    '',
  );
  add(
    table(
      f,
      ['Open progression', 'Proposals'],
      [
        ['Late', st.progression.late],
        ['On time', st.progression['on-time']],
        ['Not recorded', st.progression['not-recorded']],
      ],
    ),
    '',
  );
  add(
    table(
      f,
      ['Timetable extensions', 'Proposals'],
      [
        ['Extended', st.extensions.extended],
        ['Required', st.extensions.required],
        ['Not required', st.extensions['not-required']],
        ['Not recorded', st.extensions['not-recorded']],
      ],
    ),
    '',
  );
  const why = notesOf(report).extensions;
  if (why !== undefined) add(t(why), '');
  if (mermaid)
    add(
      pie('Modifications closed (to date)', [
        ['Approved', st.closedToDate.approved],
        ['Rejected', st.closedToDate.rejected],
        ['Withdrawn', st.closedToDate.withdrawn],
      ]),
    );
}

/** Section 7: DCC assessments. */
function dcc(report: StatusReport, { f, add, h2 }: Writer): void {
  add(h2('7. DCC Assessments'));
  const dccRows = DCC_ASSESSMENT_KINDS.flatMap((k) =>
    (['original', 'revised'] as const).map((a) => {
      const c = report.dcc[k][a];
      return [
        `${k === 'preliminary' ? 'PA' : 'IA'} against ${a} due date`,
        c['returned-late'],
        c['returned-on-time'],
        c['on-hold'],
        c.outstanding,
      ];
    }),
  );
  add(table(f, ['Assessments', 'Returned late', 'Returned on time', 'On hold', 'Outstanding'], dccRows), '');
}

/** Section 8: the progression table of open modifications. */
function progression(report: StatusReport, { f, mermaid, add, h2 }: Writer): void {
  add(h2('8. High level progression timetables (open modifications)'));
  add(
    table(
      f,
      ['Mod Ref', 'Title', 'Stage', 'No Ext.', 'Ext. Length', 'Progress'],
      report.progression.map((p) => [
        p.id,
        p.title ?? '',
        p.stage ?? '',
        p.extensions?.count ?? '',
        p.extensions?.totalMonths ?? '',
        p.status ?? 'not recorded',
      ]),
    ),
    '',
  );
  const timetables = report.progression.flatMap((p) => (p.timetable === undefined ? [] : [p.timetable]));
  if (mermaid && timetables.length > 0)
    add('```mermaid', timetableGantt(timetables, { asOf: report.asOf }).trimEnd(), '```', '');
}

/** What the register does not record. */
function gaps(report: StatusReport, { add, h2, t }: Writer): void {
  if (report.gaps.length > 0) {
    add(h2('What the register does not record'));
    for (const g of report.gaps) add(`- ${t(g)}`);
    add('');
  }
}

/** Each figure the published report printed beside the one computed from the register, where the register carries them. */
function reconciliation(report: StatusReport, { f, add, h2 }: Writer): void {
  const rows = report.reconciliation;
  if (rows === undefined || rows.length === 0) return;
  add(h2('The printed figures beside the computed ones'));
  add(
    table(
      f,
      ['Figure', 'Printed in', 'Printed', 'Computed', 'Not recorded', 'Why'],
      rows.map((r) => [r.figure, r.section, r.published, r.computed, r.notRecorded, r.why]),
    ),
    '',
  );
}

/** The sections in the report's order, each rendering what the builder's section of the same name computed. */
const SECTIONS: readonly ((report: StatusReport, writer: Writer) => void)[] = [
  summary,
  timetables,
  upcoming,
  releases,
  statistics,
  dcc,
  progression,
  gaps,
  reconciliation,
];

const OPTIONS_KEYS = keysOf<RenderOptions>()(['format', 'mermaid']);

/**
 * Renders a {@link StatusReport} as Markdown, plain text or HTML, in the order of the monthly report.
 * Markdown and text give its charts as tables (Markdown optionally with Mermaid pie charts); HTML is one
 * self-contained document (inline CSS, inline SVG charts each with its table beside it, no script and
 * nothing fetched), with print CSS for A4 pages, that a browser prints to PDF.
 *
 * @example
 * console.log(renderStatusReport(statusReport(register, { asOf: '2017-10-06' }), { format: 'markdown' }));
 */
export function renderStatusReport(report: StatusReport, options: RenderOptions): string {
  checkRecord(options, ['options'], "RenderOptions { format: 'markdown' | 'text' | 'html', mermaid? }", OPTIONS_KEYS);
  checkOneOf(options.format, ['markdown', 'text', 'html'], ['options', 'format'], 'format');
  checkOptionalBoolean(options.mermaid, ['options', 'mermaid']);
  if (!REPORTS.has(report)) {
    checkReportShape(report);
    checkReportFields(report);
  }
  return match(options.format)
    .with('html', () => renderHtml(report))
    .with('markdown', 'text', (f) => renderLines(report, f, f === 'markdown' && options.mermaid === true))
    .exhaustive();
}

/** The Markdown or text report, line by line. */
function renderLines(report: StatusReport, f: TextFormat, mermaid: boolean): string {
  const md = f === 'markdown';
  const h1 = (t: string) => (md ? [`# ${t}`, ''] : [t, '='.repeat(t.length), '']);
  const h2 = (t: string) => (md ? [`## ${t}`, ''] : [t, '-'.repeat(t.length), '']);
  const h3 = (t: string) => (md ? [`### ${t}`, ''] : [`${t}:`, '']);
  const t: Escape = md ? markdownText : plainText;
  const out: string[] = [];
  const add = (...lines: (string | readonly string[])[]): void => {
    for (const l of lines) {
      if (typeof l === 'string') out.push(l);
      else for (const line of l) out.push(line);
    }
  };

  add(h1(`Modification and Release Status Report — ${longDate(report.asOf)}`));
  add(
    `Period: after ${longDate(report.since)} up to ${longDate(report.asOf)}${report.sinceDefaulted ? ' (default: one month; pass the previous Panel meeting as since)' : ''}.`,
    '',
  );
  const numbering = notesOf(report).numbering;
  if (numbering !== undefined) add(t(numbering), '');

  for (const section of SECTIONS) section(report, { f, mermaid, add, h2, h3, t });
  return `${out.join('\n').trimEnd()}\n`;
}
