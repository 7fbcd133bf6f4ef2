import { addMonthsToDay } from '../calendar/add-months.js';
import { checkObject, checkOneOf } from '../internal/check.js';
import { trisCommissionCore } from '../calendar/eu/calendars.js';
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { namedUnion } from '../calendar/holidays/union.js';
import { unitedKingdom } from '../calendar/uk/calendars.js';
import { isWorkingDayNumber } from '../calendar/working-days/holiday-index.js';
import type { Citation } from '../sources/citation.js';
import { SecmodError } from '../errors/secmod-error.js';
import { civilFromDays, weekdayOf, isoOf } from '../internal/days.js';
import { formatDay, invalidArgument, parseDay } from '../internal/check.js';
import { TRIS_CONVENTION_ASSUMPTION } from '../sources/assumptions.js';
import { regulation1182 } from '../sources/cite.js';
import { cite, TRIS_RECORDS } from '../sources/documents.js';
import { durationOf, STANDSTILL_INPUT } from './duration.js';
import {
  STANDSTILL_CONVENTIONS,
  type SkippedDay,
  type Standstill,
  type StandstillConvention,
  type StandstillInput,
} from './types.js';

const TRIS_CONVENTION = TRIS_CONVENTION_ASSUMPTION.source;
const TRIS_URGENCY = cite(TRIS_RECORDS, undefined, {
  note: 'urgency procedure: TRIS publishes the day after receipt',
  records: ['TRIS notifications under the urgency procedure, 2012-2017'],
});

const MONTH_RULE = regulation1182(
  'Art. 3(2)(c)',
  'a period of months ends on the same date in the last month, or on its last day',
);
const NOT_COUNTED = regulation1182('Art. 3(1)', 'the day of receipt is not counted');

/** The clauses each convention adds to the duration's own, for a period and for the urgency procedure. */
const CONVENTION_BASIS: Readonly<
  Record<StandstillConvention, Readonly<Record<'period' | 'urgency', readonly Citation[]>>>
> = {
  tris: {
    period: [TRIS_CONVENTION, MONTH_RULE],
    urgency: [TRIS_URGENCY],
  },
  'regulation-1182-71': {
    period: [
      NOT_COUNTED,
      MONTH_RULE,
      regulation1182(
        'Art. 3(4)',
        'a period ending on a Saturday, Sunday or public holiday ends on the next working day',
      ),
    ],
    urgency: [NOT_COUNTED],
  },
};

/** Union calendars, one per state calendar object, so repeated calls share one holiday index. */
const unions = new WeakMap<HolidayCalendar, HolidayCalendar>();

function nonWorkingCalendar(state: HolidayCalendar): HolidayCalendar {
  let union = unions.get(state);
  if (!union) {
    union = namedUnion(`${trisCommissionCore.id}+${state.id}`, `${trisCommissionCore.name} + ${state.name}`, [
      trisCommissionCore,
      state,
    ]);
    unions.set(state, union);
  }
  return union;
}

function stateCalendarOf(input: StandstillInput): HolidayCalendar {
  const state = input.notifyingState ?? 'UK';
  if (typeof state !== 'string' || state.length === 0)
    throw invalidArgument(state, ['notifyingState'], 'expected a TRIS state code such as UK, F or D');
  if (input.stateCalendar !== undefined) {
    assertCalendar(input.stateCalendar, ['stateCalendar']);
    return input.stateCalendar;
  }
  if (state.toUpperCase() === 'UK' || state.toUpperCase() === 'GB') return unitedKingdom;
  throw new SecmodError(
    'missing-calendar',
    `no public-holiday calendar for notifying state ${JSON.stringify(state)}: pass stateCalendar (e.g. trisStateCalendar('${state}') from secmod/date-holidays)`,
    { path: ['stateCalendar'] },
  );
}

/** The names of the day's holidays (the Commission's and the state's), ' / '-separated. */
function holidayName(calendar: HolidayCalendar, day: number, iso: string): string | undefined {
  const names = [
    ...new Set(
      calendar
        .holidaysIn(civilFromDays(day)[0])
        .filter((h) => h.date === iso)
        .map((h) => h.name),
    ),
  ];
  return names.length === 0 ? undefined : names.join(' / ');
}

