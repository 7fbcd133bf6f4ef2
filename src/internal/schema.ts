/**
 * The zod pieces every schema shares: a calendar date, a month, a timetable date, and an enum whose error
 * names the unknown value and the nearest known one. Checks here never throw: a bad value is one issue.
 * @internal
 */
import { z } from 'zod';
import { isSecmodError } from '../errors/secmod-error.js';
import { parseDay, show } from './check.js';
import { isIsoDateValue, type IsoDate } from './days.js';
import { unknownKeysMessage } from './keys.js';
import { unknownName } from './nearest.js';

/**
 * Why a value is not a calendar date, in the words `secmod/calendar` uses. Runs only for a value that is
 * not one, so the exception it catches is never on the path of a good date.
 */
function dateProblem(input: unknown): string {
  try {
    parseDay(input, []);
  } catch (error) {
    if (isSecmodError(error)) return error.message;
  }
  return `invalid date ${show(input)}`;
}

/**
 * A real calendar date, `YYYY-MM-DD` (format `date` in the JSON Schema), in the years 0001-9999, typed
 * {@link IsoDate}. One problem per bad date, and no exception and no copy for a good one.
 */
export const dateSchema = z
  .string({ error: (issue) => dateProblem(issue.input) })
  // The JSON Schema says what zod's ISO date says; the check itself is secmod's, without a regular expression.
  .meta({ format: 'date', pattern: z.regexes.date.source })
  .transform((value, ctx): IsoDate => {
    if (isIsoDateValue(value)) return value;
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
    if (!isIsoDateValue(value)) {
      ctx.addIssue({ code: 'custom', message: `${dateProblem(value)} (or YYYY-MM for a month)` });
    }
  })
  .meta({
    description: 'a day (YYYY-MM-DD) or a month (YYYY-MM)',
    pattern: '^\\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?$',
  });

/**
 * An object that refuses a key it does not know, naming the nearest known key as the entrances do
 * (`unknown key "mileston" (did you mean "milestones"?); expected one of ...`).
 */
export const strictObject = <const S extends z.core.$ZodLooseShape>(shape: S) => {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, known) : undefined),
  });
};

/** An enum whose error names the unknown value and the nearest known one. */
export const vocabulary = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, { error: (issue) => unknownName(what, issue.input, values) });
