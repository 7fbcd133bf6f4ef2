import { describe, expectTypeOf, it } from 'vitest';
import type { Register } from '../../src/register/index.js';
import type { PublishedMeasure } from '../../src/register/published.js';
import type { ReconciliationRow, StatusReport } from '../../src/report/index.js';

type Figure = NonNullable<Register['published']>['figures'][number];

describe("a register's published block and the report's reconciliation", () => {
  it('is optional, and each figure names what it counts from a closed set', () => {
    expectTypeOf<Register['published']>().toExtend<object | undefined>();
    expectTypeOf<Figure['measure']>().toEqualTypeOf<PublishedMeasure>();
    expectTypeOf<'open.refinement.wg-solution-development'>().toExtend<PublishedMeasure>();
    expectTypeOf<'raised-to-date.fast-track'>().toExtend<PublishedMeasure>();
    expectTypeOf<'dcc.impact.revised.all'>().toExtend<PublishedMeasure>();
    expectTypeOf<'open.refinment'>().not.toExtend<PublishedMeasure>();
    expectTypeOf<Figure['count']>().toEqualTypeOf<number>();
  });
  it('the report answers with a row per figure', () => {
    expectTypeOf<StatusReport['reconciliation']>().toEqualTypeOf<readonly ReconciliationRow[] | undefined>();
  });
});
