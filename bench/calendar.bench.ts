/**
 * Working days with the England and Wales calendar: secmod against the cheapest correct algorithm
 * (a hand-written table baseline), the working-day libraries a user would pick (moment-business-days,
 * luxon-business-days, dayjs-business-days2, all given the same holidays, their answers checked equal
 * before timing), a date-fns loop over a holiday Set, date-fns addBusinessDays (weekends only, for
 * scale) and date-holidays isHoliday in a loop.
 */
import { addDays as dfAddDays, addBusinessDays, format, isWeekend } from 'date-fns';
import Holidays from 'date-holidays';
import dayjs from 'dayjs';
import dayjsBusinessDays from 'dayjs-business-days2';
import luxonBusinessDays from 'luxon-business-days';
import moment from 'moment-business-days';
import { addWorkingDays, englandAndWales, workingDaysBetween } from '../dist/calendar/index.js';
import { group, type GroupResult } from './harness.js';

const holidaySet = new Set<string>();
for (let y = 1990; y <= 2140; y++) for (const h of englandAndWales.holidaysIn(y)) holidaySet.add(h.date);
const holidayList = [...holidaySet];

// The peers, configured with the same holidays.
const LuxonBusiness = luxonBusinessDays.DateTime;
moment.updateLocale('en', { holidays: holidayList, holidayFormat: 'YYYY-MM-DD' });
dayjs.extend(dayjsBusinessDays, { holidays: holidayList, holidayFormat: 'YYYY-MM-DD' });
const luxonSetup = LuxonBusiness.fromISO('2017-01-03');
luxonSetup.setupBusiness({
  holidayMatchers: [(d: { toISODate(): string | null }) => holidaySet.has(d.toISODate() ?? '')],
});
const momentAdd = (date: string, n: number) => moment(date, 'YYYY-MM-DD').businessAdd(n).format('YYYY-MM-DD');
const dayjsAdd = (date: string, n: number) =>
  (dayjs(date) as unknown as { businessDaysAdd(n: number): { format(f: string): string } })
    .businessDaysAdd(n)
    .format('YYYY-MM-DD');
const luxonAdd = (date: string, n: number) => LuxonBusiness.fromISO(date).plusBusiness({ days: n }).toISODate() ?? '';

/**
 * The cheapest correct algorithm, written by hand for one calendar and a fixed range (1990-2140): the
 * working days before each day number, the day of each working day, ISO strings precomputed per day,
 * and the input parsed by character codes. No checks at all.
 */
const BASE_LO = Date.UTC(1990, 0, 1) / 86_400_000;
const BASE_HI = Date.UTC(2140, 11, 31) / 86_400_000;
const baseBefore = new Int32Array(BASE_HI - BASE_LO + 2);
const baseOrdinal: number[] = [];
const baseIso: string[] = [];
for (let d = BASE_LO; d <= BASE_HI; d++) {
  const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
  baseIso.push(iso);
  const wd = new Date(d * 86_400_000).getUTCDay();
  const working = wd !== 0 && wd !== 6 && !holidaySet.has(iso);
  if (working) baseOrdinal.push(d);
  baseBefore[d - BASE_LO + 1] = baseOrdinal.length;
}
const CUM_DAYS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
function baseParse(s: string): number {
  const y =
    (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + s.charCodeAt(3) - 48;
  const m = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48;
  const day = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const y1 = y - 1;
  return (
    y1 * 365 +
    Math.floor(y1 / 4) -
    Math.floor(y1 / 100) +
    Math.floor(y1 / 400) -
    719162 +
    (CUM_DAYS[m - 1] as number) +
    (m > 2 && leap ? 1 : 0) +
    day -
    1
  );
}
function baselineAdd(date: string, n: number): string {
  const k = (baseBefore[baseParse(date) - BASE_LO + 1] as number) + n - 1;
  return baseIso[(baseOrdinal[k] as number) - BASE_LO] as string;
}
function baselineBetween(from: string, to: string): number {
  return (baseBefore[baseParse(to) - BASE_LO + 1] as number) - (baseBefore[baseParse(from) - BASE_LO + 1] as number);
}

/** What a user writes with date-fns: step a day at a time, skip weekends and the holiday Set. */
function dateFnsAddWorkingDays(start: Date, n: number): Date {
  let d = start;
  for (let left = n; left > 0;) {
    d = dfAddDays(d, 1);
    if (!isWeekend(d) && !holidaySet.has(format(d, 'yyyy-MM-dd'))) left--;
  }
  return d;
}
function dateFnsWorkingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  for (let d = dfAddDays(from, 1); d <= to; d = dfAddDays(d, 1))
    if (!isWeekend(d) && !holidaySet.has(format(d, 'yyyy-MM-dd'))) count++;
  return count;
}

