import type { Issue } from '../errors/issue.js';
import { englandAndWales } from '../calendar/uk/calendars.js';
import { isWorkingDayNumber } from '../calendar/working-days/holiday-index.js';
import { parseDay } from '../internal/check.js';
import { isWeekend } from '../internal/days.js';
import { applyRecord, type RecordBase, type RecordWarning } from './apply-record.js';
import { parseRecord } from './parse-record.js';

/** What {@link recordWarnings} finds: allowed, but probably not meant. */
export type RecordCheckWarning =
  RecordWarning | Issue<'meeting-not-on-working-day'> | Issue<'two-panel-meetings-in-a-month'>;

/**
 * What is probably wrong in a record that `parseRecord` reads: a meeting on a weekend or on a bank holiday
 * (the England and Wales calendar, or the base calendar's `workingDays`), two Panel meetings in one month,
 * and a fact that contradicts one of secmod's (as `applyRecord` reports it). Each a warning with its path;
 * none stops the record being used.
 *
 * @throws {RecordError} `invalid-record` for a record `parseRecord` refuses.
 * @example
 * recordWarnings({ meetings: [{ body: 'panel', date: '2020-11-14' }] }).map((w) => w.code); // ['meeting-not-on-working-day']
 */
export function recordWarnings(record: unknown, base: RecordBase = {}): RecordCheckWarning[] {
  const r = parseRecord(record);
  const applied = applyRecord(r, base);
  const out: RecordCheckWarning[] = [];
  const panelMonths = new Map<string, number>();
  r.meetings.forEach((m, i) => {
    const calendar = (m.body === 'panel' ? applied.panel : applied.changeBoard).workingDays ?? englandAndWales;
    const day = parseDay(m.date, ['record', 'meetings', i, 'date']);
    if (!isWorkingDayNumber(calendar, day))
      out.push({
        code: 'meeting-not-on-working-day',
        severity: 'warning',
        message: `${m.date} is ${isWeekend(day) ? 'a Saturday or Sunday' : `a holiday (${calendar.name})`}: is the date right?`,
        path: ['record', 'meetings', i, 'date'],
      });
    if (m.body !== 'panel') return;
    const month = m.date.slice(0, 7);
    const first = panelMonths.get(month);
    if (first === undefined) panelMonths.set(month, i);
    else
      out.push({
        code: 'two-panel-meetings-in-a-month',
        severity: 'warning',
        message: `a second Panel meeting in ${month} (the first is meetings.${first}): the Panel meets monthly; is one of them another month's?`,
        path: ['record', 'meetings', i, 'date'],
      });
  });
  return [...out, ...applied.warnings];
}
