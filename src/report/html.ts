/**
 * The status report as one self-contained HTML document: inline CSS, inline SVG charts made by
 * ./charts/, each with its numbers in a table beside it; no script, and nothing fetched (no stylesheet,
 * font or image from elsewhere), so it reads offline and as an email attachment, and prints to A4.
 * @internal
 */
import { html } from '../internal/escape/html.js';
import { isoOf } from '../internal/days.js';
import { longDate } from '../internal/long-date.js';
import { MODIFICATION_PATHS } from '../lifecycle/paths.js';
import { OPEN_CATEGORIES, REFINEMENT_CATEGORIES, REPORTING_LABELS } from '../lifecycle/reporting-stage.js';
import { span } from '../timetable/dates.js';
import { DCC_ASSESSMENT_KINDS } from '../timetable/types.js';
import { donutChart, donutIndexes } from './charts/donut.js';
import { ganttRows, type GanttRow } from './charts/gantt-rows.js';
import { stackedBars, type BarRow } from './charts/stacked-bars.js';
import { swatch, type Part } from './charts/swatch.js';
import type { ReconciliationRow, StatusReport } from './types.js';
import { DECIDER, PATH_LABEL, newProposalsSentence, notesOf, releaseHeading } from './words.js';

/** A table cell: text (escaped here), a count, or markup this module made. */
type Cell = string | number | { readonly markup: string };

const cell = (c: Cell): string => (typeof c === 'object' ? c.markup : html(String(c)));

/** A table with a header row; count cells are right-aligned. */
function table(head: readonly string[], rows: readonly (readonly Cell[])[], caption?: string): string {
  const out: string[] = ['<table>'];
  if (caption !== undefined) out.push(`<caption>${html(caption)}</caption>`);
  out.push(`<thead><tr>${head.map((h) => `<th scope="col">${html(h)}</th>`).join('')}</tr></thead><tbody>`);
  for (const r of rows) {
    let line = '<tr>';
    for (const c of r) line += typeof c === 'number' ? `<td class="n">${c}</td>` : `<td>${cell(c)}</td>`;
    out.push(`${line}</tr>`);
  }
  out.push('</tbody></table>');
  return out.join('');
}

/** The table beside a chart: each part with its swatch and count, and the total. */
function partsTable(chart: string, head: readonly [string, string], parts: readonly Part[]): string {
  const indexes = donutIndexes(parts);
  let total = 0;
  const rows: Cell[][] = parts.map((p, i) => {
    const index = indexes[i];
    total += p.value;
    const mark = index === undefined ? '' : `${swatch(chart, index, p.notRecorded === true)} `;
    return [{ markup: `${mark}${html(p.label)}` }, p.value];
  });
  rows.push([{ markup: '<strong>Total</strong>' }, total]);
  return table(head, rows);
}

/** Which chart a printed figure stands beside, by the words its name starts with. */
const RECONCILED: readonly (readonly [chart: string, test: RegExp])[] = [
  ['stages', /^open\b/i],
  ['raised', /^raised\b/i],
  ['closed', /^closed\b/i],
  ['progression', /^(progression|late|on time)\b/i],
  ['extensions', /^(timetable )?extension/i],
  ['dcc', /^dcc\b/i],
];

/** The printed figures set beside a chart: a bar per figure (computed, and the not-recorded share as its own segment) and their table. */
function reconciled(chart: string, rows: readonly ReconciliationRow[] | undefined): string {
  const test = RECONCILED.find(([c]) => c === chart)?.[1];
  const matched = test === undefined ? [] : (rows ?? []).filter((r) => test.test(r.figure));
  if (matched.length === 0) return '';
  const id = `${chart}-printed`;
  const bars: BarRow[] = matched.map((r) => ({
    label: r.figure,
    parts: [
      { label: 'Computed from the register', value: r.computed },
      { label: 'Not recorded', value: r.notRecorded, notRecorded: true },
    ],
  }));
  return `<p><strong>As printed in the report</strong>: each printed figure as computed from the register, the share it does not record hatched.</p><div class="pair">${stackedBars(id, 'As printed in the report: computed and not recorded', bars)}${reconciliationTable(matched)}</div>`;
}

