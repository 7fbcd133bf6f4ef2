import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { donutChart, donutSlices } from '../../../src/report/charts/donut.js';
import { stackSegments, stackedBars } from '../../../src/report/charts/stacked-bars.js';
import { ganttRows } from '../../../src/report/charts/gantt-rows.js';

const parts = fc.array(fc.record({ label: fc.string(), value: fc.nat({ max: 100_000 }), notRecorded: fc.boolean() }), {
  maxLength: 14,
});
const sum = (ps: readonly { value: number }[]) => ps.reduce((a, p) => a + p.value, 0);

describe('the parts of a chart add up to its total', () => {
  it('donut: one slice per part above zero, touching, making exactly one turn', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const slices = donutSlices(ps);
        expect(slices.length).toBe(ps.filter((p) => p.value > 0).length);
        if (sum(ps) === 0) return;
        expect(slices[0]?.start).toBe(0);
        for (let i = 1; i < slices.length; i++) expect(slices[i]?.start).toBe(slices[i - 1]?.end);
        expect(slices.at(-1)?.end).toBeCloseTo(2 * Math.PI, 12);
        // Each slice's share of the turn is its part's share of the total.
        for (const s of slices) expect((s.end - s.start) / (2 * Math.PI)).toBeCloseTo(s.part.value / sum(ps), 9);
        expect(sum(slices.map((s) => s.part))).toBe(sum(ps));
      }),
    );
  });
  it('stacked bar: segments touch and the last ends at the row total on the scale', () => {
    fc.assert(
      fc.property(parts, fc.integer({ min: 0, max: 200_000 }), (ps, extra) => {
        const max = sum(ps) + extra;
        const segments = stackSegments(ps, max, 240);
        if (max === 0) {
          expect(segments).toEqual([]);
          return;
        }
        expect(sum(segments.map((s) => s.part))).toBe(sum(ps));
        for (let i = 1; i < segments.length; i++) expect(segments[i]?.x0).toBe(segments[i - 1]?.x1);
        if (segments.length > 0) expect(segments.at(-1)?.x1).toBeCloseTo((sum(ps) / max) * 240, 9);
      }),
    );
  });
  it('every chart renders any parts as one accessible SVG, its title counting them', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const donut = donutChart('d', 'T', ps);
        expect(donut.match(/<path d="[^"]*" fill=/g)?.length ?? 0).toBe(ps.filter((p) => p.value > 0).length);
        const bars = stackedBars('b', 'T', [{ label: 'row', parts: ps }]);
        expect(bars).toContain(sum(ps) === 0 ? '>none</text>' : `>${sum(ps)}</text>`);
      }),
    );
  });
  it('gantt: one approved bar per milestone, one actual per achieved, one mark per late', () => {
    const bar = fc
      .tuple(
        fc.integer({ min: 700_000, max: 740_000 }),
        fc.nat({ max: 400 }),
        fc.option(fc.nat({ max: 400 })),
        fc.boolean(),
      )
      .map(([first, length, actual, late]) => ({
        label: 'm',
        approved: [first, first + length] as const,
        ...(actual === null ? {} : { actual: [first, first + actual] as const }),
        late,
      }));
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: fc.string(), bars: fc.array(bar, { maxLength: 6 }) }), { maxLength: 8 }),
        (rows) => {
          const svg = ganttRows('g', 'T', rows, 736_000);
          const all = rows.flatMap((r) => r.bars);
          expect(svg.match(/<title>[^<]*: approved /g)?.length ?? 0).toBe(all.length);
          expect(svg.match(/<title>[^<]*: actual /g)?.length ?? 0).toBe(
            all.filter((b) => b.actual !== undefined).length,
          );
          expect(svg.match(/>!<\/text>/g)?.length ?? 0).toBe(all.filter((b) => b.late).length);
        },
      ),
    );
  });
});
