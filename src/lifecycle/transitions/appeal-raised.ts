import { APPEAL_WINDOW } from './decision.js';
import { rule, rulesOf, type AnyTransitionRule } from './rule.js';

/** An appeal to the Authority against a Path 3 or Path 4 decision, within the appeal window. */
export const APPEAL_RAISED: AnyTransitionRule<'appeal-raised'> = rule({
  from: ['approved', 'rejected'],
  to: ['appeal'],
  source: APPEAL_WINDOW,
  guard: (s) =>
    rulesOf(s).appeal === null
      ? {
          refuse: 'path-forbids',
          message: `${rulesOf(s).name} decisions are the Authority's own and have no appeal under Section D`,
          source: rulesOf(s).source,
        }
      : undefined,
  apply: (s, _e, date) => {
    const ends = s.decision.appealWindowEndsOn;
    if (ends === undefined || date > ends) {
      return {
        refuse: 'appeal-window-closed',
        message: `the appeal window for the decision of ${s.decision.decidedOn} ${ends === undefined ? 'does not apply: the decision has already been appealed' : `closed on ${ends}`}`,
        source: APPEAL_WINDOW,
      };
    }
    return { stage: 'appeal', proposal: s.proposal, since: date, decision: s.decision, appealedOn: date };
  },
});