function reconciliationTable(rows: readonly ReconciliationRow[]): string {
  return table(
    ['Figure', 'Printed in', 'Printed', 'Computed', 'Not recorded', 'Why'],
    rows.map((r) => [r.figure, r.section, r.published, r.computed, r.notRecorded, r.why]),
  );
}

/** A chart with its table beside it (and the printed figures it matches), kept on one page. */
function figure(report: StatusReport, chart: string, caption: string, svg: string, beside: string): string {
  return `<figure class="chart" aria-labelledby="${chart}-cap"><figcaption id="${chart}-cap">${html(caption)}</figcaption><div class="pair">${svg}${beside}</div>${reconciled(chart, report.reconciliation)}</figure>`;
}

/** A donut with its table, as one figure. */
function donutFigure(report: StatusReport, chart: string, caption: string, parts: readonly Part[]): string {
  return figure(
    report,
    chart,
    caption,
    donutChart(chart, caption, parts),
    partsTable(chart, ['Part', 'Proposals'], parts),
  );
}

const named = (x: { id: string; title?: string | undefined }) =>
  x.title === undefined ? html(x.id) : `${html(x.id)} ‘${html(x.title)}’`;

/** Section 1: open proposals by stage (the donut splits Refinement as the report's pie does), new proposals, decisions. */
function summary(report: StatusReport): string {
  const cat = report.open.byCategory;
  const ref = report.open.refinement;
  const parts: Part[] = [];
  for (const k of OPEN_CATEGORIES) {
    if (k !== 'refinement') parts.push({ label: REPORTING_LABELS[k], value: cat[k] });
    else {
      for (const r of REFINEMENT_CATEGORIES) parts.push({ label: `Refinement: ${REPORTING_LABELS[r]}`, value: ref[r] });
      if (ref['not-recorded'] > 0)
        parts.push({ label: 'Refinement: sub-stage not recorded', value: ref['not-recorded'] });
    }
  }
  parts.push({ label: 'Stage not recorded', value: cat['not-recorded'], notRecorded: true });
  const out = [
    '<section aria-labelledby="s1"><h2 id="s1">1. Summary</h2>',
    '<h3>Status of Open Modification Proposals</h3>',
    donutFigure(report, 'stages', `Open proposals by stage (${report.open.total} open)`, parts),
  ];
  if (report.open.onHold > 0) out.push(`<p>${report.open.onHold} open proposal(s) on hold.</p>`);
  out.push('<h3>New Modification Proposals</h3>', `<p>${html(newProposalsSentence(report))}</p>`);
  if (report.newProposals.length > 0)
    out.push(
      `<ul>${report.newProposals.map((p) => `<li>${named(p)}, raised ${longDate(p.raisedOn)}${p.path === undefined ? '' : ` (${PATH_LABEL(p.path)})`}</li>`).join('')}</ul>`,
    );
  out.push('<h3>Approvals and rejections</h3>');
  if (report.approvals.length + report.rejections.length === 0) out.push('<p>No decisions in the period.</p>');
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
      out.push(
        `<p>On ${longDate(date)}, ${DECIDER[by] ?? html(by)} <strong>${verb}</strong>:</p><ul>${ds.map((d) => `<li>${named(d)}${d.subjectToEcNotification ? ' (subject to European Commission notification)' : ''}</li>`).join('')}</ul>`,
      );
    }
  }
  out.push('</section>');
  return out.join('');
}

