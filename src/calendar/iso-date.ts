import { checkedDay, formatDay, invalidDate, isRevokedProxy, parseDay } from '../internal/check.js';
import { dayOf, type IsoDate } from '../internal/days.js';
import { checkKeys, keysOf } from '../internal/keys.js';

export type { IsoDate };

/** What {@link isoDate} accepts: a `YYYY-MM-DD` string, a `Date` (read by its UTC fields) or parts. */
export type IsoDateInput = string | Date | { readonly year: number; readonly month: number; readonly day: number };

/** The keys of {@link IsoDateInput}'s parts. */
const PARTS_KEYS = /* @__PURE__ */ keysOf<Exclude<IsoDateInput, string | Date>>()(['year', 'month', 'day']);

/**
 * Validates and normalises a calendar date.
 *
 * A `Date` is read by its **UTC** fields, so `isoDate(new Date('2017-10-05'))` is `2017-10-05`
 * in every time zone. Strings must be exactly `YYYY-MM-DD` and a real date.
 *
 * @throws {SecmodError} `invalid-date` naming the value and what is wrong with it; `invalid-argument` for
 *   parts with a key other than `year`, `month` and `day`.
 * @example
 * isoDate('2017-10-05'); // '2017-10-05'
 * isoDate({ year: 2018, month: 1, day: 8 }); // '2018-01-08'
 * isoDate('2017-02-29'); // throws SecmodError invalid-date
 */
export function isoDate(input: IsoDateInput): IsoDate {
  if (typeof input === 'string') return formatDay(parseDay(input, ['input']), ['input']);
  if (isRevokedProxy(input)) throw invalidDate(input, ['input'], 'expected a date, not a revoked Proxy');
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw invalidDate(input, ['input'], 'the Date is invalid');
    return formatDay(
      checkedDay(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate(), input, ['input']),
      ['input'],
    );
  }
  if (typeof input === 'object' && input !== null) {
    checkKeys(input, PARTS_KEYS, ['input']);
    return formatDay(checkedDay(input.year, input.month, input.day, input, ['input']), ['input']);
  }
  throw invalidDate(input, ['input'], 'expected a "YYYY-MM-DD" string, a Date or { year, month, day }');
}

/**
 * Whether a value is a valid `YYYY-MM-DD` calendar date (a type guard; never throws).
 *
 * @example
 * isIsoDate('2020-02-29'); // true
 * isIsoDate('2019-02-29'); // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return !Number.isNaN(dayOf(value));
}
