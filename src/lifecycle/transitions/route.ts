/**
 * The route decision: the draft becomes a Modification Proposal (Section D Review era) or the Panel
 * considers the Initial Modification Report (original era), and either way the proposal is routed to the
 * Refinement Process or straight to the Report Phase, its path possibly set again. One rule per era,
 * one logic: the two events differ only in the node they leave from and their source.
 */
import { show } from '../../internal/check.js';
import type { IsoDate } from '../../calendar/iso-date.js';
import { secD } from '../../sources/cite.js';
import { MODIFICATION_PATHS, PATH_RULES, type ModificationPath } from '../paths.js';
import type { LifecycleState, Route } from '../types.js';
import { rule, type AnyTransitionRule, type TransitionRefusal } from './rule.js';

/** The route decided at conversion (Section D Review era) or at initial consideration (original era). */
function route(
  state: LifecycleState,
  event: { readonly route: Route; readonly path?: ModificationPath | undefined },
  date: IsoDate,
): LifecycleState | TransitionRefusal {
  const path = event.path ?? state.proposal.path;
  if (!MODIFICATION_PATHS.includes(path)) return { refuse: 'invalid-event', message: `unknown path ${show(path)}` };
  if (path === 'fast-track') {
    return {
      refuse: 'path-forbids',
      message:
        'a Fast-Track proposal is raised by the Panel for its own decision, not routed from a draft or an Initial Modification Report',
      source: PATH_RULES['fast-track'].source,
    };
  }
  if (event.route !== 'refinement' && event.route !== 'report-phase')
    return { refuse: 'invalid-event', message: `unknown route ${show(event.route)}` };
  const proposal = { ...state.proposal, path };
  return event.route === 'refinement'
    ? { stage: 'refinement', step: 'working-group', proposal, since: date }
    : { stage: 'report-phase', step: 'draft-report', proposal, since: date };
}

export const CONVERT_TO_PROPOSAL: AnyTransitionRule<'convert-to-proposal'> = rule({
  from: ['draft-proposal'],
  to: ['refinement:working-group', 'report-phase:draft-report'],
  source: secD(
    'D3',
    'Section D Review era: the Change Sub-Committee agrees the problem statement and the draft becomes a Modification Proposal',
  ),
  apply: (s, e, date) => route(s, e, date),
});

export const INITIAL_CONSIDERATION: AnyTransitionRule<'initial-consideration'> = rule({
  from: ['initial-modification-report'],
  to: ['refinement:working-group', 'report-phase:draft-report'],
  source: secD('D4', 'original era: the Panel considers the Initial Modification Report and decides the route'),
  apply: (s, e, date) => route(s, e, date),
});
