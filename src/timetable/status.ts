import { deepFreeze } from '../internal/freeze.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { englandAndWales } from '../calendar/uk/calendars.js';
import { shiftWorkingDays } from '../calendar/working-days/holiday-index.js';
import { DCC_TIMESCALES_ASSUMPTION } from '../sources/assumptions.js';
import { secD } from '../sources/cite.js';
import { versionAt, type Versions } from '../sources/dated.js';
import { SECTION_D_REVIEW_FROM } from '../sources/documents.js';
import { isoDateOf } from '../internal/days.js';
import { isoOf } from '../internal/days.js';
import { checkDayInRange, invalidArgument, parseDay } from '../internal/check.js';
import { checkAssessment, checkTimescales, checkTimetable } from './check.js';
import { span } from './dates.js';
import type { DccAssessment, DccTimescales, Timetable } from './types.js';

// DccTimescales sits in types.ts, below the checks that read it; its name is exported from here too.
export type { DccTimescales } from './types.js';

/**
 * Whether a proposal is behind its Panel-approved timetable on `asOf`.
 *
 * The rule: **late** when some milestone's approved date has passed (for a month, its last day) before
 * `asOf` and the milestone has not been achieved by `asOf`; **on time** otherwise. Milestones achieved
 * late but achieved do not keep a proposal late: an extension re-baselines what remains.
 *
 * @see SECAS Modification and Release Status Report, Oct 2017 (SECP_49_1310_11), section 6 "Open Modification Progression Timescales"
 * @example
 * progressStatus(t, '2017-10-06'); // 'late' when the DCC IA was due in September and has not come back
 */
export function progressStatus(timetable: Timetable, asOf: string): 'on-time' | 'late' {
  return isLate(checkTimetable(timetable), parseDay(asOf, ['asOf'])) ? 'late' : 'on-time';
}

/** @internal Whether a checked timetable is behind on a day. */
export function isLate(timetable: Timetable, as: number): boolean {
  return timetable.milestones.some((m, i) => {
    const due = span(m.approved, ['timetable', 'milestones', i, 'approved']).last;
    if (due >= as) return false;
    return m.actual === undefined || span(m.actual, ['timetable', 'milestones', i, 'actual']).first > as;
  });
}

/**
 * The extension status of an open proposal on `asOf`, as the status report counts it:
 * **extended** when it is behind its timetable and the Panel has agreed at least one extension;
 * **required** when it is behind and no extension has been agreed; **not required** when it is on
 * time. (This reproduces the arithmetic of the October 2017 status report, SECP_49_1310_11: Late 18 = Extended 13 + Required 5; On time 11 = Not
 * required 11.)
 *
 * @see SECP_49_1310_11 section 6, "Timetable Extensions" (Extended 13, Required 5, Not required 11)
 * @example
 * extensionStatus(t, '2017-10-06'); // 'extended'
 */
export function extensionStatus(timetable: Timetable, asOf: string): ExtensionStatus {
  return extensionStatusOn(checkTimetable(timetable), parseDay(asOf, ['asOf']));
}

/** Whether a late proposal's timetable has been extended. */
export type ExtensionStatus = 'extended' | 'required' | 'not-required';

/** @internal {@link extensionStatus} of a checked timetable on a day. */
export function extensionStatusOn(t: Timetable, as: number, late = isLate(t, as)): ExtensionStatus {
  if (!late) return 'not-required';
  return t.extensions.some((e, i) => parseDay(e.agreedOn, ['timetable', 'extensions', i, 'agreedOn']) <= as)
    ? 'extended'
    : 'required';
}

/**
 * The status of a DCC assessment on `asOf`, judged against its original due date or its latest
 * revised one (the "DCC Assessments" charts of the October 2017 status report, SECP_49_1310_11):
 * - returned (by `asOf`) on or before the due date: `returned-on-time`; after it: `returned-late`;
 * - not returned and on hold on `asOf`: `on-hold`; otherwise `outstanding`.
 *
 * @see SECP_49_1310_11 section 6, "DCC Assessments" charts (original and revised due dates)
 * @example
 * dccAssessmentStatus(ia, '2017-10-06', 'original'); // 'returned-late'
 */
