import { addMonthsToDay } from '../calendar/add-months.js';
import { checkObject, checkOneOf } from '../internal/check.js';
import { checkKeys } from '../internal/keys.js';
import { trisCommissionCore } from '../calendar/eu/calendars.js';
import { assertCalendar } from '../calendar/holidays/assert-calendar.js';
import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { namedUnion } from '../calendar/holidays/union.js';
import { northernIreland, unitedKingdom } from '../calendar/uk/calendars.js';
import { isWorkingDayNumber } from '../calendar/working-days/holiday-index.js';
import type { Citation } from '../sources/citation.js';
import { SecmodError } from '../errors/secmod-error.js';
import { civilFromDays, weekdayOf, isoOf } from '../internal/days.js';
import { formatDay, invalidArgument, parseDay, show } from '../internal/check.js';
import { TRIS_CONVENTION_ASSUMPTION, TRIS_HOLIDAYS, TRIS_NORTHERN_IRELAND } from '../sources/assumptions.js';
import { regulation1182 } from '../sources/cite.js';
import { cite, TRIS_RECORDS } from '../sources/documents.js';
import { ADOPTABLE_FROM_REASON, ADOPTABLE_FROM_SOURCE, adoptableFromDay } from './adoptable.js';
import { durationOf, STANDSTILL_INPUT, STANDSTILL_INPUT_KEYS } from './duration.js';
import { notificationRuleAt } from './notification.js';
import {
  STANDSTILL_CONVENTIONS,
  type SkippedDay,
  type Standstill,
  type StandstillConvention,
  type StandstillInput,
  type StandstillStep,
  type StandstillWarning,
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
const NEXT_WORKING_DAY = regulation1182(
  'Art. 3(4)',
  'a period ending on a Saturday, Sunday or public holiday ends on the next working day',
);

/** The clauses each convention adds to the duration's own, for a period and for the urgency procedure. */
const CONVENTION_BASIS: Readonly<
  Record<StandstillConvention, Readonly<Record<'period' | 'urgency', readonly Citation[]>>>
> = {
  tris: {
    period: [TRIS_CONVENTION, MONTH_RULE],
    urgency: [TRIS_URGENCY],
  },
  'regulation-1182-71': {
    period: [NOT_COUNTED, MONTH_RULE, NEXT_WORKING_DAY],
    urgency: [NOT_COUNTED],
  },
};

/** Union calendars, one per state calendar object, so repeated calls share one holiday index. */
const unions = new WeakMap<HolidayCalendar, HolidayCalendar>();

function nonWorkingCalendar(state: HolidayCalendar): HolidayCalendar {
  let union = unions.get(state);
  if (!union) {
    // A caller's calendar whose name is not text (an object without a prototype cannot even be printed) is named by its id.
    const name = typeof state.name === 'string' ? state.name : state.id;
    union = namedUnion(`${trisCommissionCore.id}+${state.id}`, `${trisCommissionCore.name} + ${name}`, [
      trisCommissionCore,
      state,
    ]);
    unions.set(state, union);
  }
  return union;
}

/** The notifying state's code, checked: `UK` when not given. */
function stateOf(input: StandstillInput): string {
  const state = input.notifyingState ?? 'UK';
  if (typeof state !== 'string' || state.length === 0)
    throw invalidArgument(state, ['notifyingState'], 'expected a TRIS state code such as UK, F or D');
  return state;
}

/** `UK` (or `GB`): the United Kingdom as a whole; `XI`: the United Kingdom in respect of Northern Ireland. */
const isUk = (state: string) => ['UK', 'GB'].includes(state.toUpperCase());
const isNorthernIreland = (state: string) => state.toUpperCase() === 'XI';

function stateCalendarOf(input: StandstillInput, state: string): HolidayCalendar {
  if (input.stateCalendar !== undefined) {
    assertCalendar(input.stateCalendar, ['stateCalendar']);
    return input.stateCalendar;
  }
  if (isUk(state)) return unitedKingdom;
  if (isNorthernIreland(state)) return northernIreland;
  throw new SecmodError(
    'missing-calendar',
    // Shown briefly: a caller's 2 MB "state" is not echoed whole (twice).
    `no public-holiday calendar for notifying state ${show(state)}: pass stateCalendar (e.g. trisStateCalendar('${state.length <= 8 ? state : 'F'}') from secmod/date-holidays)`,
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

/** A UK notification received when Great Britain's measures are no longer notified: a warning citing the rule. */
function notificationWarnings(state: string, received: number): StandstillWarning[] {
  if (!isUk(state)) return [];
  const rule = notificationRuleAt(received);
  if (rule === undefined || rule.value['great-britain']) return [];
  return [
    {
      code: 'not-notified-after-2020',
      severity: 'warning',
      message: `received ${isoOf(received)}: from ${rule.from} Great Britain's measures are no longer notified to the Commission (requiresEcNotification), only the United Kingdom's in respect of Northern Ireland: for one, give notifyingState 'XI' (Northern Ireland's bank holidays); this result uses the United Kingdom's calendar of before 2021`,
      path: ['notifyingState'],
      source: rule.source,
    },
  ];
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Every step from receipt to the first day of adoption, each with its reason and source. */
function stepsOf(
  convention: StandstillConvention,
  received: number,
  months: number,
  nominal: number,
  endsOn: number,
  adoptable: number,
  skipped: readonly SkippedDay[],
  calendar: HolidayCalendar,
  durationSource: Citation | undefined,
  holidaySource: Citation,
): StandstillStep[] {
  const steps: StandstillStep[] = [];
  if (months === 0) {
    steps.push({
      kind: 'urgency',
      date: isoOf(endsOn),
      reason:
        convention === 'tris'
          ? 'urgency procedure, no standstill: TRIS publishes the day after receipt'
          : 'urgency procedure, no standstill: the day of receipt',
      source: convention === 'tris' ? TRIS_URGENCY : (durationSource ?? NOT_COUNTED),
    });
  } else {
    const day = civilFromDays(received)[2];
    const clamped = civilFromDays(nominal)[2] !== day;
    steps.push({
      kind: 'months',
      date: isoOf(nominal),
      reason: `the period's last day: received ${isoOf(received)} + ${months} months${clamped ? `, clamped to the month's last day (no day ${day})` : ''}`,
      source: MONTH_RULE,
    });
    if (convention === 'tris') {
      steps.push({
        kind: 'day-after',
        date: isoOf(nominal + 1),
        reason:
          "+1 day: TRIS publishes the day after the period's last day (the convention that reproduces 3,388 of the 3,425 3-month end dates TRIS published for 2012-2017)",
        source: TRIS_CONVENTION,
      });
    }
    if (skipped.length > 0) {
      steps.push({
        kind: 'working-day',
        date: isoOf(endsOn),
        reason: `forward past ${plural(skipped.length, 'non-working day')} of ${calendar.id} (${skipped.map((s) => `${s.date} ${s.holiday ?? s.reason}`).join(', ')})`,
        source: convention === 'tris' ? holidaySource : NEXT_WORKING_DAY,
      });
    }
  }
  steps.push({
    kind: 'adoptable-from',
    date: isoOf(adoptable),
    reason: ADOPTABLE_FROM_REASON[convention],
    source: ADOPTABLE_FROM_SOURCE[convention],
  });
  return steps;
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
 * `adoptableFrom` is the first day the measure may be adopted, in either convention the day after
 * `endsOn` (`steps` says why, with the source). `steps` explains every step from receipt, including the
 * TRIS convention's "+1 day". After 2020 a UK notification gets the warning `not-notified-after-2020`
 * (Great Britain's measures are no longer notified); `notifyingState: 'XI'`, the United Kingdom in
 * respect of Northern Ireland, uses Northern Ireland's bank holidays.
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
 * standstillPeriod({ receivedOn: '2027-03-24', convention: 'regulation-1182-71' }).adoptableFrom; // '2027-06-25'
 */
export function standstillPeriod(input: StandstillInput): Standstill {
  // Every argument is checked here, once: the receipt date, the convention, the facts, the calendar.
  checkObject(input, ['input'], STANDSTILL_INPUT);
  checkKeys(input, STANDSTILL_INPUT_KEYS, []);
  const received = parseDay(input.receivedOn, ['receivedOn']);
  const convention =
    input.convention === undefined
      ? 'tris'
      : checkOneOf(input.convention, STANDSTILL_CONVENTIONS, ['convention'], 'standstill convention');
  const { months, basis: durationBasis } = durationOf(input);
  const state = stateOf(input);
  const builtInNi = input.stateCalendar === undefined && isNorthernIreland(state);
  const calendar = nonWorkingCalendar(stateCalendarOf(input, state));
  const nominal = addMonthsToDay(received, months, ['receivedOn']);

  const urgent = months === 0;
  const { day: endsOn, skipped } = urgent
    ? { day: convention === 'tris' ? received + 1 : received, skipped: [] }
    : forwardToWorkingDay(calendar, convention === 'tris' ? nominal + 1 : nominal);
  const basis: readonly Citation[] = [
    ...durationBasis,
    ...CONVENTION_BASIS[convention][urgent ? 'urgency' : 'period'],
    ...(builtInNi ? [TRIS_NORTHERN_IRELAND.source] : []),
  ];
  const adoptable = adoptableFromDay(endsOn, convention);
  const holidaySource = builtInNi ? TRIS_NORTHERN_IRELAND.source : TRIS_HOLIDAYS.source;

  return {
    receivedOn: isoOf(received),
    months,
    endsOn: formatDay(endsOn, ['receivedOn']),
    nominalEndsOn: isoOf(nominal),
    skipped,
    convention,
    calendar: calendar.id,
    basis,
    adoptableFrom: formatDay(adoptable, ['receivedOn']),
    steps: stepsOf(
      convention,
      received,
      months,
      nominal,
      endsOn,
      adoptable,
      skipped,
      calendar,
      durationBasis[0],
      holidaySource,
    ),
    warnings: notificationWarnings(state, received),
  };
}
