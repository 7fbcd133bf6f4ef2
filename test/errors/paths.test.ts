import { describe, expect, it } from 'vitest';
import {
  calendarFromDates,
  addDays,
  addMonths,
  addWorkingDays,
  compareDates,
  dayOfWeek,
  englandAndWales,
  isoDate,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { changeBoardVote, initialState } from '../../src/lifecycle/index.js';
import { earliestRelease, nextRelease, releasesIn } from '../../src/releases/index.js';
import { statusReport } from '../../src/report/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import { applyExtension, progressStatus } from '../../src/timetable/index.js';
import { errorOf } from '../helpers.js';

/** Every thrown SecmodError names the offending argument: at least its name, deeper where it can. */
describe('errors carry the path of the offending argument', () => {
  it.each<[string, () => unknown, readonly (string | number)[]]>([
    ["isoDate('2017-02-29')", () => isoDate('2017-02-29'), ['input']],
    ['isoDate(new Date(NaN))', () => isoDate(new Date(Number.NaN)), ['input']],
    ['isoDate({ year: 2017, month: 13, day: 1 })', () => isoDate({ year: 2017, month: 13, day: 1 }), ['input']],
    ['isoDate(5)', () => isoDate(5 as never), ['input']],
    ["addDays('9999-12-31', 1)", () => addDays('9999-12-31', 1), ['n']],
    ["addMonths('9999-12-31', 1)", () => addMonths('9999-12-31', 1), ['n']],
    ["addMonths('x', 1)", () => addMonths('x', 1), ['date']],
    ["compareDates('2017-01-01', 'x')", () => compareDates('2017-01-01', 'x'), ['b']],
    ["dayOfWeek('x')", () => dayOfWeek('x'), ['date']],
    ["isWorkingDay('x', e&w)", () => isWorkingDay('x', englandAndWales), ['date']],
    [
      "nextWorkingDay('9999-12-31', a calendar closed that day)",
      () => nextWorkingDay('9999-12-31', calendarFromDates('closed', ['9999-12-31'])),
      ['date'],
    ],
    ["addWorkingDays('9999-12-30', 5, e&w)", () => addWorkingDays('9999-12-30', 5, englandAndWales), ['n']],
    ["workingDaysBetween('x', ...)", () => workingDaysBetween('x', '2017-01-01', englandAndWales), ['from']],
    ['standstillPeriod(null)', () => standstillPeriod(null as never), ['input']],
    [
      "standstillPeriod({ receivedOn: '9999-11-30' })",
      () => standstillPeriod({ receivedOn: '9999-11-30' }),
      ['receivedOn'],
    ],
    ['initialState(null)', () => initialState(null as never), ['input']],
    ['releasesIn(1.5)', () => releasesIn(1.5), ['year']],
    ["nextRelease('x')", () => nextRelease('x'), ['after']],
    ["earliestRelease({ approvedOn: 'x' })", () => earliestRelease({ approvedOn: 'x' }), ['approvedOn']],
    ['changeBoardVote({}, path)', () => changeBoardVote({}, 'self-governance'), ['tally']],
    ["statusReport(r, { asOf: 'x' })", () => statusReport({ proposals: [] }, { asOf: 'x' }), ['asOf']],
    [
      "progressStatus(t, 'x')",
      () => progressStatus({ proposal: 'P', path: 'self-governance', milestones: [], extensions: [] }, 'x'),
      ['asOf'],
    ],
    [
      'applyExtension(t, { months: 1.5 })',
      () =>
        applyExtension(
          { proposal: 'P', path: 'self-governance', milestones: [], extensions: [] },
          { agreedOn: '2017-01-13', months: 1.5, reason: 'r', by: 'panel' },
        ),
      ['extension', 'months'],
    ],
  ])('%s', (_name, fn, path) => {
    const e = errorOf(fn);
    expect(e.path.length).toBeGreaterThan(0);
    expect(e.path).toEqual(path);
  });
});
