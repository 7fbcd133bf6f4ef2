import { deepFreeze } from '../internal/freeze.js';
import { shortDate } from '../internal/long-date.js';
import { spansOf } from '../sources/dated.js';
import { ERAS, type Era } from './era.js';
import { match } from 'ts-pattern';
import { checkOneOf } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { ACTIVE_NODES, type DiagramNode } from './nodes.js';
import { EVENT_TYPES, TRANSITIONS } from './transitions/table.js';
import type { ErasedTransitionRule } from './transitions/rule.js';

/** Human labels of the diagram's nodes. Typed over every node: a new stage needs a label here. */
export const NODE_LABELS: Readonly<Record<DiagramNode, string>> = /* @__PURE__ */ deepFreeze({
  'draft-proposal': 'Draft Proposal (Development Stage)',
  'initial-modification-report': 'Initial Modification Report',
  'refinement:working-group': 'Refinement: WG solution development',
  'refinement:dcc-preliminary-assessment': 'Refinement: DCC Preliminary Assessment',
  'refinement:dcc-impact-assessment': 'Refinement: DCC Impact Assessment',
  'refinement:consultation': 'Refinement: WG / industry consultation',
  'report-phase:draft-report': 'Report Phase: Draft Modification Report to the Panel',
  'report-phase:report-consultation': 'Report Phase: Modification Report Consultation',
  'change-board': 'Change Board',
  'awaiting-panel-decision': 'Awaiting Panel Decision (Fast-Track)',
  'awaiting-authority-decision': 'Awaiting Authority Decision',
  'sent-back': 'Sent back to the Panel',
  'on-hold': 'On Hold',
  approved: 'Approved',
  rejected: 'Rejected',
  appeal: 'Appeal to the Authority',
  'pending-implementation': 'Pending Implementation',
  implemented: 'Implemented',
  withdrawn: 'Withdrawn',
});

const NODES = Object.keys(NODE_LABELS) as DiagramNode[];

/** Where a proposal raised in each era starts (Fast-Track apart). */
const RAISED_INTO: Readonly<Record<Era, DiagramNode>> = {
  original: 'initial-modification-report',
  'section-d-review': 'draft-proposal',
};

/** Options of {@link lifecycleDiagram}. */
export interface DiagramOptions {
  /** Layout direction; default `TB`. */
  readonly direction?: 'TB' | 'LR' | undefined;
}

const OPTIONS_KEYS = keysOf<DiagramOptions>()(['direction']);

const id = (node: DiagramNode | 'open') => node.replace(/[^a-z]+/g, '_');

function sameSet(a: readonly DiagramNode[], b: readonly DiagramNode[]): boolean {
  return a.length === b.length && a.every((n) => b.includes(n));
}

/**
 * The lifecycle as a Mermaid `stateDiagram-v2`, drawn from {@link TRANSITIONS}: the same table
 * `transition` runs, so the picture cannot drift from the code. Events allowed from every open state
 * (withdraw, put on hold, resume) are drawn once from an "any open state" node.
 *
 * @example
 * console.log(lifecycleDiagram()); // stateDiagram-v2 ...
 */
export function lifecycleDiagram(options: DiagramOptions = {}): string {
  checkRecord(options, ['options'], 'DiagramOptions { direction? }', OPTIONS_KEYS);
  const direction =
    options.direction === undefined
      ? 'TB'
      : checkOneOf(options.direction, ['TB', 'LR'] as const, ['options', 'direction'], 'direction');
  const lines = ['stateDiagram-v2', `  direction ${direction}`];
  const nodes = Object.keys(NODE_LABELS) as DiagramNode[];
  for (const node of nodes) lines.push(`  state "${NODE_LABELS[node]}" as ${id(node)}`);
  lines.push(`  state "any open state" as ${id('open')}`);
  ERAS.forEach((era, i) => {
    const [from, until] = spansOf(ERAS)[i] as readonly [number, number];
    const when =
      i === 0
        ? `until ${shortDate(until)}`
        : until === Infinity
          ? `from ${shortDate(from)}`
          : `${shortDate(from)} to ${shortDate(until)}`;
    lines.push(`  [*] --> ${id(RAISED_INTO[era.value])} : raised (${when})`);
  });
  lines.push(`  [*] --> ${id('awaiting-panel-decision')} : raised by the Panel (Fast-Track)`);
  const outgoing = new Set<DiagramNode>();
  for (const type of EVENT_TYPES) {
    const rule: ErasedTransitionRule = TRANSITIONS[type];
    const from = sameSet(
      rule.from.filter((n) => n !== 'on-hold'),
      ACTIVE_NODES,
    )
      ? ['open' as const, ...rule.from.filter((n) => n === 'on-hold')]
      : rule.from;
    const to = sameSet(rule.to, ACTIVE_NODES) ? ['open' as const] : rule.to;
    for (const f of from) {
      if (f !== 'open') outgoing.add(f);
      for (const t of to) lines.push(`  ${id(f)} --> ${id(t)} : ${type}`);
    }
  }
  for (const node of nodes) if (!outgoing.has(node)) lines.push(`  ${id(node)} --> [*]`);
  return lines.join('\n');
}

/** Which phase a node belongs to, for colouring the diagram in documentation. */
export function nodePhase(
  node: DiagramNode,
): 'development' | 'refinement' | 'report' | 'decision' | 'implementation' | 'closed' | 'paused' {
  checkOneOf(node, NODES, ['node'], 'diagram node');
  return match(node)
    .returnType<ReturnType<typeof nodePhase>>()
    .with('draft-proposal', 'initial-modification-report', () => 'development')
    .with(
      'refinement:working-group',
      'refinement:dcc-preliminary-assessment',
      'refinement:dcc-impact-assessment',
      'refinement:consultation',
      () => 'refinement',
    )
    .with('report-phase:draft-report', 'report-phase:report-consultation', 'sent-back', () => 'report')
    .with(
      'change-board',
      'awaiting-panel-decision',
      'awaiting-authority-decision',
      'appeal',
      'approved',
      'rejected',
      () => 'decision',
    )
    .with('pending-implementation', () => 'implementation')
    .with('implemented', 'withdrawn', () => 'closed')
    .with('on-hold', () => 'paused')
    .exhaustive();
}
