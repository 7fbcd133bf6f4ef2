/**
 * The lifecycle's one transition table, assembled from one module per event (or per group of events
 * that share their logic: the route decision, the Refinement loop, the Report Phase walk). `transition`,
 * `replay`, `allowedEvents` and the diagram read this table and nothing else. The order of its keys is
 * the order `allowedEvents` lists events in and the diagram draws its edges in.
 */
import { deepFreeze } from '../../internal/freeze.js';
import type { EventType } from '../types.js';
import { APPEAL_DECIDED } from './appeal-decided.js';
import { APPEAL_RAISED } from './appeal-raised.js';
import { AUTHORITY_DECISION } from './authority-decision.js';
import { CHANGE_BOARD_VOTE } from './change-board-vote.js';
import { IMPLEMENTED } from './implemented.js';
import { PANEL_DECISION } from './panel-decision.js';
import { PUT_ON_HOLD } from './put-on-hold.js';
import {
  CONSULTATION_CLOSED,
  CONSULTATION_ISSUED,
  DCC_ASSESSMENT_RETURNED,
  DCC_IMPACT_ASSESSMENT_REQUESTED,
  DCC_PRELIMINARY_ASSESSMENT_REQUESTED,
} from './refinement.js';
import {
  DRAFT_REPORT_APPROVED,
  REFINEMENT_CONCLUDED,
  REPORT_CONSULTATION_CLOSED,
  REPORT_REVISED,
} from './report-phase.js';
import { RESUME } from './resume.js';
import { CONVERT_TO_PROPOSAL, INITIAL_CONSIDERATION } from './route.js';
import type { AnyTransitionRule } from './rule.js';
import { SEND_BACK } from './send-back.js';
import { TARGET_RELEASE } from './target-release.js';
import { WITHDRAW } from './withdraw.js';

/**
 * The lifecycle as data: for every event type (a missing one is a compile error), the states it may
 * leave and reach, its source and what it does. {@link transition} runs it and {@link lifecycleDiagram}
 * draws it, so the diagram cannot drift from the code.
 */
export const TRANSITIONS: { readonly [T in EventType]: AnyTransitionRule<T> } = /* @__PURE__ */ deepFreeze({
  'convert-to-proposal': CONVERT_TO_PROPOSAL,
  'initial-consideration': INITIAL_CONSIDERATION,
  'dcc-preliminary-assessment-requested': DCC_PRELIMINARY_ASSESSMENT_REQUESTED,
  'dcc-impact-assessment-requested': DCC_IMPACT_ASSESSMENT_REQUESTED,
  'dcc-assessment-returned': DCC_ASSESSMENT_RETURNED,
  'consultation-issued': CONSULTATION_ISSUED,
  'consultation-closed': CONSULTATION_CLOSED,
  'refinement-concluded': REFINEMENT_CONCLUDED,
  'draft-report-approved': DRAFT_REPORT_APPROVED,
  'report-consultation-closed': REPORT_CONSULTATION_CLOSED,
  'change-board-vote': CHANGE_BOARD_VOTE,
  'panel-decision': PANEL_DECISION,
  'authority-decision': AUTHORITY_DECISION,
  'send-back': SEND_BACK,
  'report-revised': REPORT_REVISED,
  'appeal-raised': APPEAL_RAISED,
  'appeal-decided': APPEAL_DECIDED,
  'target-release': TARGET_RELEASE,
  implemented: IMPLEMENTED,
  withdraw: WITHDRAW,
  'put-on-hold': PUT_ON_HOLD,
  resume: RESUME,
});

/** Every event type, in the table's order. */
export const EVENT_TYPES = /* @__PURE__ */ deepFreeze(Object.keys(TRANSITIONS) as readonly EventType[]);
