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
      /* @__PURE__ */ newYearsDay(1974, 'Sch. 1 para 1'),
      /* @__PURE__ */ goodFriday(),
      /* @__PURE__ */ easterMonday('Sch. 1 para 1'),
      /* @__PURE__ */ earlyMay(),
      /* @__PURE__ */ springBankHoliday(/* @__PURE__ */ bfda1971('Sch. 1 para 1')),
      /* @__PURE__ */ summerBankHoliday({ kind: 'last-weekday', month: 8, weekday: 1 }, 'Sch. 1 para 1'),
      /* @__PURE__ */ christmasDay(COMMON_LAW_HOLIDAY),
      /* @__PURE__ */ boxingDay(UK_FIRST_YEAR, /* @__PURE__ */ bfda1971('Sch. 1 para 1')),
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
      /* @__PURE__ */ newYearsDay(UK_FIRST_YEAR, 'Sch. 1 para 2'),
      secondJanuary,
      /* @__PURE__ */ goodFriday('Sch. 1 para 2'),
      /* @__PURE__ */ earlyMay(/* @__PURE__ */ bfda1971('Sch. 1 para 2', 'the first Monday in May')),
      /* @__PURE__ */ springBankHoliday(/* @__PURE__ */ proclamation('last Monday in May, appointed by proclamation')),
      /* @__PURE__ */ summerBankHoliday({ kind: 'nth-weekday', month: 8, weekday: 1, n: 1 }, 'Sch. 1 para 2'),
      stAndrewsDay,
      /* @__PURE__ */ christmasDay(/* @__PURE__ */ bfda1971('Sch. 1 para 2')),
      /* @__PURE__ */ boxingDay(
        1974,
        /* @__PURE__ */ proclamation('Boxing Day, a bank holiday in Scotland since 1974'),
      ),
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
      /* @__PURE__ */ newYearsDay(1974, 'Sch. 1 para 3'),
      stPatricksDay,
      /* @__PURE__ */ goodFriday(),
      /* @__PURE__ */ easterMonday('Sch. 1 para 3'),
      /* @__PURE__ */ earlyMay(),
      /* @__PURE__ */ springBankHoliday(/* @__PURE__ */ bfda1971('Sch. 1 para 3')),
      battleOfTheBoyne,
      /* @__PURE__ */ summerBankHoliday({ kind: 'last-weekday', month: 8, weekday: 1 }, 'Sch. 1 para 3'),
      /* @__PURE__ */ christmasDay(COMMON_LAW_HOLIDAY),
      /* @__PURE__ */ boxingDay(UK_FIRST_YEAR, /* @__PURE__ */ bfda1971('Sch. 1 para 3')),
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
