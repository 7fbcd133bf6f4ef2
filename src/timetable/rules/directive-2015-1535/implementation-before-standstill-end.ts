/**
 * Directive (EU) 2015/1535, Art. 6: a notified technical regulation may not be adopted before its
 * standstill period ends, so a proposal approved subject to EC notification is implemented no earlier
 * than the first day it may be adopted (`adoptableFrom`, with `standstill` or `standstillEndsOn`).
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
    const { standstillEndsOn: ends, adoptableFrom } = context.options;
    const impl = context.milestone('implementation');
    const s = impl?.approved;
    if (ends === undefined || adoptableFrom === undefined || impl === undefined || s === undefined) return NONE;
    if (s.first >= adoptableFrom) return NONE;
    return [
      {
        message:
          s.first < ends
            ? `${timetable.proposal}: implementation ${label(s)} is before the end of the EC standstill (${isoOf(ends)})`
            : `${timetable.proposal}: implementation ${label(s)} is on the last day of the EC standstill (${isoOf(ends)}): the measure may be adopted from ${isoOf(adoptableFrom)}`,
        path: ['milestones', impl.index, 'approved'],
        standstillEndsOn: isoOf(ends),
      },
    ];
  },
  plans: { kinds: ['implementation'], fields: ['approved'] },
  plan(step, context) {
    const from = context.options.adoptableFrom;
    if (from === undefined || step.kind !== 'implementation' || step.field !== 'approved' || from < step.day)
      return undefined;
    return {
      day: from,
      priority: 1,
      reason: step.explain
        ? {
            rule: 'after-previous',
            message: `no earlier than ${isoOf(from)}, the first day the measure may be adopted after the EC standstill`,
            source: STANDSTILL_BARS_ADOPTION,
            waitsFor: decisionKindOf(context),
          }
        : undefined,
    };
  },
};
