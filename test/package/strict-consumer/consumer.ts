// A consumer project with the strictest settings, importing the built package by its published names.
import { standstillPeriod, type Standstill } from 'secmod/standstill';
import { validateTimetable, type Timetable, type TimetableIssue } from 'secmod/timetable';
import { earliestRelease } from 'secmod/releases';
import { isSecmodError, type SecmodErrorCode } from 'secmod';
import type { HolidayCalendar, IsoDate, Issue, Citation } from 'secmod/lifecycle';

const standstill: Standstill | undefined =
  Math.random() > 2 ? standstillPeriod({ receivedOn: '2017-10-05' }) : undefined;
const timetable: Timetable = { proposal: 'MP1', path: 'self-governance', milestones: [], extensions: [] };

// Optional inputs take `undefined` under exactOptionalPropertyTypes.
export const issues: TimetableIssue[] = validateTimetable(timetable, { standstillEndsOn: standstill?.endsOn });
export const release = earliestRelease({ approvedOn: '2017-09-29', standstillEndsOn: standstill?.endsOn });

export function codeOf(error: unknown): SecmodErrorCode | undefined {
  if (isSecmodError(error, 'invalid-date')) {
    const code: 'invalid-date' = error.code;
    return code;
  }
  return isSecmodError(error) ? error.code : undefined;
}

export type Mentioned = [HolidayCalendar, IsoDate, Issue, Citation];
