/**
 * statusReport on generated registers of 1,000, 10,000 and 100,000 proposals: time and growth factor
 * (target: linear; 10,000 proposals well under a second); then the HTML report of 10,000 proposals
 * against the Markdown one (target: HTML under 2x the Markdown time).
 */
import { parseRegister, type Register } from '../dist/register/index.js';
import { renderStatusReport, statusReport } from '../dist/report/index.js';

const STAGES = [
  'refinement',
  'modification-report',
  'change-board',
  'awaiting-authority-decision',
  'pending-implementation',
] as const;
const PATHS = ['authority-determination', 'self-governance', 'fast-track'] as const;

/** A register of `n` generated proposals, as a caller's JSON holds it (not yet parsed). */
export function generateInput(n: number): { proposals: unknown[] } {
  const proposals = Array.from({ length: n }, (_, i) => {
    const year = 2016 + (i % 6);
    const raisedOn = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const path = PATHS[i % 3] as (typeof PATHS)[number];
    const base = { id: `MP${100 + i}`, title: `Generated proposal ${i}`, path, raisedOn };
    if (i % 5 === 0 && path !== 'fast-track') {
      const route = raisedOn >= '2018-11-01' ? 'convert-to-proposal' : 'initial-consideration';
      return {
        ...base,
        history: [
          { type: route, date: `${year}-12-28`, route: 'refinement' },
          { type: 'dcc-impact-assessment-requested', date: `${year + 1}-01-10` },
        ],
      };
    }
    return {
      ...base,
      status: i % 7 === 0 ? { state: 'implemented' } : { state: 'open', stage: STAGES[i % STAGES.length] },
      ...(i % 7 === 0 ? { implementedOn: `${year + 1}-06-2${i % 8}` } : {}),
      timetable: {
        milestones: [
          { kind: 'refinement', approved: `${year}-0${(i % 9) + 1}` },
          { kind: 'change-board', approved: `${year + 1}-0${(i % 9) + 1}` },
        ],
        extensions:
          i % 3 === 0 ? [{ agreedOn: `${year}-10-10`, months: 1 + (i % 4), reason: 'late DCC IA', by: 'panel' }] : [],
      },
      dccAssessments: [
        {
          kind: i % 2 === 0 ? 'preliminary' : 'impact',
          requestedOn: `${year}-02-01`,
          originalDueOn: `${year}-03-01`,
          ...(i % 4 === 0 ? { returnedOn: `${year}-03-1${i % 9}` } : {}),
        },
      ],
      releases: [{ release: `${year + 1}-06` }],
    };
  });
  return { proposals };
}

function generate(n: number): Register {
  return parseRegister(generateInput(n));
}

export function reportBenchmarks(): void {
  console.log('\nstatusReport on generated registers');
  const times: number[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const register = generate(n);
    statusReport(register, { asOf: '2022-06-30' });
    let best = Number.POSITIVE_INFINITY;
    for (let rep = 0; rep < (n >= 100_000 ? 2 : 5); rep++) {
      const start = performance.now();
      statusReport(register, { asOf: '2022-06-30' });
      best = Math.min(best, performance.now() - start);
    }
    times.push(best);
    console.log(
      `  ${n.toLocaleString('en-GB').padStart(7)} proposals: ${best.toFixed(1)} ms (${((best * 1000) / n).toFixed(1)} µs per proposal)`,
    );
  }
  console.log(
    `  growth: 10,000 / 1,000 = ${((times[1] ?? 0) / (times[0] ?? 1)).toFixed(1)}x; 100,000 / 10,000 = ${((times[2] ?? 0) / (times[1] ?? 1)).toFixed(1)}x (10x = linear)`,
  );
}

/** renderStatusReport of a 10,000-proposal register: HTML (inline SVG charts) against Markdown. */
export function renderBenchmarks(): void {
  console.log('\nrenderStatusReport, 10,000 proposals: HTML vs Markdown');
  const report = statusReport(generate(10_000), { asOf: '2022-06-30' });
  const best = (format: 'markdown' | 'html') => {
    renderStatusReport(report, { format });
    let min = Number.POSITIVE_INFINITY;
    for (let rep = 0; rep < 7; rep++) {
      const start = performance.now();
      renderStatusReport(report, { format });
      min = Math.min(min, performance.now() - start);
    }
    return min;
  };
  const markdown = best('markdown');
  const html = best('html');
  const size = (format: 'markdown' | 'html') => (renderStatusReport(report, { format }).length / 1024).toFixed(0);
  console.log(`  Markdown: ${markdown.toFixed(1)} ms (${size('markdown')} kB)`);
  console.log(`  HTML:     ${html.toFixed(1)} ms (${size('html')} kB)`);
  console.log(`  HTML / Markdown: ${(html / markdown).toFixed(2)}x (target < 2x)`);
}
