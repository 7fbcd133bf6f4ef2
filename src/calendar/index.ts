/**
 * Calendar dates, holiday calendars and working-day arithmetic: the ground every SEC and TRIS date
 * rule stands on. Dates are `YYYY-MM-DD` calendar dates, never instants; nothing here depends on
 * the process time zone.
 *
 * @module calendar
 */
export { isoDate, isIsoDate, type IsoDate, type IsoDateInput } from './iso-date.js';
export { addDays } from './add-days.js';
export { addMonths } from './add-months.js';
export { compareDates, differenceInDays } from './compare-dates.js';
export { dayOfWeek, type DayOfWeek } from './day-of-week.js';
export { dateParts } from './date-parts.js';
export type { Holiday, HolidayCalendar } from './holidays/types.js';
export {
  calendarFromRules,
  type DateRule,
  type HolidayRule,
  type HolidayRuleValue,
  type Proclamation,
  type RuleCalendar,
  type RuleCalendarDefinition,
} from './holidays/rules.js';
export { calendarFromDates, type HolidayInput } from './holidays/from-dates.js';
export { unionCalendar } from './holidays/union.js';
export { englandAndWales, scotland, northernIreland, unitedKingdom } from './uk/calendars.js';
export { europeanCommission, trisCommissionCore } from './eu/calendars.js';
export { builtInCalendars, calendarById, type CalendarId } from './calendar-by-id.js';
export {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './working-days/working-days.js';
export {
  SecmodError,
  isSecmodError,
  type Citation,
  type Issue,
  type CalendarErrorCode,
  type SecmodErrorCode,
  type InputPath,
} from '../errors/index.js';
