import { show } from '../../internal/check.js';
import { secD } from '../../sources/cite.js';
import { decided, decision } from './decision.js';
import { rule, type AnyTransitionRule } from './rule.js';

/** The Authority hears the appeal: the decision stands, or is overturned as the Authority's own. */
export const APPEAL_DECIDED: AnyTransitionRule<'appeal-decided'> = rule({
  from: ['appeal'],
  to: ['approved', 'rejected'],
  source: secD('D9', 'the Authority upholds the decision or overturns it'),
  apply: (s, e, date, ctx) => {
    if (e.outcome === 'upheld') {
      const { appealWindowEndsOn: _closed, ...stands } = s.decision;
      return decided(s, { ...stands, appeal: 'upheld' }, date);
    }
    if (e.outcome !== 'overturned')
      return { refuse: 'invalid-event', message: `unknown appeal outcome ${show(e.outcome)}` };
    const flipped = decision(s, s.decision.outcome === 'approved' ? 'reject' : 'approve', date, ctx, {
      decidedBy: 'authority',
      appeal: 'overturned',
    });
    return decided(s, flipped, date);
  },
});
