import { secD } from '../../sources/cite.js';
import { ACTIVE_NODES } from '../nodes.js';
import { rule, type AnyTransitionRule } from './rule.js';

/** Progress is paused, from any state before a decision; the state is kept to resume to. */
export const PUT_ON_HOLD: AnyTransitionRule<'put-on-hold'> = rule({
  from: ACTIVE_NODES,
  to: ['on-hold'],
  source: secD('D3', "progress paused at the Proposer's request or the Panel's direction (e.g. SECMP0037)"),
  apply: (s, e, date) => ({
    stage: 'on-hold',
    proposal: s.proposal,
    since: date,
    resumeTo: s,
    ...(typeof e.reason === 'string' ? { reason: e.reason } : {}),
  }),
});
