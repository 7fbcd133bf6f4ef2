/**
 * The Refinement Process (Section D6): the Working Group asks the DCC for its assessments and consults,
 * and considers what comes back. Every one of these events only moves the proposal to another step of
 * Refinement, so they share one logic and are read together as the loop they make.
 */
import type { IsoDate } from '../../calendar/iso-date.js';
import { secD } from '../../sources/cite.js';
import type { LifecycleState, RefinementStep } from '../types.js';
import { rule, type AnyTransitionRule } from './rule.js';

const refinementStep =
  (step: RefinementStep) =>
  (state: LifecycleState, _e: unknown, date: IsoDate): LifecycleState => ({
    stage: 'refinement',
    step,
    proposal: state.proposal,
    since: date,
  });

export const DCC_PRELIMINARY_ASSESSMENT_REQUESTED: AnyTransitionRule<'dcc-preliminary-assessment-requested'> = rule({
  from: ['refinement:working-group'],
  to: ['refinement:dcc-preliminary-assessment'],
  source: secD('D6', 'Refinement Process: DCC Preliminary Assessment'),
  apply: refinementStep('dcc-preliminary-assessment'),
});

export const DCC_IMPACT_ASSESSMENT_REQUESTED: AnyTransitionRule<'dcc-impact-assessment-requested'> = rule({
  from: ['refinement:working-group', 'refinement:dcc-preliminary-assessment'],
  to: ['refinement:dcc-impact-assessment'],
  source: secD('D6', 'Refinement Process: DCC Impact Assessment'),
  apply: refinementStep('dcc-impact-assessment'),
});

export const DCC_ASSESSMENT_RETURNED: AnyTransitionRule<'dcc-assessment-returned'> = rule({
  from: ['refinement:dcc-preliminary-assessment', 'refinement:dcc-impact-assessment'],
  to: ['refinement:working-group'],
  source: secD('D6', 'the Working Group considers the DCC assessment'),
  apply: refinementStep('working-group'),
});

export const CONSULTATION_ISSUED: AnyTransitionRule<'consultation-issued'> = rule({
  from: ['refinement:working-group'],
  to: ['refinement:consultation'],
  source: secD('D6', 'Working Group / industry consultation'),
  apply: refinementStep('consultation'),
});

export const CONSULTATION_CLOSED: AnyTransitionRule<'consultation-closed'> = rule({
  from: ['refinement:consultation'],
  to: ['refinement:working-group'],
  source: secD('D6', 'the Working Group considers the consultation responses'),
  apply: refinementStep('working-group'),
});
