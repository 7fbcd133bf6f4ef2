import { show } from '../../internal/check.js';
import { secD } from '../../sources/cite.js';
import type { Decision } from '../types.js';
import { decided, decision } from './decision.js';
import { rule, type AnyTransitionRule } from './rule.js';

/** The Authority's decision on a Path 1 or Path 2 proposal, on the Change Board's recommendation. */
export const AUTHORITY_DECISION: AnyTransitionRule<'authority-decision'> = rule({
  from: ['awaiting-authority-decision'],
  to: ['approved', 'rejected'],
  source: secD('D9', 'the Authority decides Path 1 and Path 2 proposals'),
  apply: (s, e, date, ctx) => {
    if (e.outcome !== 'approve' && e.outcome !== 'reject')
      return { refuse: 'invalid-event', message: `unknown outcome ${show(e.outcome)}` };
    const extra: Partial<Decision> = {
      subjectToEcNotification: e.subjectToEcNotification === true,
      recommendation: s.recommendation,
    };
    return decided(s, decision(s, e.outcome, date, ctx, extra), date);
  },
});
