import { deepFreeze } from '../../internal/freeze.js';
import { isoDateOf } from '../../internal/days.js';
import type { Citation } from '../../sources/citation.js';
import { cite, EC_HOLIDAYS, TRIS_RECORDS } from '../../sources/documents.js';
import { ruleCalendar, type HolidayRule, type Proclamation, type RuleCalendar } from '../holidays/rules.js';

const EC_HOLIDAY_LISTS = /* @__PURE__ */ cite(EC_HOLIDAYS);

const TRIS_OBSERVED = /* @__PURE__ */ cite(TRIS_RECORDS, undefined, {
  note: 'TRIS end dates move past these days; 27-31 December are treated as working days except at the 2014/15 year end',
  records: ['TRIS notifications 2012-2020'],
});

/** The Commission's holiday pattern has no recorded start: its rules apply to every supported year. */
const ALWAYS = /* @__PURE__ */ isoDateOf('0001-01-01');

/* @__NO_SIDE_EFFECTS__ */
function fixed(id: string, name: string, month: number, day: number, source: Citation): HolidayRule {
  return { id, name, versions: [{ from: ALWAYS, value: { date: { kind: 'fixed', month, day } }, source }] };
}
/* @__NO_SIDE_EFFECTS__ */
function easter(id: string, name: string, offset: number, source: Citation): HolidayRule {
  return { id, name, versions: [{ from: ALWAYS, value: { date: { kind: 'easter', offset } }, source }] };
}
/* @__NO_SIDE_EFFECTS__ */
function yearEnd(day: number): HolidayRule {
  return fixed(`year-end-${day}`, 'Year-end closure', 12, day, EC_HOLIDAY_LISTS);
}
/** The holidays of the Commission that TRIS end dates follow (no substitute days: a holiday on a weekend is lost). */
/* @__NO_SIDE_EFFECTS__ */
function coreRules(source: Citation, extra: readonly HolidayRule[] = []): HolidayRule[] {
  return [
    fixed('new-year', 'New Year’s Day', 1, 1, source),
    fixed('new-year-2', 'Day after New Year’s Day', 1, 2, source),
    easter('maundy-thursday', 'Maundy Thursday', -3, source),
    easter('good-friday', 'Good Friday', -2, source),
    easter('easter-monday', 'Easter Monday', 1, source),
    fixed('labour-day', 'Labour Day', 5, 1, source),
    fixed('schuman', 'Anniversary of the Schuman Declaration', 5, 9, source),
    easter('ascension', 'Ascension Day', 39, source),
    easter('ascension-friday', 'Friday after Ascension Day', 40, source),
    easter('whit-monday', 'Whit Monday', 50, source),
    fixed('belgian-national-day', 'Belgian National Day', 7, 21, source),
    fixed('assumption', 'Assumption', 8, 15, source),
    fixed('all-saints', 'All Saints’ Day', 11, 1, source),
    fixed('all-souls', 'All Souls’ Day', 11, 2, source),
    fixed('christmas-eve', 'Christmas Eve', 12, 24, source),
    fixed('christmas', 'Christmas Day', 12, 25, source),
    fixed('christmas-2', 'Day after Christmas Day', 12, 26, source),
    ...extra,
  ];
}
/**
 * The European Commission's staff calendar: its public holidays and the year-end closure
 * (24-31 December).
 *
 * @example
 * europeanCommission.isHoliday('2017-12-29'); // true (year-end closure)
 */
export const europeanCommission: RuleCalendar = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ruleCalendar({
    id: 'european-commission',
    name: 'European Commission holidays',
    source: EC_HOLIDAY_LISTS,
    rules: coreRules(EC_HOLIDAY_LISTS, [yearEnd(27), yearEnd(28), yearEnd(29), yearEnd(30), yearEnd(31)]),
  }),
);

/** The 2014/15 year-end, the one year-end TRIS treated 29-31 December as closed. */
/* @__NO_SIDE_EFFECTS__ */
function closure2014(date: string): Proclamation {
  return {
    kind: 'add',
    date,
    name: 'Year-end closure',
    source: /* @__PURE__ */ cite(TRIS_RECORDS, undefined, {
      note: 'every TRIS end date that falls on 29-31 Dec 2014 moves to 5 Jan 2015',
      records: ['TRIS notifications with end dates 29 Dec 2014 to 5 Jan 2015'],
    }),
  };
}
const TRIS_2014_CLOSURE: readonly Proclamation[] = [
  closure2014('2014-12-29'),
  closure2014('2014-12-30'),
  closure2014('2014-12-31'),
];

/**
 * The core Commission holidays that TRIS published end-of-standstill dates move past: the
 * Commission's holidays without the 27-31 December closure (observed on the TRIS records of 2012-2017), plus the
 * 2014/15 year-end closure that TRIS did apply, as dated data.
 *
 * @example
 * trisCommissionCore.isHoliday('2017-12-27'); // false
 * trisCommissionCore.isHoliday('2014-12-30'); // true
 */
export const trisCommissionCore: RuleCalendar = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ruleCalendar({
    id: 'tris-commission-core',
    name: 'Commission core holidays (TRIS)',
    source: TRIS_OBSERVED,
    rules: coreRules(TRIS_OBSERVED),
    proclamations: TRIS_2014_CLOSURE,
  }),
);
