import { show } from '../../internal/check.js';
import { secD } from '../../sources/cite.js';
import { decided, decision } from './decision.js';
import { rule, rulesOf, type AnyTransitionRule } from './rule.js';

/** The Change Board's vote: a decision on Path 3, a recommendation to the Authority on Paths 1 and 2. */
export const CHANGE_BOARD_VOTE: AnyTransitionRule<'change-board-vote'> = rule({
  from: ['change-board'],
  to: ['approved', 'rejected', 'awaiting-authority-decision'],
  source: secD(
    'D8, D9',
    'the Change Board decides Self-Governance proposals and recommends on Authority ones; voting rules are unconfirmed',
  ),
  apply: (s, e, date, ctx) => {
    const rules = rulesOf(s);
    const decides = e.vote === 'approve' || e.vote === 'reject';
    if (!['approve', 'reject', 'recommend-approval', 'recommend-rejection'].includes(e.vote))
      return { refuse: 'invalid-event', message: `unknown vote ${show(e.vote)}` };
    if (decides && rules.changeBoard !== 'decides') {
      return {
        refuse: 'path-forbids',
        message: `on ${rules.name} the Change Board recommends to the Authority (vote recommend-approval or recommend-rejection), it does not decide`,
        source: rules.source,
      };
    }
    if (!decides && rules.changeBoard !== 'recommends') {
      return {
        refuse: 'path-forbids',
        message: `on ${rules.name} the Change Board decides (vote approve or reject); there is no Authority decision to recommend on`,
        source: rules.source,
      };
    }
    if (decides) return decided(s, decision(s, e.vote === 'approve' ? 'approve' : 'reject', date, ctx), date);
    return {
      stage: 'awaiting-authority-decision',
      proposal: s.proposal,
      since: date,
      recommendation: e.vote === 'recommend-approval' ? 'approve' : 'reject',
      recommendedOn: date,
    };
  },
});
