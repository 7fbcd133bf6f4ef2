/**
 * The Report Phase (Section D7): Refinement ends and the Draft Modification Report goes to the Panel,
 * the Panel approves it for the Modification Report Consultation, and the Modification Report goes to
 * the Change Board; a report the Authority sent back (Section D9) returns to the Panel's draft. Every
 * one of these events only moves the proposal to the next step, so they share one logic and are read
 * together as the walk they make.
 */
import type { IsoDate } from '../../calendar/iso-date.js';
import { secD } from '../../sources/cite.js';
import type { LifecycleState, ReportStep } from '../types.js';
import { rule, type AnyTransitionRule } from './rule.js';

const reportStep =
  (step: ReportStep) =>
  (state: LifecycleState, _e: unknown, date: IsoDate): LifecycleState => ({
    stage: 'report-phase',
    step,
    proposal: state.proposal,
    since: date,
  });

export const REFINEMENT_CONCLUDED: AnyTransitionRule<'refinement-concluded'> = rule({
  from: ['refinement:working-group'],
  to: ['report-phase:draft-report'],
  source: secD('D6, D7', 'the Refinement Process ends; the Draft Modification Report goes to the Panel'),
  apply: reportStep('draft-report'),
});

export const DRAFT_REPORT_APPROVED: AnyTransitionRule<'draft-report-approved'> = rule({
  from: ['report-phase:draft-report'],
  to: ['report-phase:report-consultation'],
  source: secD('D7', 'the Panel approves the Draft Modification Report for consultation'),
  apply: reportStep('report-consultation'),
});

export const REPORT_CONSULTATION_CLOSED: AnyTransitionRule<'report-consultation-closed'> = rule({
  from: ['report-phase:report-consultation'],
  to: ['change-board'],
  source: secD('D7, D8', 'the Modification Report goes to the Change Board'),
  apply: (s, _e, date) => ({ stage: 'change-board', proposal: s.proposal, since: date }),
});

export const REPORT_REVISED: AnyTransitionRule<'report-revised'> = rule({
  from: ['sent-back'],
  to: ['report-phase:draft-report'],
  source: secD('D9', 'the Panel revises the report the Authority sent back'),
  apply: reportStep('draft-report'),
});