export function dccAssessmentStatus(
  assessment: DccAssessment,
  asOf: string,
  against: 'original' | 'revised',
): DccAssessmentStatus {
  checkAssessment(assessment, ['assessment']);
  const as = parseDay(asOf, ['asOf']);
  if (against !== 'original' && against !== 'revised')
    throw invalidArgument(against, ['against'], "expected 'original' or 'revised'");
  return assessmentStatusOn(assessment, as, against);
}

/** Where a DCC assessment stands against a due date. */
export type DccAssessmentStatus = 'returned-on-time' | 'returned-late' | 'on-hold' | 'outstanding';

/** @internal {@link dccAssessmentStatus} of a checked assessment on a day. */
export function assessmentStatusOn(
  assessment: DccAssessment,
  as: number,
  against: 'original' | 'revised',
): DccAssessmentStatus {
  const revised = assessment.revisedDueOn ?? [];
  const due = parseDay(
    against === 'revised' && revised.length > 0 ? revised[revised.length - 1] : assessment.originalDueOn,
    ['assessment', against === 'revised' && revised.length > 0 ? 'revisedDueOn' : 'originalDueOn'],
  );
  if (assessment.returnedOn !== undefined && parseDay(assessment.returnedOn, ['assessment', 'returnedOn']) <= as) {
    return parseDay(assessment.returnedOn, ['assessment', 'returnedOn']) <= due ? 'returned-on-time' : 'returned-late';
  }
  const held = (assessment.onHold ?? []).some(
    (h, i) =>
      parseDay(h.from, ['assessment', 'onHold', i, 'from']) <= as &&
      (h.to === undefined || parseDay(h.to, ['assessment', 'onHold', i, 'to']) >= as),
  );
  return held ? 'on-hold' : 'outstanding';
}

/**
 * The standard timescales Section D has set for DCC assessments since the Section D Review (SECMP0034).
 * **Unconfirmed**: the durations could not be checked against the Code's text; pass your own.
 */
export const DCC_STANDARD_TIMESCALES: DccTimescales = /* @__PURE__ */ deepFreeze({
  preliminary: 20,
  impact: 60,
  calendar: englandAndWales,
  source: DCC_TIMESCALES_ASSUMPTION.source,
});

/**
 * Which DCC assessment timescales were in force when: none set (agreed per proposal) before the Section D
 * Review, the standard ones from it.
 */
export const DCC_TIMESCALE_VERSIONS: Versions<DccTimescales | null> = /* @__PURE__ */ deepFreeze([
  {
    from: isoDateOf('0001-01-01'),
    value: null,
    source: secD('D6', 'DCC assessment timescales were agreed per proposal', {
      records: ['SECP_49_1310_11 section 7: due dates agreed per assessment'],
    }),
  },
  { from: SECTION_D_REVIEW_FROM, value: DCC_STANDARD_TIMESCALES, source: DCC_TIMESCALES_ASSUMPTION.source },
]);

/** The date standard timescales apply from; before it timescales were agreed per proposal. */
export const DCC_TIMESCALES_FROM: IsoDate = SECTION_D_REVIEW_FROM;

/**
 * The due date of a DCC assessment requested on a date under the standard timescales (Working Days
 * after the request), or `undefined` for a request before they applied (agreed per proposal then).
 *
 * @example
 * dccDueDate('2019-01-07', 'preliminary'); // '2019-02-04' (20 Working Days, unconfirmed default)
 */
export function dccDueDate(
  requestedOn: string,
  kind: 'preliminary' | 'impact',
  timescales: DccTimescales = DCC_STANDARD_TIMESCALES,
): IsoDate | undefined {
  const requested = parseDay(requestedOn, ['requestedOn']);
  if (kind !== 'preliminary' && kind !== 'impact')
    throw invalidArgument(kind, ['kind'], "expected 'preliminary' or 'impact'");
  const t = checkTimescales(timescales, ['timescales']);
  const due = dccDueDay(requested, kind, t);
  return due === undefined ? undefined : isoOf(due);
}

/** @internal {@link dccDueDate} on a day number, with timescales already checked. */
export function dccDueDay(requested: number, kind: 'preliminary' | 'impact', t: DccTimescales): number | undefined {
  if (versionAt(DCC_TIMESCALE_VERSIONS, requested)?.value === null) return undefined;
  // A due date past the supported years blames the timescale, not the date.
  return checkDayInRange(shiftWorkingDays(t.calendar, requested, t[kind], ['timescales', kind]), ['timescales', kind]);
}
