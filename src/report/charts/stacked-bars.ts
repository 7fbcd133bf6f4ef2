/**
 * Horizontal stacked bars as inline SVG, the scale written by hand (a linear map from 0..max to the
 * bar width; d3-scale would add kilobytes for one multiplication).
 * @internal
 */
import { html } from '../../internal/escape/html.js';
import { coord, fit, fillOf, swatchDefs, textWidth, type Part } from './swatch.js';

/** One bar: its label and its parts, stacked left to right. */
export interface BarRow {
  readonly label: string;
  readonly parts: readonly Part[];
}

/** One drawn segment of a bar: its part, its index among the recorded parts, and where it starts and ends. */
export interface Segment {
  readonly part: Part;
  readonly index: number;
  readonly x0: number;
  readonly x1: number;
}

/**
 * The segments of one bar on a scale of `width` per `max`: each part above zero in order, each starting
 * where the one before ends; the last ends at the row's total on that scale.
 */
export function stackSegments(parts: readonly Part[], max: number, width: number): Segment[] {
  const segments: Segment[] = [];
  if (max <= 0) return segments;
  let sum = 0;
  let recorded = 0;
  for (const part of parts) {
    const index = part.notRecorded === true ? -1 : recorded++;
    if (part.value <= 0) continue;
    const x0 = (sum / max) * width;
    sum += part.value;
    segments.push({ part, index, x0, x1: (sum / max) * width });
  }
  return segments;
}

const BAR = 240;
const ROW = 30;
/** The widest label column: longer labels are cut (in full in each bar's title and in the table). */
const MAX_LABEL = 300;

/**
 * Stacked bars, one per row, on one scale (the largest row's total fills the width), each with its
 * total at its end ("none" for a row of zeros), a legend of the parts of the first row, and `title`
 * as the accessible name. `id` prefixes every id inside.
 */
export function stackedBars(id: string, title: string, rows: readonly BarRow[]): string {
  let max = 0;
  const totals = rows.map((r) => {
    let t = 0;
    for (const p of r.parts) t += p.value;
    if (t > max) max = t;
    return t;
  });
  let widest = 60;
  for (const r of rows) widest = Math.max(widest, textWidth(r.label));
  const labelColumn = Math.min(MAX_LABEL, widest) + 12;
  const width = labelColumn + BAR + 60;
  const first = rows[0]?.parts ?? [];
  const hatched = rows.some((r) => r.parts.some((p) => p.notRecorded === true));
  const legendParts: readonly Part[] =
    hatched && !first.some((p) => p.notRecorded === true)
      ? [...first, { label: 'Not recorded', value: 0, notRecorded: true }]
      : first;
  const top = 8;
  const legendY = top + rows.length * ROW + 8;
  const height = legendY + Math.ceil(legendParts.length / 2) * 18 + 6;
  const bars = rows
    .map((r, i) => {
      const y = top + i * ROW;
      const total = totals[i] ?? 0;
      const segments = stackSegments(r.parts, max, BAR)
        .map(
          (s) =>
            `<rect x="${coord(labelColumn + s.x0)}" y="${y}" width="${coord(s.x1 - s.x0)}" height="20" fill="${fillOf(id, s.index, s.part.notRecorded === true)}" stroke="#333" stroke-width=".5"><title>${html(r.label)}, ${html(s.part.label)}: ${html(String(s.part.value))}</title></rect>`,
        )
        .join('');
      const end = max <= 0 ? 0 : (total / max) * BAR;
      return `<text x="${labelColumn - 6}" y="${y + 14}" text-anchor="end" font-size="12">${html(fit(r.label, labelColumn - 12))}</text>${segments}<text x="${coord(labelColumn + end + 6)}" y="${y + 14}" font-size="12">${total === 0 ? 'none' : total}</text>`;
    })
    .join('');
  let recorded = 0;
  const legend = legendParts
    .map((p, i) => {
      const index = p.notRecorded === true ? -1 : recorded++;
      const x = 10 + (i % 2) * Math.max(230, width / 2);
      const y = legendY + Math.floor(i / 2) * 18;
      return `<rect x="${x}" y="${y}" width="12" height="12" fill="${fillOf(id, index, p.notRecorded === true)}" stroke="#333"/><text x="${x + 18}" y="${y + 11}" font-size="12">${html(p.label)}</text>`;
    })
    .join('');
  const summary =
    max <= 0
      ? 'none'
      : rows
          .map((r, i) => `${r.label}: ${r.parts.map((p) => `${p.label} ${p.value}`).join(', ')} (total ${totals[i]})`)
          .join('; ');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" aria-labelledby="${id}-t" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title id="${id}-t">${html(title)}: ${html(summary)}</title>${swatchDefs(id)}${bars}${legend}</svg>`;
}
