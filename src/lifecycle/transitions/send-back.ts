import { secD } from '../../sources/cite.js';
import { rule, rulesOf, type AnyTransitionRule } from './rule.js';

/** The Authority sends the Final Modification Report back to the Panel (revised with `report-revised`). */
export const SEND_BACK: AnyTransitionRule<'send-back'> = rule({
  from: ['awaiting-authority-decision'],
  to: ['sent-back'],
  source: secD('D9', 'the Authority may send the Final Modification Report back to the Panel'),
  guard: (s) =>
    rulesOf(s).sendBack
      ? undefined
      : {
          refuse: 'path-forbids',
          message: `${rulesOf(s).name} has no Authority decision to send back from`,
          source: rulesOf(s).source,
        },
  apply: (s, _e, date) => ({ stage: 'sent-back', proposal: s.proposal, since: date }),
});
