/**
 * SEC Section D6 and D7: the Working Group and Modification Report consultations. They last at least
 * `minConsultationWorkingDays`, counted as `workingDaysBetween` counts: the Working Days after the day it
 * opens, up to and including the day it closes (MP112's 15 Working Day consultation ran from 17 March to
 * 7 April 2020). The minimum is the caller's parameter.
 */
import { shiftWorkingDays, workingDaysAfter } from '../../../calendar/working-days/holiday-index.js';
import { isoOf } from '../../../internal/days.js';
import { longDate } from '../../../internal/long-date.js';
import { secD } from '../../../sources/cite.js';
import { CONSULTATIONS, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';

const SOURCE = /* @__PURE__ */ secD('D6, D7', "consultation periods; the minimum is the caller's parameter", {
  status: 'unconfirmed',
});

const MINIMUM_PATH = ['options', 'minConsultationWorkingDays'] as const;

export const consultationTooShort: TimetableRule<'consultation-too-short', SecFinding<'consultation-too-short'>> = {
  code: 'consultation-too-short',
  severity: 'error',
  source: SOURCE,
  description: 'consultations last at least `minConsultationWorkingDays` Working Days (with that option)',
  check(timetable, context) {
    const minimum = context.options.minConsultationWorkingDays;
    if (minimum === undefined) return NONE;
    let found: SecFinding<'consultation-too-short'>[] | undefined;
    for (const x of context.milestones) {
      if (!CONSULTATIONS.includes(x.kind) || x.approved === undefined || x.until === undefined) continue;
      if (x.approved.month || x.until.month) continue;
      const days = workingDaysAfter(context.options.calendar, x.approved.first, x.until.first);
      if (days < minimum)
        (found ??= []).push({
          message: `${timetable.proposal}: ${x.kind} closes ${days} Working Days after it opens: ${longDate(isoOf(x.approved.first))} to ${longDate(isoOf(x.until.first))}, under the minimum of ${minimum}`,
          path: ['milestones', x.index, 'until'],
          kind: x.kind,
          workingDays: days,
          minimum,
          opens: isoOf(x.approved.first),
          closes: isoOf(x.until.first),
        });
    }
    return found ?? NONE;
  },
  plans: { kinds: CONSULTATIONS, fields: ['until'] },
  plan(step, context) {
    const minimum = context.options.minConsultationWorkingDays;
    if (minimum === undefined || step.field !== 'until' || !CONSULTATIONS.includes(step.kind)) return undefined;
    const opens = context.milestone(step.kind)?.approved;
    if (opens === undefined) return undefined;
    const day = shiftWorkingDays(context.options.calendar, opens.first, minimum, MINIMUM_PATH);
    if (day < step.day) return undefined;
    return {
      day,
      priority: 2,
      reason: step.explain
        ? {
            rule: 'consultation-length',
            message: `${minimum} Working Days after it opens (options.minConsultationWorkingDays)`,
            source: SOURCE,
            workingDays: minimum,
          }
        : undefined,
    };
  },
};
