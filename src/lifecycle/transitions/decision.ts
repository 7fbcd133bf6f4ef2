/** The decision record the deciding rules write, and the appeal window it opens on Paths 3 and 4. */
import type { IsoDate } from '../../calendar/iso-date.js';
import { shiftWorkingDays } from '../../calendar/working-days/holiday-index.js';
import { parseDay } from '../../internal/check.js';
import { isoOf } from '../../internal/days.js';
import { APPEAL_WINDOW as APPEAL_WINDOW_ASSUMPTION } from '../../sources/assumptions.js';
import type { Decision, LifecycleState } from '../types.js';
import { rulesOf, type TransitionContext } from './rule.js';

/** The appeal window: a decision on Path 3 or 4 can be appealed within it, and takes effect only after it closes. */
export const APPEAL_WINDOW = APPEAL_WINDOW_ASSUMPTION.source;

/** A decision taken on `date`, by the path's decider, with its appeal window where the path has an appeal. */
export function decision(
  state: LifecycleState,
  outcome: 'approve' | 'reject',
  date: IsoDate,
  ctx: TransitionContext,
  extra: Partial<Decision> = {},
): Decision {
  const rules = rulesOf(state);
  const base: Decision = {
    outcome: outcome === 'approve' ? 'approved' : 'rejected',
    decidedOn: date,
    decidedBy: rules.decidedBy,
    subjectToEcNotification: false,
    ...extra,
  };
  return rules.appeal === null || extra.appeal !== undefined
    ? base
    : {
        ...base,
        appealWindowEndsOn: isoOf(
          shiftWorkingDays(ctx.calendar, parseDay(date, ['event', 'date']), ctx.appealWindowWorkingDays, [
            'options',
            'appealWindowWorkingDays',
          ]),
        ),
      };
}

/** The state a decision leaves the proposal in: approved or rejected. */
export function decided(state: LifecycleState, d: Decision, date: IsoDate): LifecycleState {
  return d.outcome === 'approved'
    ? { stage: 'approved', proposal: state.proposal, since: date, decision: d }
    : { stage: 'rejected', proposal: state.proposal, since: date, decision: d };
}
