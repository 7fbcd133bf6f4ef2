/**
 * Directive (EU) 2015/1535, Art. 6: a notified technical regulation may not be adopted before its
 * standstill period ends, so a proposal approved subject to EC notification is implemented no earlier
 * than the end of its standstill (with `standstillEndsOn`).
 */
import { isoOf } from '../../../internal/days.js';
import { STANDSTILL_BARS_ADOPTION } from '../../../sources/cite.js';
import { decisionKindOf, label, NONE } from '../shared.js';
import type { SecFinding, TimetableRule } from '../types.js';

export const implementationBeforeStandstillEnd: TimetableRule<
  'implementation-before-standstill-end',
  SecFinding<'implementation-before-standstill-end'>
> = {
  code: 'implementation-before-standstill-end',
  severity: 'error',
  source: STANDSTILL_BARS_ADOPTION,
  description: 'implementation is not before the EC standstill ends (with `standstillEndsOn`)',
  check(timetable, context) {
    const ends = context.options.standstillEndsOn;
    const impl = context.milestone('implementation');
    const s = impl?.approved;
    if (ends === undefined || impl === undefined || s === undefined || s.first >= ends) return NONE;
    return [
      {
        message: `${timetable.proposal}: implementation ${label(s)} is before the end of the EC standstill (${isoOf(ends)})`,
        path: ['milestones', impl.index, 'approved'],
        standstillEndsOn: isoOf(ends),
      },
    ];
  },
  plan(step, context) {
    const ends = context.options.standstillEndsOn;
    if (ends === undefined || step.kind !== 'implementation' || step.field !== 'approved' || ends < step.day)
      return undefined;
    return {
      day: ends,
      reason: {
        rule: 'after-previous',
        message: `no earlier than the end of the EC standstill (${isoOf(ends)})`,
        source: STANDSTILL_BARS_ADOPTION,
        waitsFor: decisionKindOf(context),
      },
    };
  },
};
