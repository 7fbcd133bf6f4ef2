/**
 * The fills of the report's charts: colours of clearly different lightness, the middle ones overlaid
 * with a pattern, so that every part stays distinguishable when printed in greyscale; what the register
 * does not record is always white with grey hatching, a part of its own.
 * @internal
 */

/** One part of a chart: a count with its label. */
export interface Part {
  readonly label: string;
  readonly value: number;
  /** The part the register does not record: drawn hatched, apart from the recorded ones. */
  readonly notRecorded?: boolean | undefined;
}

/** Fill colours from dark to light, alternating so that neighbours differ most in greyscale. */
const COLOURS = ['#16365c', '#f2c14e', '#4f86c0', '#a8d5a2', '#8c2d19', '#d9c6ea'] as const;
/** The overlay pattern of each colour (none, stripes or dots), as a second cue beside lightness. */
const OVERLAYS = ['', 'stripes', '', 'dots', 'stripes', 'dots'] as const;

/** About how wide `text` is at `size` px in a sans-serif font: enough to size a chart to its labels. */
export const textWidth = (text: string, size = 12): number => Math.ceil(text.length * size * 0.6);

/** `text` cut to about `max` px at 12 px, with an ellipsis (the full text is in the chart's titles and table). */
export const fit = (text: string, max: number): string => {
  const chars = Math.floor(max / 7.2);
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
};

/** Rounds a coordinate to 2 decimals: small output, identical on every platform. */
export const coord = (x: number): number => Math.round(x * 100) / 100;

/** The fill of the `index`-th recorded part (or of the not-recorded part) in the chart with id `chart`. */
export function fillOf(chart: string, index: number, notRecorded = false): string {
  if (notRecorded) return `url(#${chart}-nr)`;
  const i = index % COLOURS.length;
  return OVERLAYS[i] === '' ? (COLOURS[i] as string) : `url(#${chart}-f${i})`;
}

/** The `<defs>` of a chart: the patterned fills and the not-recorded hatching, their ids prefixed by `chart`. */
export function swatchDefs(chart: string): string {
  const patterns = COLOURS.map((colour, i) => {
    const overlay = OVERLAYS[i];
    if (overlay === '') return '';
    const mark =
      overlay === 'stripes'
        ? '<path d="M0 0V6" stroke="#000" stroke-opacity=".45" stroke-width="2"/>'
        : '<circle cx="3" cy="3" r="1.3" fill="#000" fill-opacity=".5"/>';
    const turn = overlay === 'stripes' ? ' patternTransform="rotate(45)"' : '';
    return `<pattern id="${chart}-f${i}" width="6" height="6" patternUnits="userSpaceOnUse"${turn}><rect width="6" height="6" fill="${colour}"/>${mark}</pattern>`;
  }).join('');
  const hatch = `<pattern id="${chart}-nr" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><rect width="5" height="5" fill="#fff"/><path d="M0 0V5" stroke="#666" stroke-width="1.5"/></pattern>`;
  return `<defs>${patterns}${hatch}</defs>`;
}

/** A small square of a part's fill, for the legend of a chart or the table beside it. */
export function swatch(chart: string, index: number, notRecorded = false): string {
  return `<svg class="swatch" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><rect x=".5" y=".5" width="11" height="11" fill="${fillOf(chart, index, notRecorded)}" stroke="#333"/></svg>`;
}
