import { show } from '../../internal/check.js';
import { secD } from '../../sources/cite.js';
import { decided, decision } from './decision.js';
import { rule, type AnyTransitionRule } from './rule.js';

/** The Panel's decision on a Fast-Track proposal. */
export const PANEL_DECISION: AnyTransitionRule<'panel-decision'> = rule({
  from: ['awaiting-panel-decision'],
  to: ['approved', 'rejected'],
  source: secD('D2', 'the Panel decides Fast-Track proposals'),
  apply: (s, e, date, ctx) =>
    e.outcome === 'approve' || e.outcome === 'reject'
      ? decided(s, decision(s, e.outcome, date, ctx), date)
      : { refuse: 'invalid-event', message: `unknown outcome ${show(e.outcome)}` },
});
