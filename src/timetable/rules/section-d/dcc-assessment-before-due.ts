/**
 * SEC Section D DCC assessments, with the standard timescales of SECMP0034 for requests from 1 November
 * 2018: the DCC returns a Preliminary or Impact Assessment a set number of Working Days after the
 * request, so a DCC milestone planned before its request's due date is probably not meant (a warning).
 * The timescales given (`dccTimescales`) are the finding's source.
 */
import { isIsoDateValue, isoOf, type IsoDate } from '../../../internal/days.js';
import { parseDay } from '../../../internal/check.js';
import { DCC_TIMESCALES_ASSUMPTION } from '../../../sources/assumptions.js';
import { dccDueDay } from '../../status.js';
import type { DccAssessment, MilestoneKind } from '../../types.js';
import { label, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';

const milestoneOf = (a: DccAssessment): MilestoneKind =>
  a.kind === 'preliminary' ? 'dcc-preliminary-assessment' : 'dcc-impact-assessment';

export const dccAssessmentBeforeDue: TimetableRule<
  'dcc-assessment-before-due',
  SecFinding<'dcc-assessment-before-due'>
> = {
  code: 'dcc-assessment-before-due',
  severity: 'warning',
  source: DCC_TIMESCALES_ASSUMPTION.source,
  description: "a DCC milestone is not planned before its request's due date under the DCC timescales",
  check(timetable, context) {
    const assessments = timetable.dccAssessments;
    if (assessments === undefined || assessments.length === 0) return NONE;
    const timescales = context.options.dccTimescales;
    let found: SecFinding<'dcc-assessment-before-due'>[] | undefined;
    for (const a of assessments) {
      const kind = milestoneOf(a);
      const x = context.milestone(kind);
      if (x?.approved === undefined || !isIsoDateValue(a.requestedOn)) continue;
      const dueDay = dccDueDay(parseDay(a.requestedOn, []), a.kind, timescales);
      if (dueDay !== undefined && x.approved.last < dueDay) {
        const due = isoOf(dueDay);
        (found ??= []).push({
          message: `${timetable.proposal}: ${kind} is planned for ${label(x.approved)}, before the assessment requested on ${a.requestedOn} is due (${due})`,
          path: ['milestones', x.index, 'approved'],
          source: timescales.source,
          kind,
          requestedOn: a.requestedOn as IsoDate,
          dueOn: due,
        });
      }
    }
    return found ?? NONE;
  },
  plans: { kinds: ['dcc-preliminary-assessment', 'dcc-impact-assessment'], fields: ['approved'] },
  plan(step, context) {
    if (step.field !== 'approved') return undefined;
    const a = context.timetable.dccAssessments?.find((x) => milestoneOf(x) === step.kind);
    if (a === undefined || !isIsoDateValue(a.requestedOn)) return undefined;
    const timescales = context.options.dccTimescales;
    const day = dccDueDay(parseDay(a.requestedOn, []), a.kind, timescales);
    if (day === undefined || day < step.day) return undefined;
    return {
      day,
      priority: 2,
      reason: step.explain
        ? {
            rule: 'dcc-timescale',
            message: `the DCC ${a.kind === 'preliminary' ? 'Preliminary' : 'Impact'} Assessment requested on ${a.requestedOn} is due ${timescales[a.kind]} Working Days later`,
            source: timescales.source,
            assessment: a.kind,
            requestedOn: a.requestedOn as IsoDate,
          }
        : undefined,
    };
  },
};
