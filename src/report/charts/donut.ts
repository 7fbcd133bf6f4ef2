/**
 * A donut chart as inline SVG, its geometry written by hand (see {@link donutChart} for why not d3-shape).
 * @internal
 */
import { html } from '../../internal/escape/html.js';
import { coord, fillOf, swatchDefs, textWidth, type Part } from './swatch.js';

/** One slice: its part, its index among the recorded parts, and its start and end angle (radians, clockwise from 12 o'clock). */
export interface Slice {
  readonly part: Part;
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

const TAU = 2 * Math.PI;

/**
 * The slices of a donut: each part with a value above zero gets a share of the full turn in proportion
 * to its value, in order; the slices touch and together make the whole turn (none when every part is zero).
 */
export function donutSlices(parts: readonly Part[]): Slice[] {
  let total = 0;
  for (const p of parts) total += p.value;
  const slices: Slice[] = [];
  if (total <= 0) return slices;
  const indexes = donutIndexes(parts);
  let at = 0;
  let sum = 0;
  parts.forEach((part, i) => {
    if (part.value <= 0) return;
    sum += part.value;
    // From the running sum, not by adding angles: the last slice ends at exactly one turn.
    const end = (sum / total) * TAU;
    slices.push({ part, index: indexes[i] ?? 0, start: at, end });
    at = end;
  });
  return slices;
}

/**
 * The fill index of each part of a donut: counted among the recorded parts above zero only (so that
 * the few fills go to the slices drawn), -1 for the not-recorded part, undefined for a part of zero
 * (no slice, no swatch).
 */
export function donutIndexes(parts: readonly Part[]): (number | undefined)[] {
  let n = 0;
  return parts.map((p) => (p.notRecorded === true ? -1 : p.value > 0 ? n++ : undefined));
}

/** The SVG path of an annulus sector from `a0` to `a1` (one whole turn drawn as two halves). */
function sector(cx: number, cy: number, outer: number, inner: number, a0: number, a1: number): string {
  const pt = (a: number, r: number) => `${coord(cx + r * Math.sin(a))} ${coord(cy - r * Math.cos(a))}`;
  if (a1 - a0 >= TAU - 1e-9) {
    const mid = a0 + Math.PI;
    return `M${pt(a0, outer)}A${outer} ${outer} 0 1 1 ${pt(mid, outer)}A${outer} ${outer} 0 1 1 ${pt(a0, outer)}M${pt(a0, inner)}A${inner} ${inner} 0 1 0 ${pt(mid, inner)}A${inner} ${inner} 0 1 0 ${pt(a0, inner)}Z`;
  }
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return `M${pt(a0, outer)}A${outer} ${outer} 0 ${large} 1 ${pt(a1, outer)}L${pt(a1, inner)}A${inner} ${inner} 0 ${large} 0 ${pt(a0, inner)}Z`;
}

/**
 * A donut of `parts` (the not-recorded part a hatched slice of its own) with its legend, the total in
 * its hole (the legend names the slices drawn; the table beside gives every part, zeros too) and
 * `title` as its accessible name (`role="img"`, `<title>` named by `aria-labelledby`).
 * With nothing to draw it says "none". `id` prefixes every id inside, so that several charts can share
 * one page.
 *
 * The arcs are a few lines of trigonometry rather than d3-shape's `arc`/`pie`, and the bars' and the
 * Gantt's scales a multiplication rather than d3-scale. Measured with esbuild (min+gzip of the report
 * entry, zod and ts-pattern external): the hand-written geometry is 0.4 kB and the whole HTML renderer
 * 6.0 kB (34.9 kB to 40.8 kB), while d3-shape's `arc`, `pie`, `stack` and d3-scale's `scaleLinear`,
 * `scaleUtc` would add 20.7 kB more (to 61.6 kB) and, ESM-only, would have to be bundled into the CJS
 * build; the paths read as plainly as d3's calls would.
 */
export function donutChart(id: string, title: string, parts: readonly Part[]): string {
  const slices = donutSlices(parts);
  let total = 0;
  for (const p of parts) total += p.value;
  const legendRows = slices.length;
  const height = Math.max(180, 24 + legendRows * 20);
  const cx = 90;
  const cy = height / 2;
  const paths = slices
    .map(
      (s) =>
        `<path d="${sector(cx, cy, 80, 46, s.start, s.end)}" fill="${fillOf(id, s.index, s.part.notRecorded === true)}" stroke="#fff" stroke-width="1"><title>${html(s.part.label)}: ${html(String(s.part.value))}</title></path>`,
    )
    .join('');
  const hole =
    slices.length === 0
      ? `<circle cx="${cx}" cy="${coord(cy)}" r="63" fill="none" stroke="#999" stroke-width="34" stroke-dasharray="4 4"/><text x="${cx}" y="${coord(cy + 5)}" text-anchor="middle" font-size="15">none</text>`
      : `<text x="${cx}" y="${coord(cy)}" text-anchor="middle" font-size="22" font-weight="bold">${total}</text><text x="${cx}" y="${coord(cy + 17)}" text-anchor="middle" font-size="11">in all</text>`;
  const indexes = donutIndexes(parts);
  let row = 0;
  const legend = parts
    .map((p, i) => {
      const index = indexes[i];
      if (index === undefined || p.value <= 0) return '';
      const y = 12 + row++ * 20;
      return `<rect x="190" y="${y}" width="12" height="12" fill="${fillOf(id, index, p.notRecorded === true)}" stroke="#333"/><text x="208" y="${y + 11}" font-size="12">${html(p.label)}: ${html(String(p.value))}</text>`;
    })
    .join('');
  const summary = slices.length === 0 ? 'none' : parts.map((p) => `${p.label} ${p.value}`).join(', ');
  let widest = 0;
  for (const s of slices) widest = Math.max(widest, textWidth(`${s.part.label}: ${s.part.value}`));
  const width = Math.max(300, 218 + widest);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" aria-labelledby="${id}-t" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title id="${id}-t">${html(title)}: ${html(summary)}</title>${swatchDefs(id)}${paths}${hole}${legend}</svg>`;
}