const hd = new Holidays('GB', 'ENG');
/** The same loop with date-holidays deciding what is a holiday. */
function dateHolidaysAddWorkingDays(start: Date, n: number): Date {
  let d = start;
  for (let left = n; left > 0;) {
    d = dfAddDays(d, 1);
    if (!isWeekend(d) && !hd.isHoliday(d)) left--;
  }
  return d;
}

const starts = [
  '2017-01-03',
  '2017-04-12',
  '2017-08-25',
  '2017-12-20',
  '2018-05-04',
  '2018-10-05',
  '2019-03-29',
  '2019-12-23',
];
const startDates = starts.map((s) => new Date(`${s}T12:00:00`));
let i = 0;
const next = () => (i = (i + 1) % starts.length);

/** Every contender's answer must be secmod's before anything is timed. */
function checkEqual(what: string, answers: Record<string, unknown>): void {
  const [first, ...rest] = Object.entries(answers);
  for (const [name, value] of rest) {
    if (value !== first?.[1])
      throw new Error(`${what}: ${name} answers ${String(value)}, secmod ${String(first?.[1])}`);
  }
}

export async function calendarBenchmarks(): Promise<GroupResult[]> {
  const results: GroupResult[] = [];
  for (const n of [10, 250, 2500]) {
    for (const s of starts) {
      checkEqual(`addWorkingDays(${s}, ${n})`, {
        secmod: addWorkingDays(s, n, englandAndWales),
        baseline: baselineAdd(s, n),
        'moment-business-days': momentAdd(s, n),
        'luxon-business-days': luxonAdd(s, n),
        'dayjs-business-days2': dayjsAdd(s, n),
        'date-fns loop': format(dateFnsAddWorkingDays(new Date(`${s}T12:00:00`), n), 'yyyy-MM-dd'),
      });
    }
    const contenders = [
      {
        name: `secmod addWorkingDays(d, ${n}, englandAndWales)`,
        fn: () => addWorkingDays(starts[next()] as string, n, englandAndWales),
      },
      { name: 'hand-written table baseline (no checks)', fn: () => baselineAdd(starts[next()] as string, n) },
      { name: 'moment-business-days businessAdd', fn: () => momentAdd(starts[next()] as string, n) },
      { name: 'luxon-business-days plusBusiness', fn: () => luxonAdd(starts[next()] as string, n) },
      { name: 'dayjs-business-days2 businessDaysAdd', fn: () => dayjsAdd(starts[next()] as string, n) },
      { name: 'date-fns day loop + holiday Set', fn: () => dateFnsAddWorkingDays(startDates[next()] as Date, n) },
      { name: 'date-fns addBusinessDays (weekends only!)', fn: () => addBusinessDays(startDates[next()] as Date, n) },
    ];
    if (n <= 250)
      contenders.push({
        name: 'date-fns loop + date-holidays isHoliday',
        fn: () => dateHolidaysAddWorkingDays(startDates[next()] as Date, n),
      });
    results.push(await group(`addWorkingDays, n = ${n}`, contenders));
  }
  for (const n of [10, 250, 2500]) {
    const ends = starts.map((s) => addWorkingDays(s, n, englandAndWales));
    const endDates = ends.map((s) => new Date(`${s}T12:00:00`));
    results.push(
      await group(`workingDaysBetween over ${n} working days`, [
        {
          name: 'secmod workingDaysBetween',
          fn: () => workingDaysBetween(starts[next()] as string, ends[i] as string, englandAndWales),
        },
        {
          name: 'hand-written table baseline (no checks)',
          fn: () => baselineBetween(starts[next()] as string, ends[i] as string),
        },
        {
          name: 'date-fns day loop + holiday Set',
          fn: () => dateFnsWorkingDaysBetween(startDates[next()] as Date, endDates[i] as Date),
        },
      ]),
    );
  }
  for (const years of [1, 10, 100]) {
    const ends = starts.map((s) => `${Number(s.slice(0, 4)) + years}${s.slice(4)}`);
    for (const [k, s] of starts.entries())
      checkEqual(`workingDaysBetween over ${years} years`, {
        secmod: workingDaysBetween(s, ends[k] as string, englandAndWales),
        baseline: baselineBetween(s, ends[k] as string),
      });
    results.push(
      await group(`workingDaysBetween over a ${years}-year span`, [
        {
          name: 'secmod workingDaysBetween',
          fn: () => workingDaysBetween(starts[next()] as string, ends[i] as string, englandAndWales),
        },
        {
          name: 'hand-written table baseline (no checks)',
          fn: () => baselineBetween(starts[next()] as string, ends[i] as string),
        },
      ]),
    );
  }
  return results;
}
