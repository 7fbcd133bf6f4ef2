/**
 * Working days with the England and Wales calendar: secmod against a date-fns loop over a holiday
 * Set, date-fns addBusinessDays (weekends only, for scale) and date-holidays isHoliday in a loop.
 */
import { addDays as dfAddDays, addBusinessDays, format, isWeekend } from 'date-fns';
import Holidays from 'date-holidays';
import { addWorkingDays, englandAndWales, workingDaysBetween } from '../src/calendar/index.js';
import { group, type GroupResult } from './harness.js';

const holidaySet = new Set<string>();
for (let y = 2015; y <= 2035; y++) for (const h of englandAndWales.holidaysIn(y)) holidaySet.add(h.date);

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

export async function calendarBenchmarks(): Promise<GroupResult[]> {
  const results: GroupResult[] = [];
  for (const n of [10, 250, 2500]) {
    const contenders = [
      {
        name: `secmod addWorkingDays(d, ${n}, englandAndWales)`,
        fn: () => addWorkingDays(starts[next()] as string, n, englandAndWales),
      },
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
          name: 'date-fns day loop + holiday Set',
          fn: () => dateFnsWorkingDaysBetween(startDates[next()] as Date, endDates[i] as Date),
        },
      ]),
    );
  }
  return results;
}