/** Moves forward from `day` to the first working day, recording every day passed. */
function forwardToWorkingDay(calendar: HolidayCalendar, start: number): { day: number; skipped: SkippedDay[] } {
  const skipped: SkippedDay[] = [];
  let day = start;
  while (!isWorkingDayNumber(calendar, day)) {
    const date = isoOf(day);
    const weekday = weekdayOf(day);
    if (weekday === 6) skipped.push({ date, reason: 'saturday' });
    else if (weekday === 7) skipped.push({ date, reason: 'sunday' });
    else {
      const name = holidayName(calendar, day, date);
      skipped.push(name === undefined ? { date, reason: 'holiday' } : { date, reason: 'holiday', holiday: name });
    }
    day++;
  }
  return { day, skipped };
}

/**
 * The standstill period of a draft technical regulation notified under Directive (EU) 2015/1535:
 * how long it lasts and the date it ends, with every skipped day and the clauses it rests on.
 *
 * Two named conventions:
 * - `'tris'` (default): the "end of standstill" date that TRIS publishes. `receivedOn` plus the period
 *   in months (clamped to the month's end), plus one day, then forward past Saturdays, Sundays and
 *   the holidays of the Commission's core calendar (`trisCommissionCore`) united with the notifying
 *   state's. Observed on the TRIS records, not written law (see `docs/standstill.md` for match rates).
 * - `'regulation-1182-71'`: the strict reading of Regulation 1182/71 Art. 3: the day of receipt is not
 *   counted (3(1)); a period of months ends on the same date in the last month, or its last day
 *   (3(2)(c)); a period ending on a Saturday, Sunday or public holiday ends on the next working day
 *   (3(4)), with the same non-working days as above. One day earlier than TRIS in the common case.
 *
 * Under the urgency procedure (Art. 6(7)) there is no standstill: `months` is 0 and `endsOn` is the
 * day after receipt (`tris`, as TRIS publishes it, with no working-day adjustment) or the day of
 * receipt (`regulation-1182-71`).
 *
 * @see Directive (EU) 2015/1535, Art. 6
 * @see Regulation (EEC, Euratom) No 1182/71, Art. 3
 * @throws {SecmodError} `invalid-date`, `invalid-argument`, `invalid-combination` (facts the Directive
 *   does not allow together, citing the article), `missing-calendar` (a state other than the UK
 *   without `stateCalendar`).
 * @example
 * standstillPeriod({ receivedOn: '2017-10-05' }).endsOn; // '2018-01-08'
 * standstillPeriod({ receivedOn: '2017-10-05', convention: 'regulation-1182-71' }).endsOn; // '2018-01-05'
 * standstillPeriod({ receivedOn: '2016-06-09', detailedOpinion: true }).endsOn; // '2016-12-12'
 */
export function standstillPeriod(input: StandstillInput): Standstill {
  // Every argument is checked here, once: the receipt date, the convention, the facts, the calendar.
  checkObject(input, ['input'], STANDSTILL_INPUT);
  const received = parseDay(input.receivedOn, ['receivedOn']);
  const convention =
    input.convention === undefined
      ? 'tris'
      : checkOneOf(input.convention, STANDSTILL_CONVENTIONS, ['convention'], 'standstill convention');
  const { months, basis: durationBasis } = durationOf(input);
  const calendar = nonWorkingCalendar(stateCalendarOf(input));
  const nominal = addMonthsToDay(received, months, ['receivedOn']);

  const urgent = months === 0;
  const { day: endsOn, skipped } = urgent
    ? { day: convention === 'tris' ? received + 1 : received, skipped: [] }
    : forwardToWorkingDay(calendar, convention === 'tris' ? nominal + 1 : nominal);
  const basis: readonly Citation[] = [...durationBasis, ...CONVENTION_BASIS[convention][urgent ? 'urgency' : 'period']];

  return {
    receivedOn: isoOf(received),
    months,
    endsOn: formatDay(endsOn, ['receivedOn']),
    nominalEndsOn: isoOf(nominal),
    skipped,
    convention,
    calendar: calendar.id,
    basis,
  };
}
