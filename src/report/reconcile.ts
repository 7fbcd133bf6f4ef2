/**
 * Each figure a published report printed set beside the one computed from the register: how many of
 * the printed count the register cannot place, and why the two differ.
 * @internal
 */
import { REPORTING_LABELS, type OpenCategory, type RefinementCategory } from '../lifecycle/reporting-stage.js';
import type { ModificationPath } from '../lifecycle/paths.js';
import type { Published, PublishedMeasure } from '../register/published.js';
import type { DccCounts, ReconciliationRow, StatusReport } from './types.js';
import { PATH_LABEL } from './words.js';

/** The figures a reconciliation reads. */
type Computed = Pick<StatusReport, 'open' | 'statistics' | 'dcc'>;

/** One printed figure read against the register: its name, the computed count, and the pool of records it may be among. */
interface Reading {
  readonly figure: string;
  readonly computed: number;
  /** Records the register holds but cannot place (no stage, no path, no timetable): the printed gap may be among them. */
  readonly pool: number;
  /** What the pool is, e.g. "open proposal(s) with no recorded stage". */
  readonly poolNoun: string;
  /** The rows that split one whole and share the pool, e.g. "Raised to date"; undefined for a total. */
  readonly group?: string;
}

const DCC_LABEL = { preliminary: 'PAs', impact: 'IAs' } as const;
const DCC_STATUS_LABEL: Readonly<Record<keyof DccCounts | 'all', string>> = {
  'returned-late': 'Returned late',
  'returned-on-time': 'Returned on time',
  'on-hold': 'On hold',
  outstanding: 'Outstanding',
  all: 'all',
};
const sum = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** How a measure reads against the report computed from the register. */
function read(report: Computed, measure: PublishedMeasure): Reading {
  const [family, a, b, c] = measure.split('.') as [string, string?, string?, string?];
  const noStage = report.open.byCategory['not-recorded'];
  const noTimetable = 'open proposal(s) with no recorded timetable';
  if (family === 'open' && a === undefined)
    return { figure: 'Open proposals', computed: report.open.total, pool: 0, poolNoun: 'open proposal(s)' };
  if (family === 'open' && b === undefined) {
    const category = a as OpenCategory;
    return {
      figure: `Open proposals: ${REPORTING_LABELS[category]}`,
      computed: report.open.byCategory[category],
      pool: noStage,
      poolNoun: 'open proposal(s) with no recorded stage',
      group: 'open-stage',
    };
  }
  if (family === 'open') {
    const sub = b as RefinementCategory;
    return {
      figure: `Open proposals: Refinement: ${REPORTING_LABELS[sub]}`,
      computed: report.open.refinement[sub],
      pool: noStage + report.open.refinement['not-recorded'],
      poolNoun: 'open proposal(s) with no recorded stage or Refinement sub-stage',
      group: 'refinement',
    };
  }
  if (family === 'raised-to-date') {
    const path = a as ModificationPath;
    const raised = report.statistics.raisedToDate;
    return {
      figure: `Raised to date: ${PATH_LABEL(path)}`,
      computed: raised[path],
      pool: raised['not-recorded'],
      poolNoun: 'proposal(s) with no recorded path',
      group: 'raised',
    };
  }
  if (family === 'progression') {
    const key = a as 'late' | 'on-time';
    const p = report.statistics.progression;
    return {
      figure: `Progression: ${key === 'late' ? 'Late' : 'On time'}`,
      computed: p[key],
      pool: p['not-recorded'],
      poolNoun: noTimetable,
      group: 'progression',
    };
  }
  if (family === 'extensions') {
    const key = a as 'extended' | 'required' | 'not-required';
    const e = report.statistics.extensions;
    const label = { extended: 'Extended', required: 'Required', 'not-required': 'Not required' }[key];
    return {
      figure: `Timetable extensions: ${label}`,
      computed: e[key],
      pool: e['not-recorded'],
      poolNoun: noTimetable,
      group: 'extensions',
    };
  }
  const kind = a as 'preliminary' | 'impact';
  const due = b as 'original' | 'revised';
  const status = c as keyof DccCounts | 'all';
  const counts = report.dcc[kind][due];
  return {
    figure: `DCC ${DCC_LABEL[kind]} against ${due} due date: ${DCC_STATUS_LABEL[status]}`,
    computed: status === 'all' ? sum(counts) : counts[status],
    pool: 0,
    poolNoun: 'DCC assessment(s)',
    ...(status === 'all' ? {} : { group: `dcc-${kind}-${due}` }),
  };
}

/** Why the computed and printed figures differ, in a plain sentence. */
function why(r: Reading, published: number, notRecorded: number): string {
  const gap = published - r.computed;
  if (gap === 0) return 'The register gives the printed figure.';
  if (gap < 0)
    return `The register counts ${-gap} more than the report printed: its records place more here than the report did on its date.`;
  const are = gap === 1 ? 'is' : 'are';
  if (r.pool === 0)
    return r.computed === 0
      ? `The register records none of the ${published} printed.`
      : `${gap} of the ${published} printed ${are} not in the register: it records ${r.computed}.`;
  const among = Math.min(gap, r.pool);
  const rest = gap - among;
  return (
    `${notRecorded} of the ${published} printed ${are} not placed by the register: it has ${r.pool} ${r.poolNoun}` +
    (rest === 0
      ? `, among which ${gap === 1 ? 'it' : 'they'} must be.`
      : `, and the other ${rest} ${rest === 1 ? 'is' : 'are'} not in the register at all.`)
  );
}

/**
 * One row per printed figure, in the order given: the figure computed from the register, the printed
 * one, how many of the printed count the register does not record (`notRecorded`: the printed figure
 * less the computed one, never below zero) and why they differ. Rows that split one whole (the stages,
 * the paths, late and on time, the extension statuses, one DCC chart) share the register's records that
 * none of them can place; where their gaps add up to more than those records, the sentence says so.
 *
 * @example
 * const register = parseRegister({
 *   published: { source: 'SECP_49_1310_11', figures: [{ measure: 'open', count: 28, section: 's1' }] },
 *   proposals: [],
 * });
 * statusReport(register, { asOf: '2017-10-06' }).reconciliation?.[0]?.notRecorded; // 28
 */
export function reconcile(report: Computed, published: Published): ReconciliationRow[] {
  const readings = published.figures.map((f) => ({ f, r: read(report, f.measure) }));
  const gapOf = (r: Reading, printed: number) => Math.max(0, printed - r.computed);
  const groups = new Map<string, { gaps: number; pool: number }>();
  for (const { f, r } of readings) {
    if (r.group === undefined) continue;
    const g = groups.get(r.group) ?? { gaps: 0, pool: r.pool };
    groups.set(r.group, { gaps: g.gaps + gapOf(r, f.count), pool: g.pool });
  }
  return readings.map(({ f, r }) => {
    const notRecorded = gapOf(r, f.count);
    let sentence = why(r, f.count, notRecorded);
    const g = r.group === undefined ? undefined : groups.get(r.group);
    if (g !== undefined && notRecorded > 0 && notRecorded <= g.pool && g.gaps > g.pool)
      sentence += ` The rows of this chart share those ${g.pool}: their gaps add up to ${g.gaps}, so at least ${g.gaps - g.pool} of the proposals printed in it ${g.gaps - g.pool === 1 ? 'is' : 'are'} not in the register at all.`;
    if (f.note !== undefined) sentence += ` Reading: ${f.note}`;
    return {
      figure: r.figure,
      section: f.section,
      computed: r.computed,
      published: f.count,
      notRecorded,
      why: sentence,
    };
  });
}
