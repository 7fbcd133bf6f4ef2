import { secD } from '../../sources/cite.js';
import { ACTIVE_NODES } from '../nodes.js';
import { rule, type AnyTransitionRule } from './rule.js';

/** The Proposer withdraws the proposal, from any state before a decision or while it is on hold. */
export const WITHDRAW: AnyTransitionRule<'withdraw'> = rule({
  from: [...ACTIVE_NODES, 'on-hold'],
  to: ['withdrawn'],
  source: secD('D3', 'the Proposer may withdraw a proposal before it is decided'),
  apply: (s, _e, date) => {
    const active = s.stage === 'on-hold' ? s.resumeTo : s;
    return { stage: 'withdrawn', proposal: s.proposal, since: date, withdrawnFrom: active.stage };
  },
});