/** Section 2: timetable extensions asked of the Panel. */
function timetables(report: StatusReport): string {
  const items = report.extensionRequests.map(
    (r) =>
      `<li>${named(r)}: a ${r.months}-month extension for agreement at the Panel of ${longDate(r.meeting)} (${html(r.reason)}).${r.previous === undefined ? '' : ` Previous extensions: ${r.previous.count}, totalling ${r.previous.totalMonths} months.`}${r.milestone !== undefined && r.revised !== undefined ? ` Revised ${html(r.milestone)}: ${html(r.revised)}.` : ''}</li>`,
  );
  return `<section aria-labelledby="s2"><h2 id="s2">2. Modification Timetables</h2>${items.length === 0 ? '<p>No timetable extensions are requested.</p>' : `<ul>${items.join('')}</ul>`}</section>`;
}

/** Section 4: meetings and consultations ahead. */
function upcoming(report: StatusReport): string {
  const body =
    report.upcoming.length === 0
      ? '<p>Nothing recorded ahead.</p>'
      : table(
          ['When', 'Proposal', 'What', 'Note'],
          report.upcoming.map((u) => [u.when, u.id, u.kind, u.note]),
        );
  return `<section aria-labelledby="s4"><h2 id="s4">4. Upcoming Meetings &amp; Consultations</h2>${body}</section>`;
}

/** Section 5: the SEC release summary and the problems in its scope. */
function releases(report: StatusReport): string {
  const out = ['<section aria-labelledby="s5"><h2 id="s5">5. SEC Release Summary</h2>'];
  if (report.releases.scopes.length === 0) out.push('<p>No release recorded.</p>');
  for (const s of report.releases.scopes)
    out.push(
      `<h3>${html(s.label)} — ${releaseHeading(s.release, html)}</h3>`,
      table(
        ['Proposal', 'Status', 'Notes'],
        s.entries.map((e) => [e.proposal, e.status, e.footnotes.join('; ')]),
      ),
    );
  if (report.releases.issues.length > 0)
    out.push(
      '<p>Problems in the release scope:</p>',
      `<ul>${report.releases.issues.map((i) => `<li>${html(i.severity)} ${html(i.code)}: ${html(i.message)}</li>`).join('')}</ul>`,
    );
  out.push('</section>');
  return out.join('');
}

/** Section 6: general statistics, a chart per breakdown as the report draws them. */
function statistics(report: StatusReport): string {
  const st = report.statistics;
  const paths = [...MODIFICATION_PATHS, 'not-recorded' as const];
  const pathParts = (counts: Readonly<Record<string, number>>): Part[] =>
    paths.map((p) => ({ label: PATH_LABEL(p), value: counts[p] ?? 0, notRecorded: p === 'not-recorded' }));
  const raisedRows: BarRow[] = [
    { label: 'Last 12 months', parts: pathParts(st.raisedLast12Months) },
    { label: 'To date', parts: pathParts(st.raisedToDate) },
  ];
  const raisedTable = table(
    ['Path', 'Raised in the last 12 months', 'Raised to date'],
    paths.map((p, i) => [
      { markup: `${swatch('raised', p === 'not-recorded' ? -1 : i, p === 'not-recorded')} ${html(PATH_LABEL(p))}` },
      st.raisedLast12Months[p],
      st.raisedToDate[p],
    ]),
  );
  const out = [
    '<section aria-labelledby="s6"><h2 id="s6">6. General SEC Modification Statistics</h2>',
    figure(
      report,
      'raised',
      'Modifications raised, by path',
      stackedBars('raised', 'Modifications raised, by path', raisedRows),
      raisedTable,
    ),
  ];
  if (report.raisedDates.notRecorded > 0)
    out.push(
      `<p>Raised date not recorded: ${report.raisedDates.notRecorded} proposal(s), counted in “to date” but in no period.</p>`,
    );
  out.push(
    donutFigure(report, 'closed', 'Modifications closed (to date)', [
      { label: 'Approved (implemented)', value: st.closedToDate.approved },
      { label: 'Rejected', value: st.closedToDate.rejected },
      { label: 'Withdrawn', value: st.closedToDate.withdrawn },
    ]),
    donutFigure(report, 'progression', 'Open modification progression timescales', [
      { label: 'Late', value: st.progression.late },
      { label: 'On time', value: st.progression['on-time'] },
      { label: 'Not recorded', value: st.progression['not-recorded'], notRecorded: true },
    ]),
    donutFigure(report, 'extensions', 'Timetable extensions', [
      { label: 'Extended', value: st.extensions.extended },
      { label: 'Required', value: st.extensions.required },
      { label: 'Not required', value: st.extensions['not-required'] },
      { label: 'Not recorded', value: st.extensions['not-recorded'], notRecorded: true },
    ]),
  );
  const why = notesOf(report).extensions;
  if (why !== undefined) out.push(`<p>${html(why)}</p>`);
  out.push('</section>');
  return out.join('');
}

