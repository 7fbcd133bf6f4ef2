import { deepFreeze } from '../../internal/freeze.js';
import { ruleCalendar, type RuleCalendar } from '../holidays/rules.js';
import { namedUnion } from '../holidays/union.js';
import type { HolidayCalendar } from '../holidays/types.js';
import {
  battleOfTheBoyne,
  boxingDay,
  christmasDay,
  earlyMay,
  easterMonday,
  goodFriday,
  newYearsDay,
  secondJanuary,
  springBankHoliday,
  stAndrewsDay,
  stPatricksDay,
  summerBankHoliday,
  UK_FIRST_YEAR,
  UK_PROCLAMATIONS,
  COMMON_LAW_HOLIDAY,
} from './rules.js';
import { bfda1971, proclamation } from '../../sources/cite.js';
import { cite, GOV_UK_BANK_HOLIDAYS } from '../../sources/documents.js';

const GOV_UK_FEED = /* @__PURE__ */ cite(GOV_UK_BANK_HOLIDAYS);

/**
 * Bank holidays in England and Wales, from the Banking and Financial Dealings Act 1971 (Sch. 1
 * para 1), the common-law holidays, annual proclamations and dated one-off changes. Years from 1971.
 *
 * @see https://www.legislation.gov.uk/ukpga/1971/80/schedule/1
 * @example
 * englandAndWales.holidaysIn(2020).map((h) => h.date)[3]; // '2020-05-08' (moved for VE Day)
 */
export const englandAndWales: RuleCalendar = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ruleCalendar({
    id: 'england-and-wales',
    name: 'England and Wales bank holidays',
    source: GOV_UK_FEED,
    firstYear: UK_FIRST_YEAR,
    rules: [
      newYearsDay(1974, 'Sch. 1 para 1'),
      goodFriday(),
      easterMonday('Sch. 1 para 1'),
      earlyMay(),
      springBankHoliday(/* @__PURE__ */ bfda1971('Sch. 1 para 1')),
      summerBankHoliday({ kind: 'last-weekday', month: 8, weekday: 1 }, 'Sch. 1 para 1'),
      christmasDay(COMMON_LAW_HOLIDAY),
      boxingDay(UK_FIRST_YEAR, /* @__PURE__ */ bfda1971('Sch. 1 para 1')),
    ],
    proclamations: UK_PROCLAMATIONS,
  }),
);

/**
 * Bank holidays in Scotland (1971 Act Sch. 1 para 2; St Andrew's Day from 2007). Years from 1971.
 *
 * @see https://www.legislation.gov.uk/ukpga/1971/80/schedule/1
 * @example
 * scotland.isHoliday('2017-11-30'); // true (St Andrew's Day)
 */
export const scotland: RuleCalendar = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ruleCalendar({
    id: 'scotland',
    name: 'Scotland bank holidays',
    source: GOV_UK_FEED,
    firstYear: UK_FIRST_YEAR,
    rules: [
      newYearsDay(UK_FIRST_YEAR, 'Sch. 1 para 2'),
      secondJanuary,
      goodFriday('Sch. 1 para 2'),
      earlyMay(/* @__PURE__ */ bfda1971('Sch. 1 para 2', 'the first Monday in May')),
      springBankHoliday(/* @__PURE__ */ proclamation('last Monday in May, appointed by proclamation')),
      summerBankHoliday({ kind: 'nth-weekday', month: 8, weekday: 1, n: 1 }, 'Sch. 1 para 2'),
      stAndrewsDay,
      christmasDay(/* @__PURE__ */ bfda1971('Sch. 1 para 2')),
      boxingDay(1974, /* @__PURE__ */ proclamation('Boxing Day, a bank holiday in Scotland since 1974')),
    ],
    proclamations: UK_PROCLAMATIONS,
  }),
);

/**
 * Bank holidays in Northern Ireland (1971 Act Sch. 1 para 3, Battle of the Boyne by proclamation).
 * Years from 1971.
 *
 * @see https://www.legislation.gov.uk/ukpga/1971/80/schedule/1
 * @example
 * northernIreland.isHoliday('2017-07-12'); // true
 */
export const northernIreland: RuleCalendar = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ ruleCalendar({
    id: 'northern-ireland',
    name: 'Northern Ireland bank holidays',
    source: GOV_UK_FEED,
    firstYear: UK_FIRST_YEAR,
    rules: [
      newYearsDay(1974, 'Sch. 1 para 3'),
      stPatricksDay,
      goodFriday(),
      easterMonday('Sch. 1 para 3'),
      earlyMay(),
      springBankHoliday(/* @__PURE__ */ bfda1971('Sch. 1 para 3')),
      battleOfTheBoyne,
      summerBankHoliday({ kind: 'last-weekday', month: 8, weekday: 1 }, 'Sch. 1 para 3'),
      christmasDay(COMMON_LAW_HOLIDAY),
      boxingDay(UK_FIRST_YEAR, /* @__PURE__ */ bfda1971('Sch. 1 para 3')),
    ],
    proclamations: UK_PROCLAMATIONS,
  }),
);

/**
 * Every bank holiday of any UK division: the union of England and Wales, Scotland and Northern
 * Ireland. TRIS standstill end dates of UK notifications follow this union (observed on the TRIS records of 2012-2017; see docs/standstill.md).
 *
 * @example
 * unitedKingdom.isHoliday('2017-03-17'); // true (St Patrick's Day, Northern Ireland)
 */
export const unitedKingdom: HolidayCalendar = /* @__PURE__ */ deepFreeze(
  /* @__PURE__ */ namedUnion('united-kingdom', 'United Kingdom bank holidays (all divisions)', [
    englandAndWales,
    scotland,
    northernIreland,
  ]),
);
