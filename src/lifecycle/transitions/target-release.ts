import { secD } from '../../sources/cite.js';
import { releaseTarget } from './release.js';
import { rule, type AnyTransitionRule } from './rule.js';

/** The Panel targets an approved modification at a release (again, to move it). */
export const TARGET_RELEASE: AnyTransitionRule<'target-release'> = rule({
  from: ['approved', 'pending-implementation'],
  to: ['pending-implementation'],
  source: secD(
    'D10',
    "the Panel targets an approved modification at a release; an Authority decision's implementation date changes only with its consent",
  ),
  apply: (s, e, date) => {
    if (typeof e.release !== 'object' || e.release === null)
      return { refuse: 'invalid-event', message: 'target-release needs a release ({ id?, name?, date? })' };
    const release = releaseTarget(e.release);
    return {
      stage: 'pending-implementation',
      proposal: s.proposal,
      since: date,
      decision: s.decision,
      target: release,
      partsImplemented: s.stage === 'pending-implementation' ? s.partsImplemented : [],
    };
  },
});
