import type { Citation } from '../../sources/citation.js';
import type { IsoDate } from '../iso-date.js';

/** One holiday: its date and its name as the issuing body spells it. */
export interface Holiday {
  readonly date: IsoDate;
  readonly name: string;
  /** For a substitute day: the date the holiday itself fell on (a Saturday or Sunday). */
  readonly substituteFor?: IsoDate;
}

/**
 * A set of non-working days other than weekends: public or bank holidays, office closures.
 *
 * Calendars are immutable values: secmod caches what it derives from one (per calendar object), so
 * `holidaysIn(year)` must give the same answer every time it is called with the same year.
 */
export interface HolidayCalendar {
  /** Stable identifier, e.g. `england-and-wales`. */
  readonly id: string;
  /** Human-readable name. */
  readonly name: string;
  /** Where the holidays come from. */
  readonly source: Citation;
  /** Whether `date` is a holiday of this calendar (weekends are not holidays unless listed). */
  isHoliday(date: string): boolean;
  /** The holidays of a year, sorted by date. */
  holidaysIn(year: number): readonly Holiday[];
}