const DCC_PARTS = [
  ['returned-late', 'Returned late'],
  ['returned-on-time', 'Returned on time'],
  ['on-hold', 'On hold'],
  ['outstanding', 'Outstanding'],
] as const;

/** Section 7: DCC Preliminary and Impact Assessments against their original and revised due dates. */
function dcc(report: StatusReport): string {
  const rows: BarRow[] = DCC_ASSESSMENT_KINDS.flatMap((k) =>
    (['original', 'revised'] as const).map((a) => ({
      label: `DCC ${k === 'preliminary' ? 'PA' : 'IA'}, ${a} due date`,
      parts: DCC_PARTS.map(([key, label]) => ({ label, value: report.dcc[k][a][key] })),
    })),
  );
  const beside = table(
    ['Assessments', ...DCC_PARTS.map(([, label]) => label)],
    rows.map((r) => [r.label, ...r.parts.map((p) => p.value)]),
  );
  return `<section aria-labelledby="s7"><h2 id="s7">7. DCC Assessments</h2>${figure(
    report,
    'dcc',
    'DCC Preliminary (PA) and Impact (IA) Assessments',
    stackedBars('dcc', 'DCC Preliminary (PA) and Impact (IA) Assessments', rows),
    beside,
  )}</section>`;
}

/** The most Gantt rows drawn: the table beneath lists every open modification. */
export const GANTT_ROWS = 60;

/** The Gantt rows of the open modifications with a recorded timetable (approved vs actual, late marked), and their milestones as table rows. */
function ganttRowsOf(report: StatusReport, asOf: number): { rows: GanttRow[]; table: Cell[][] } {
  const rows: GanttRow[] = [];
  const cells: Cell[][] = [];
  for (const p of report.progression) {
    // A report read back from JSON may carry anything here: only a list of milestones is drawn.
    if (p.timetable === undefined || !Array.isArray(p.timetable.milestones) || rows.length >= GANTT_ROWS) continue;
    rows.push({
      label: p.id,
      bars: p.timetable.milestones.map((m, i) => {
        const at = ['report', 'progression', p.id, 'milestones', i];
        const approved = span(m.approved, at);
        const due = m.until === undefined ? approved : span(m.until, at);
        const actual = m.actual === undefined ? undefined : span(m.actual, at);
        const achieved = actual !== undefined && actual.first <= asOf;
        const late = achieved ? actual.first > due.last : due.last < asOf;
        cells.push([
          p.id,
          String(m.kind),
          m.until === undefined ? String(m.approved) : `${String(m.approved)} to ${String(m.until)}`,
          achieved ? String(m.actual) : '',
          late ? 'late' : achieved ? 'on time' : '',
        ]);
        return {
          label: String(m.kind),
          approved: [approved.first, due.last] as const,
          ...(achieved ? { actual: [actual.first, Math.min(actual.last, asOf)] as const } : {}),
          late,
        };
      }),
    });
  }
  return { rows, table: cells };
}

