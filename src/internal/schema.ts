/**
 * The zod pieces every schema shares: a calendar date, a month, a timetable date, and an enum whose error
 * names the unknown value and the nearest known one. Checks here never throw: a bad value is one issue.
 * @internal
 */
import { z } from 'zod';
import { show } from './check.js';
import { dayOf, isoOf, MAX_YEAR, MIN_YEAR, type IsoDate } from './days.js';
import { unknownName } from './nearest.js';

/** Why a string shaped like a date is not one (the message `secmod/calendar` would give). */
function dateProblem(input: unknown): string {
  if (typeof input !== 'string') return `invalid date ${show(input)}: expected a "YYYY-MM-DD" string`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input);
  if (!m) return `invalid date ${show(input)}: expected the form YYYY-MM-DD`;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (year < MIN_YEAR || year > MAX_YEAR)
    return `invalid date ${show(input)}: year must be a whole number from ${MIN_YEAR} to ${MAX_YEAR}`;
  if (month < 1 || month > 12) return `invalid date ${show(input)}: month must be 01-12`;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
  return `invalid date ${show(input)}: day must be 01-${last} in ${m[1]}-${m[2]}`;
}
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * A real calendar date, `YYYY-MM-DD` (format `date` in the JSON Schema), in the years 0001-9999, parsed to
 * an {@link IsoDate}. One problem per bad date.
 */
export const dateSchema = z.iso
  .date({ error: (issue) => dateProblem(issue.input) })
  .transform((value, ctx): IsoDate => {
    const day = dayOf(value);
    if (day === day) return isoOf(day);
    ctx.issues.push({ code: 'custom', message: dateProblem(value), input: value });
    return z.NEVER;
  });

/** A month, `YYYY-MM`. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM');

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * A timetable date: a day or, as in the October 2017 status report's tables, a month. Decided by its
 * length, so a month never goes through the date check (no exception, no second issue).
 */
export const dayOrMonthSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (value.length === 7) {
      if (!MONTH.test(value)) {
        ctx.addIssue({ code: 'custom', message: `invalid month ${show(value)}: expected YYYY-MM with a month 01-12` });
      }
      return;
    }
    if (dayOf(value) !== dayOf(value)) {
      ctx.addIssue({ code: 'custom', message: `${dateProblem(value)} (or YYYY-MM for a month)` });
    }
  })
  .meta({
    description: 'a day (YYYY-MM-DD) or a month (YYYY-MM)',
    pattern: '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$',
  });

/** An enum whose error names the unknown value and the nearest known one. */
export const vocabulary = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, { error: (issue) => unknownName(what, issue.input, values) });
