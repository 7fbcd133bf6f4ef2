import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/index.js';
import { renderStatusReport, statusReport } from '../../src/report/index.js';

/** A register of `n` minimal open proposals (no history, no timetable): cheap to build and to report. */
function minimalRegister(n: number) {
  const proposals = Array.from({ length: n }, (_, i) => ({
    id: `MP${100000 + i}`,
    title: `Generated proposal ${i}`,
    path: 'self-governance',
    raisedOn: '2017-03-01',
    status: { state: 'open', stage: 'refinement' },
  }));
  return parseRegister({ proposals });
}

describe('renderStatusReport of a report with 100,000 open proposals', () => {
  const report = statusReport(minimalRegister(100_000), { asOf: '2017-10-06' });
  it('has every proposal in the progression table', () => {
    expect(report.progression).toHaveLength(100_000);
  });
  it.each(['text', 'markdown'] as const)('renders as %s without overflowing the stack', (format) => {
    const out = renderStatusReport(report, { format });
    expect(out).toContain('MP199999');
  });
});
