import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODIFICATION_PATHS } from '../../src/lifecycle/paths.js';
import { OPEN_CATEGORIES, REFINEMENT_CATEGORIES } from '../../src/lifecycle/reporting-stage.js';
import { parseRegister } from '../../src/register/index.js';
import { statusReport } from '../../src/report/index.js';

/**
 * A world the report was printed from: every open proposal's true stage, Refinement sub-stage and path.
 * The register records each of them or not; the published block prints the true counts.
 */
const proposal = fc.record({
  stage: fc.constantFrom(...OPEN_CATEGORIES),
  refinement: fc.constantFrom(...REFINEMENT_CATEGORIES),
  path: fc.constantFrom(...MODIFICATION_PATHS),
  stageRecorded: fc.boolean(),
  refinementRecorded: fc.boolean(),
  pathRecorded: fc.boolean(),
});

type Truth = typeof proposal extends fc.Arbitrary<infer T> ? T : never;

function world(truth: readonly Truth[]) {
  const count = (test: (p: (typeof truth)[number]) => boolean) => truth.filter(test).length;
  const figures = [
    { measure: 'open', count: truth.length, section: 's1' },
    ...OPEN_CATEGORIES.map((c) => ({ measure: `open.${c}`, count: count((p) => p.stage === c), section: 's1' })),
    ...REFINEMENT_CATEGORIES.map((r) => ({
      measure: `open.refinement.${r}`,
      count: count((p) => p.stage === 'refinement' && p.refinement === r),
      section: 's1',
    })),
    ...MODIFICATION_PATHS.map((path) => ({
      measure: `raised-to-date.${path}`,
      count: count((p) => p.path === path),
      section: 's6',
    })),
  ];
  const proposals = truth.map((p, i) => ({
    id: `MP${100 + i}`,
    ...(p.pathRecorded ? { path: p.path } : {}),
    status: {
      state: 'open',
      ...(p.stageRecorded ? { stage: p.stage } : {}),
      ...(p.stageRecorded && p.stage === 'refinement' && p.refinementRecorded ? { refinement: p.refinement } : {}),
    },
  }));
  return { figures, register: parseRegister({ published: { source: 'a report', figures }, proposals }) };
}

/** The rows of one printed chart: the stages, the Refinement sub-stages, the paths. */
const GROUPS = [/^Open proposals: (?!Refinement:)/, /^Open proposals: Refinement: /, /^Raised to date: /];

describe('reconciliation against a report printed from the true world (fast-check)', () => {
  it('where the printed figures split a whole (stages, sub-stages, paths), computed + not recorded = printed, and a chart’s not-recorded parts fit in the records the register cannot place', () => {
    fc.assert(
      fc.property(fc.array(proposal, { maxLength: 40 }), (truth) => {
        const { figures, register } = world(truth);
        const report = statusReport(register, { asOf: '2017-10-06' });
        const rows = report.reconciliation ?? [];
        expect(rows).toHaveLength(figures.length);
        for (const r of rows) {
          // A register that records only true facts never counts more than was printed...
          expect(r.computed, r.figure).toBeLessThanOrEqual(r.published);
          // ...so the printed figure is the computed one and the part the register cannot place.
          expect(r.computed + r.notRecorded, r.figure).toBe(r.published);
          expect(r.why.length).toBeGreaterThan(0);
          if (r.notRecorded === 0) expect(r.why).toBe('The register gives the printed figure.');
          else expect(r.why, r.figure).toMatch(/among which (they|it) must be\.$/);
        }
        expect(rows[0]?.notRecorded).toBe(0);
        const noStage = report.open.byCategory['not-recorded'];
        const pools = [
          noStage,
          noStage + report.open.refinement['not-recorded'],
          report.statistics.raisedToDate['not-recorded'],
        ];
        GROUPS.forEach((group, i) => {
          const parts = rows.filter((r) => group.test(r.figure));
          const notRecorded = parts.reduce((a, r) => a + r.notRecorded, 0);
          // Every open proposal is in one stage and has one path, so those charts' gaps are exactly the
          // unplaced records; a record with no stage may be outside Refinement, so the sub-stages' gaps
          // only fit within theirs.
          if (i === 1) expect(notRecorded, String(group)).toBeLessThanOrEqual(pools[i] ?? 0);
          else expect(notRecorded, String(group)).toBe(pools[i]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('against any printed figures: not recorded = max(0, printed − computed), never negative, and computed is the report’s own figure', () => {
    const measures = [
      'open',
      ...OPEN_CATEGORIES.map((c) => `open.${c}`),
      ...MODIFICATION_PATHS.map((p) => `raised-to-date.${p}`),
      'progression.late',
      'extensions.required',
      'dcc.impact.revised.all',
    ];
    fc.assert(
      fc.property(
        fc.array(proposal, { maxLength: 20 }),
        fc.uniqueArray(fc.record({ measure: fc.constantFrom(...measures), count: fc.nat(50) }), {
          selector: (f) => f.measure,
          minLength: 1,
        }),
        (truth, printed) => {
          const { register } = world(truth);
          const figures = printed.map((f) => ({ ...f, section: 's' }));
          const report = statusReport(
            parseRegister({ published: { source: 'r', figures }, proposals: register.proposals }),
            { asOf: '2017-10-06' },
          );
          const rows = report.reconciliation ?? [];
          rows.forEach((r, i) => {
            const f = figures[i];
            expect(r.published).toBe(f?.count);
            expect(r.notRecorded).toBe(Math.max(0, r.published - r.computed));
            if (f?.measure === 'open') expect(r.computed).toBe(report.open.total);
            if (f?.measure === 'progression.late') expect(r.computed).toBe(report.statistics.progression.late);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