/** Section 8: the Gantt of the open modifications' timetables and the progression table. */
function progression(report: StatusReport): string {
  const asOf = span(report.asOf, ['report', 'asOf']).first;
  const { rows, table: milestones } = ganttRowsOf(report, asOf);
  const withTimetable = report.progression.filter((p) => p.timetable !== undefined).length;
  const caption = 'High level progression timetables: Panel approved and actual';
  const list = table(
    ['Mod Ref', 'Title', 'Stage', 'No Ext.', 'Ext. Length', 'Progress'],
    report.progression.map((p) => [
      p.id,
      p.title ?? '',
      p.stage ?? 'not recorded',
      p.extensions?.count ?? '',
      p.extensions?.totalMonths ?? '',
      p.status ?? 'not recorded',
    ]),
  );
  const more =
    withTimetable > rows.length
      ? `<p>The chart draws the first ${rows.length} of the ${withTimetable} timetables; the table lists every open modification.</p>`
      : '';
  const none =
    withTimetable === 0
      ? '<p>The register records no timetable for an open modification, so the chart has none to draw.</p>'
      : '';
  return `<section aria-labelledby="s8"><h2 id="s8">8. High level progression timetables (open modifications)</h2><figure class="chart gantt" aria-labelledby="gantt-cap"><figcaption id="gantt-cap">${html(caption)}</figcaption>${ganttRows('gantt', caption, rows, asOf)}${milestones.length === 0 ? '' : table(['Mod Ref', 'Milestone', 'Panel approved', 'Actual', 'Status'], milestones)}</figure>${none}${more}${list}</section>`;
}

/** What the register does not record, and each printed figure beside the computed one. */
function gaps(report: StatusReport): string {
  const out = [
    '<section aria-labelledby="gaps"><h2 id="gaps">What the register does not record</h2>',
    report.gaps.length === 0
      ? '<p>Nothing: every figure above is computed from recorded facts.</p>'
      : `<ul>${report.gaps.map((g) => `<li>${html(g)}</li>`).join('')}</ul>`,
  ];
  if (report.reconciliation !== undefined && report.reconciliation.length > 0)
    out.push('<h3>The printed figures beside the computed ones</h3>', reconciliationTable(report.reconciliation));
  out.push('</section>');
  return out.join('');
}

/**
 * Inline CSS: readable on screen, and in print A4 pages with no chart, table row or heading cut from
 * what follows it; the fills of the charts are kept in print (`print-color-adjust`).
 */
const CSS = `@page{size:A4;margin:15mm 14mm}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:62rem;padding:1.5rem;font:11pt/1.45 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#111;background:#fff}
h1{font-size:1.6rem;margin:0 0 .4rem;color:#16365c}
h2{font-size:1.25rem;margin:1.8rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid #16365c;color:#16365c;break-after:avoid}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem;break-after:avoid}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-weight:bold}
th,td{border:1px solid #888;padding:.2rem .45rem;text-align:left;vertical-align:top}
th{background:#e8eef5}
td.n{text-align:right;font-variant-numeric:tabular-nums}
tr{break-inside:avoid}
figure.chart{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:bold;margin-bottom:.3rem}
.pair{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.chart-svg{max-width:100%;height:auto}
.swatch{vertical-align:-1px}
.note{color:#333}
@media print{body{max-width:none;padding:0;font-size:10pt}section{break-before:auto}figure.gantt{break-inside:auto}}`;

/** The HTML document of a report (its shape already checked by renderStatusReport). */
export function renderHtml(report: StatusReport): string {
  const title = `Modification and Release Status Report — ${longDate(report.asOf)}`;
  const numbering = notesOf(report).numbering;
  const period = `Period: after ${longDate(report.since)} up to ${longDate(report.asOf)}${report.sinceDefaulted ? ' (default: one month; pass the previous Panel meeting as since)' : ''}.`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="secmod">
<title>${html(title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<main>
<header><h1>${html(title)}</h1><p>${html(period)}</p>${numbering === undefined ? '' : `<p class="note">${html(numbering)}</p>`}<p class="note">Computed from the register as of ${isoOf(span(report.asOf, ['report', 'asOf']).first)}; what the register does not record is counted apart (hatched in the charts) and listed at the end.</p></header>
${summary(report)}
${timetables(report)}
${upcoming(report)}
${releases(report)}
${statistics(report)}
${dcc(report)}
${progression(report)}
${gaps(report)}
</main>
</body>
</html>
`;
}
