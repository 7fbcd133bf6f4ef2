import { show } from '../../internal/check.js';
import { secD } from '../../sources/cite.js';
import { APPEAL_WINDOW } from './decision.js';
import { releaseTarget } from './release.js';
import { rule, type AnyTransitionRule } from './rule.js';

/**
 * The modification takes effect, whole or one part of several (SECMP0062, SECMP0007): on its release's
 * date, and not while an appeal may still be raised.
 */
export const IMPLEMENTED: AnyTransitionRule<'implemented'> = rule({
  from: ['approved', 'pending-implementation'],
  to: ['pending-implementation', 'implemented'],
  source: secD('D10', 'the modification takes effect in its release (possibly in parts)'),
  apply: (s, e, date) => {
    const parts = [...(s.stage === 'pending-implementation' ? s.partsImplemented : []), date];
    const of = e.of ?? 1;
    if (
      !Number.isInteger(of) ||
      of < 1 ||
      (e.part !== undefined && (!Number.isInteger(e.part) || e.part !== parts.length || e.part > of))
    ) {
      return {
        refuse: 'invalid-event',
        message: `implemented part ${show(e.part)} of ${show(e.of)} does not follow the ${parts.length - 1} part(s) already implemented`,
      };
    }
    const release =
      e.release === undefined
        ? s.stage === 'pending-implementation'
          ? s.target
          : undefined
        : releaseTarget(e.release);
    // A release goes live on its date: an implementation on another date contradicts the release it names.
    if (release?.date !== undefined && release.date !== date) {
      return {
        refuse: 'release-mismatch',
        message: `implemented on ${date}, but ${e.release === undefined ? 'the release it is targeted at' : 'the release it names'} (${release.name ?? release.id ?? 'unnamed'}) goes live on ${release.date}`,
      };
    }
    // Not while an appeal may still be raised (Paths 3 and 4): the decision is not final until the window closes.
    const window = s.decision.appealWindowEndsOn;
    if (window !== undefined && window > s.decision.decidedOn && date <= window) {
      return {
        refuse: 'appeal-window-open',
        message: `implemented on ${date}, while the appeal window for the decision of ${s.decision.decidedOn} is open (it closes at the end of ${window}; LifecycleOptions.appealWindowWorkingDays sets its length)`,
        source: APPEAL_WINDOW,
      };
    }
    if (parts.length < of) {
      return {
        stage: 'pending-implementation',
        proposal: s.proposal,
        since: date,
        decision: s.decision,
        target: s.stage === 'pending-implementation' ? s.target : (release ?? {}),
        partsImplemented: parts,
      };
    }
    return {
      stage: 'implemented',
      proposal: s.proposal,
      since: date,
      decision: s.decision,
      implementedOn: date,
      ...(release === undefined ? {} : { release }),
      partsImplemented: parts,
    };
  },
});
