/** Arbitraries the timetable property tests share: dates, meeting calendars and planning requests. */
import fc from 'fast-check';
import { MODIFICATION_PATHS, PATH_RULES } from '../../src/lifecycle/index.js';
import { SEC_PANEL, type MeetingCalendar } from '../../src/meetings/index.js';
import { SECTION_D_REVIEW_FROM } from '../../src/sources/documents.js';
import { isoDateOf } from '../../src/internal/days.js';
import type { PlanRequest } from '../../src/timetable/index.js';

/** A day from `from` to `to`, as `YYYY-MM-DD`. */
export const day = (from: string, to: string) =>
  fc
    .integer({ min: Date.parse(from) / 864e5, max: Date.parse(to) / 864e5 })
    .map((n) => new Date(n * 864e5).toISOString().slice(0, 10));

/** A Panel or Change Board calendar: secmod's, or one with a projection on another day of the month. */
export const calendarArb = (base: MeetingCalendar) =>
  fc.oneof(
    fc.constant(base),
    fc.record({ weekday: fc.integer({ min: 1, max: 5 }), nth: fc.constantFrom(1, 2, 3, 4, -1) }).map((rule) => ({
      ...base,
      id: `${base.id}-${rule.weekday}-${rule.nth}`,
      projection: [
        {
          from: isoDateOf('2000-01-01'),
          value: rule,
          source: base.projection?.[0]?.source ?? SEC_PANEL.meetings[0]!.source,
        },
      ],
    })),
  );

export const requestArb: fc.Arbitrary<PlanRequest> = fc
  .record({
    path: fc.constantFrom(...MODIFICATION_PATHS),
    start: day('2016-01-01', '2030-12-31'),
    converted: fc.boolean(),
    dcc: fc.constantFrom('none', 'preliminary', 'impact', 'both'),
    ec: fc.oneof(
      fc.constant(undefined),
      fc.boolean(),
      day('2016-01-01', '2031-12-31').map((receivedOn) => ({ receivedOn })),
    ),
    meetings: fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 6 })),
    impact: fc.oneof(fc.constant(undefined), fc.boolean()),
  })
  .map(({ path, start, converted, dcc, ec, meetings, impact }) => {
    const refinement = PATH_RULES[path].refinement;
    const newEra = start >= SECTION_D_REVIEW_FROM;
    return {
      proposal: 'MP1',
      path,
      ...(converted && newEra && refinement ? { convertedOn: start } : { raisedOn: start }),
      ...(refinement && newEra ? { dccAssessments: dcc as PlanRequest['dccAssessments'] } : {}),
      ...(ec === undefined ? {} : { ecNotification: ec }),
      ...(refinement && meetings !== undefined ? { workingGroupMeetings: meetings } : {}),
      ...(impact === undefined ? {} : { dccSystemImpact: impact }),
    };
  });
