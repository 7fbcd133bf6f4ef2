import type { HolidayRule, Proclamation } from '../holidays/rules.js';
import { BFDA_1971, COMMON_LAW, PROCLAMATION, ST_ANDREWS_2007 } from './sources.js';

/** The first year of the Banking and Financial Dealings Act 1971 rules. */
export const UK_FIRST_YEAR = 1971;

const sub = true;

/* @__NO_SIDE_EFFECTS__ */
export function newYearsDay(from: number, clause: string): HolidayRule {
  return {
    id: 'new-years-day',
    name: 'New Year’s Day',
    date: { kind: 'fixed', month: 1, day: 1 },
    substitute: sub,
    from,
    source: from === UK_FIRST_YEAR ? BFDA_1971(clause) : PROCLAMATION(`a bank holiday by proclamation since ${from}`),
  };
}
/* @__NO_SIDE_EFFECTS__ */
export function goodFriday(clause?: string): HolidayRule {
  return {
    id: 'good-friday',
    name: 'Good Friday',
    date: { kind: 'easter', offset: -2 },
    source: clause === undefined ? COMMON_LAW : BFDA_1971(clause),
  };
}
/* @__NO_SIDE_EFFECTS__ */
export function easterMonday(clause: string): HolidayRule {
  return {
    id: 'easter-monday',
    name: 'Easter Monday',
    date: { kind: 'easter', offset: 1 },
    source: BFDA_1971(clause),
  };
}
/* @__NO_SIDE_EFFECTS__ */
export function earlyMay(
  source = PROCLAMATION('first Monday in May, appointed by proclamation since 1978'),
): HolidayRule {
  return {
    id: 'early-may',
    name: 'Early May bank holiday',
    date: { kind: 'nth-weekday', month: 5, weekday: 1, n: 1 },
    from: 1978,
    source,
  };
}
/* @__NO_SIDE_EFFECTS__ */
export function springBankHoliday(source: HolidayRule['source']): HolidayRule {
  return {
    id: 'spring',
    name: 'Spring bank holiday',
    date: { kind: 'last-weekday', month: 5, weekday: 1 },
    source,
  };
}
/* @__NO_SIDE_EFFECTS__ */
export function summerBankHoliday(date: HolidayRule['date'], clause: string): HolidayRule {
  return {
    id: 'summer',
    name: 'Summer bank holiday',
    date,
    source: BFDA_1971(clause),
  };
}
/* @__NO_SIDE_EFFECTS__ */
export function christmasDay(source: HolidayRule['source']): HolidayRule {
  return {
    id: 'christmas-day',
    name: 'Christmas Day',
    date: { kind: 'fixed', month: 12, day: 25 },
    substitute: sub,
    source,
  };
}
/* @__NO_SIDE_EFFECTS__ */
export function boxingDay(from: number, source: HolidayRule['source']): HolidayRule {
  return {
    id: 'boxing-day',
    name: 'Boxing Day',
    date: { kind: 'fixed', month: 12, day: 26 },
    substitute: sub,
    from,
    source,
  };
}
export const secondJanuary: HolidayRule = {
  id: 'second-january',
  name: '2nd January',
  date: { kind: 'fixed', month: 1, day: 2 },
  substitute: sub,
  source: BFDA_1971('Sch. 1 para 2'),
};

export const stAndrewsDay: HolidayRule = {
  id: 'st-andrews-day',
  name: 'St Andrew’s Day',
  date: { kind: 'fixed', month: 11, day: 30 },
  substitute: sub,
  from: 2007,
  source: ST_ANDREWS_2007,
};

export const stPatricksDay: HolidayRule = {
  id: 'st-patricks-day',
  name: 'St Patrick’s Day',
  date: { kind: 'fixed', month: 3, day: 17 },
  substitute: sub,
  source: BFDA_1971('Sch. 1 para 3'),
};

export const battleOfTheBoyne: HolidayRule = {
  id: 'battle-of-the-boyne',
  name: 'Battle of the Boyne (Orangemen’s Day)',
  date: { kind: 'fixed', month: 7, day: 12 },
  substitute: sub,
  source: PROCLAMATION('12 July in Northern Ireland, appointed by proclamation every year'),
};

/**
 * One-off changes made for the whole United Kingdom: jubilees, royal occasions, anniversaries.
 * Each is dated data with its source; the recurring rules are never edited to fit them.
 */
export const UK_PROCLAMATIONS: readonly Proclamation[] = [
  {
    kind: 'move',
    rule: 'spring',
    year: 1977,
    to: '1977-06-06',
    source: PROCLAMATION('spring holiday moved beside the Silver Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '1977-06-07',
    name: 'Queen’s Silver Jubilee',
    source: PROCLAMATION('Silver Jubilee of Queen Elizabeth II'),
  },
  { kind: 'add', date: '1981-07-29', name: 'Royal wedding', source: PROCLAMATION('wedding of the Prince of Wales') },
  {
    kind: 'move',
    rule: 'early-may',
    year: 1995,
    to: '1995-05-08',
    name: 'Early May bank holiday (VE day)',
    source: PROCLAMATION('50th anniversary of VE Day'),
  },
  { kind: 'add', date: '1999-12-31', name: 'Millennium celebrations', source: PROCLAMATION('the millennium') },
  {
    kind: 'move',
    rule: 'spring',
    year: 2002,
    to: '2002-06-04',
    source: PROCLAMATION('spring holiday moved beside the Golden Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '2002-06-03',
    name: 'Queen’s Golden Jubilee',
    source: PROCLAMATION('Golden Jubilee of Queen Elizabeth II'),
  },
  {
    kind: 'add',
    date: '2011-04-29',
    name: 'Royal wedding',
    source: PROCLAMATION('wedding of Prince William and Catherine Middleton'),
  },
  {
    kind: 'move',
    rule: 'spring',
    year: 2012,
    to: '2012-06-04',
    source: PROCLAMATION('spring holiday moved beside the Diamond Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '2012-06-05',
    name: 'Queen’s Diamond Jubilee',
    source: PROCLAMATION('Diamond Jubilee of Queen Elizabeth II'),
  },
  {
    kind: 'move',
    rule: 'early-may',
    year: 2020,
    to: '2020-05-08',
    name: 'Early May bank holiday (VE day)',
    source: PROCLAMATION('75th anniversary of VE Day'),
  },
  {
    kind: 'move',
    rule: 'spring',
    year: 2022,
    to: '2022-06-02',
    source: PROCLAMATION('spring holiday moved beside the Platinum Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '2022-06-03',
    name: 'Platinum Jubilee bank holiday',
    source: PROCLAMATION('Platinum Jubilee of Queen Elizabeth II'),
  },
  {
    kind: 'add',
    date: '2022-09-19',
    name: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    source: PROCLAMATION('State Funeral of Queen Elizabeth II'),
  },
  {
    kind: 'add',
    date: '2023-05-08',
    name: 'Bank holiday for the coronation of King Charles III',
    source: PROCLAMATION('coronation of King Charles III'),
  },
];
