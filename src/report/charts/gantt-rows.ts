/**
 * Gantt rows as inline SVG: each open modification's Panel-approved timeline beside its actual one, as
 * the October 2017 status report (SECP_49_1310_11) draws its high level progression timetables, late
 * milestones marked. The time scale is a linear map of day numbers, written by hand.
 * @internal
 */
import { html } from '../../internal/escape/html.js';
import { daysFromCivil, isoOf } from '../../internal/days.js';
import { coord } from './swatch.js';

/** One milestone of a row: its approved span and, once achieved, its actual span (day numbers, inclusive). */
export interface GanttBar {
  readonly label: string;
  readonly approved: readonly [first: number, last: number];
  readonly actual?: readonly [first: number, last: number] | undefined;
  /** Its approved date passed on the report's date with nothing achieved, or it was achieved after it. */
  readonly late: boolean;
}

/** One row: a proposal and its milestones. */
export interface GanttRow {
  readonly label: string;
  readonly bars: readonly GanttBar[];
}

const LABEL = 110;
const WIDTH = 680;
const PLOT = WIDTH - LABEL - 34;
const ROW = 34;

/** The first and last day any bar touches, and `asOf` (so its line is always on the chart). */
export function ganttExtent(rows: readonly GanttRow[], asOf: number): [number, number] {
  let lo = asOf;
  let hi = asOf;
  for (const r of rows)
    for (const b of r.bars)
      for (const s of [b.approved, b.actual]) {
        if (s === undefined) continue;
        if (s[0] < lo) lo = s[0];
        if (s[1] > hi) hi = s[1];
      }
  return [lo, hi + 1];
}

/**
 * The Gantt chart of `rows` on one time scale with a line at `asOf`: per row an outlined bar per
 * approved milestone (hatched red and marked "!" when late) and beneath it a solid bar per achieved one;
 * a tick at the first of each year (or each quarter, for a span under two years). Without rows it says
 * "none". `title` is its accessible name; `id` prefixes every id inside.
 */
export function ganttRows(id: string, title: string, rows: readonly GanttRow[], asOf: number): string {
  const [lo, hi] = ganttExtent(rows, asOf);
  const x = (day: number) => coord(LABEL + ((day - lo) / (hi - lo)) * PLOT);
  const top = 24;
  const height = top + Math.max(1, rows.length) * ROW + 36;
  const defs = `<defs><pattern id="${id}-late" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6d5cf"/><path d="M0 0V6" stroke="#8c2d19" stroke-width="2"/></pattern></defs>`;
  const ticks: string[] = [];
  const [y0] = isoOf(lo).split('-').map(Number) as [number];
  const step = hi - lo < 730 ? 3 : 12;
  // Months counted from January of the first year: a tick every `step` months while within the chart.
  for (let k = y0 * 12; ; k += step) {
    const year = Math.floor(k / 12);
    const month = (k % 12) + 1;
    const day = daysFromCivil(year, month, 1);
    if (day > hi) break;
    if (day < lo) continue;
    ticks.push(
      `<line x1="${x(day)}" y1="${top - 4}" x2="${x(day)}" y2="${height - 30}" stroke="#ccc"/><text x="${x(day)}" y="${top - 8}" font-size="10" text-anchor="middle">${year}-${String(month).padStart(2, '0')}</text>`,
    );
  }
  const body = rows
    .map((r, i) => {
      const y = top + i * ROW;
      const bars = r.bars
        .map((b) => {
          const ax = x(b.approved[0]);
          const aw = Math.max(2, coord(x(b.approved[1] + 1) - ax));
          const approved = `<rect x="${ax}" y="${y + 3}" width="${aw}" height="12" fill="${b.late ? `url(#${id}-late)` : '#fff'}" stroke="${b.late ? '#8c2d19' : '#16365c'}"><title>${html(r.label)} ${html(b.label)}: approved ${isoOf(b.approved[0])} to ${isoOf(b.approved[1])}${b.late ? ' (late)' : ''}</title></rect>`;
          const mark = b.late
            ? `<text x="${coord(ax + aw + 2)}" y="${y + 13}" font-size="11" font-weight="bold" fill="#8c2d19">!</text>`
            : '';
          if (b.actual === undefined) return approved + mark;
          const bx = x(b.actual[0]);
          const bw = Math.max(2, coord(x(b.actual[1] + 1) - bx));
          return `${approved}${mark}<rect x="${bx}" y="${y + 17}" width="${bw}" height="12" fill="${b.late ? '#8c2d19' : '#16365c'}"><title>${html(r.label)} ${html(b.label)}: actual ${isoOf(b.actual[0])} to ${isoOf(b.actual[1])}</title></rect>`;
        })
        .join('');
      return `<text x="4" y="${y + 19}" font-size="12">${html(r.label)}</text><line x1="${LABEL}" y1="${y + ROW - 1}" x2="${WIDTH - 10}" y2="${y + ROW - 1}" stroke="#eee"/>${bars}`;
    })
    .join('');
  const none =
    rows.length === 0
      ? `<text x="${LABEL + PLOT / 2}" y="${top + 20}" text-anchor="middle" font-size="14">none</text>`
      : '';
  const ly = height - 16;
  const legend = `<rect x="${LABEL}" y="${ly - 10}" width="14" height="10" fill="#fff" stroke="#16365c"/><text x="${LABEL + 18}" y="${ly}" font-size="11">Panel approved</text><rect x="${LABEL + 120}" y="${ly - 10}" width="14" height="10" fill="#16365c"/><text x="${LABEL + 138}" y="${ly}" font-size="11">Actual</text><rect x="${LABEL + 200}" y="${ly - 10}" width="14" height="10" fill="url(#${id}-late)" stroke="#8c2d19"/><text x="${LABEL + 218}" y="${ly}" font-size="11">Late (!)</text><line x1="${LABEL + 290}" y1="${ly - 10}" x2="${LABEL + 290}" y2="${ly}" stroke="#000" stroke-width="2" stroke-dasharray="3 2"/><text x="${LABEL + 296}" y="${ly}" font-size="11">Report date ${isoOf(asOf)}</text>`;
  const today = `<line x1="${x(asOf)}" y1="${top - 4}" x2="${x(asOf)}" y2="${height - 30}" stroke="#000" stroke-width="2" stroke-dasharray="3 2"/>`;
  let late = 0;
  let milestones = 0;
  for (const r of rows)
    for (const b of r.bars) {
      milestones++;
      if (b.late) late++;
    }
  const summary =
    rows.length === 0 ? 'none' : `${rows.length} modification(s), ${milestones} milestone(s), ${late} late`;
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" aria-labelledby="${id}-t" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><title id="${id}-t">${html(title)}: ${html(summary)}</title>${defs}${ticks.join('')}${body}${none}${today}${legend}</svg>`;
}
