import type { Citation } from '../../sources/citation.js';
import { isoDateOf } from '../../internal/days.js';
import type { DateRule, HolidayRule, Proclamation } from '../holidays/rules.js';
import { bfda1971, proclamation } from '../../sources/cite.js';
import { cite, COMMON_LAW, ST_ANDREWS_2007 } from '../../sources/documents.js';

/** Christmas Day and Good Friday in England, Wales and Northern Ireland. */
export const COMMON_LAW_HOLIDAY = /* @__PURE__ */ cite(COMMON_LAW);

/** The first year of the Banking and Financial Dealings Act 1971 rules. */
export const UK_FIRST_YEAR = 1971;

/**
 * A UK holiday rule with one version, in force from 1 January of `fromYear` (default: the 1971 Act's
 * first year). A rule that changes gets a second version here, never an edit of the first.
 */
/* @__NO_SIDE_EFFECTS__ */
function ukRule(
  id: string,
  name: string,
  date: DateRule,
  source: Citation,
  options: { readonly substitute?: boolean; readonly fromYear?: number } = {},
): HolidayRule {
  const from = `${options.fromYear ?? UK_FIRST_YEAR}-01-01` as const;
  return {
    id,
    name,
    versions: [{ from: isoDateOf(from), value: { date, substitute: options.substitute === true }, source }],
  };
}

const substitute = true;

/* @__NO_SIDE_EFFECTS__ */
export function newYearsDay(fromYear: number, clause: string): HolidayRule {
  const source =
    fromYear === UK_FIRST_YEAR
      ? /* @__PURE__ */ bfda1971(clause)
      : /* @__PURE__ */ proclamation(`a bank holiday by proclamation since ${fromYear}`);
  return ukRule('new-years-day', 'New Year’s Day', { kind: 'fixed', month: 1, day: 1 }, source, {
    substitute,
    fromYear,
  });
}
/* @__NO_SIDE_EFFECTS__ */
export function goodFriday(clause?: string): HolidayRule {
  const source = clause === undefined ? COMMON_LAW_HOLIDAY : /* @__PURE__ */ bfda1971(clause);
  return ukRule('good-friday', 'Good Friday', { kind: 'easter', offset: -2 }, source);
}
/* @__NO_SIDE_EFFECTS__ */
export function easterMonday(clause: string): HolidayRule {
  return ukRule('easter-monday', 'Easter Monday', { kind: 'easter', offset: 1 }, /* @__PURE__ */ bfda1971(clause));
}
/* @__NO_SIDE_EFFECTS__ */
export function earlyMay(
  source = /* @__PURE__ */ proclamation('first Monday in May, appointed by proclamation since 1978'),
): HolidayRule {
  const date: DateRule = { kind: 'nth-weekday', month: 5, weekday: 1, n: 1 };
  return ukRule('early-may', 'Early May bank holiday', date, source, { fromYear: 1978 });
}
/* @__NO_SIDE_EFFECTS__ */
export function springBankHoliday(source: Citation): HolidayRule {
  return ukRule('spring', 'Spring bank holiday', { kind: 'last-weekday', month: 5, weekday: 1 }, source);
}
/* @__NO_SIDE_EFFECTS__ */
export function summerBankHoliday(date: DateRule, clause: string): HolidayRule {
  return ukRule('summer', 'Summer bank holiday', date, /* @__PURE__ */ bfda1971(clause));
}
/* @__NO_SIDE_EFFECTS__ */
export function christmasDay(source: Citation): HolidayRule {
  return ukRule('christmas-day', 'Christmas Day', { kind: 'fixed', month: 12, day: 25 }, source, { substitute });
}
/* @__NO_SIDE_EFFECTS__ */
export function boxingDay(fromYear: number, source: Citation): HolidayRule {
  const date: DateRule = { kind: 'fixed', month: 12, day: 26 };
  return ukRule('boxing-day', 'Boxing Day', date, source, { substitute, fromYear });
}
export const secondJanuary: HolidayRule = /* @__PURE__ */ ukRule(
  'second-january',
  '2nd January',
  { kind: 'fixed', month: 1, day: 2 },
  /* @__PURE__ */ bfda1971('Sch. 1 para 2'),
  { substitute },
);

export const stAndrewsDay: HolidayRule = /* @__PURE__ */ ukRule(
  'st-andrews-day',
  'St Andrew’s Day',
  { kind: 'fixed', month: 11, day: 30 },
  /* @__PURE__ */ cite(ST_ANDREWS_2007, 's.1'),
  { substitute, fromYear: 2007 },
);

export const stPatricksDay: HolidayRule = /* @__PURE__ */ ukRule(
  'st-patricks-day',
  'St Patrick’s Day',
  { kind: 'fixed', month: 3, day: 17 },
  /* @__PURE__ */ bfda1971('Sch. 1 para 3'),
  { substitute },
);

export const battleOfTheBoyne: HolidayRule = /* @__PURE__ */ ukRule(
  'battle-of-the-boyne',
  'Battle of the Boyne (Orangemen’s Day)',
  { kind: 'fixed', month: 7, day: 12 },
  /* @__PURE__ */ proclamation('12 July in Northern Ireland, appointed by proclamation every year'),
  { substitute },
);

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
    source: /* @__PURE__ */ proclamation('spring holiday moved beside the Silver Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '1977-06-07',
    name: 'Queen’s Silver Jubilee',
    source: /* @__PURE__ */ proclamation('Silver Jubilee of Queen Elizabeth II'),
  },
  {
    kind: 'add',
    date: '1981-07-29',
    name: 'Royal wedding',
    source: /* @__PURE__ */ proclamation('wedding of the Prince of Wales'),
  },
  {
    kind: 'move',
    rule: 'early-may',
    year: 1995,
    to: '1995-05-08',
    name: 'Early May bank holiday (VE day)',
    source: /* @__PURE__ */ proclamation('50th anniversary of VE Day'),
  },
  {
    kind: 'add',
    date: '1999-12-31',
    name: 'Millennium celebrations',
    source: /* @__PURE__ */ proclamation('the millennium'),
  },
  {
    kind: 'move',
    rule: 'spring',
    year: 2002,
    to: '2002-06-04',
    source: /* @__PURE__ */ proclamation('spring holiday moved beside the Golden Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '2002-06-03',
    name: 'Queen’s Golden Jubilee',
    source: /* @__PURE__ */ proclamation('Golden Jubilee of Queen Elizabeth II'),
  },
  {
    kind: 'add',
    date: '2011-04-29',
    name: 'Royal wedding',
    source: /* @__PURE__ */ proclamation('wedding of Prince William and Catherine Middleton'),
  },
  {
    kind: 'move',
    rule: 'spring',
    year: 2012,
    to: '2012-06-04',
    source: /* @__PURE__ */ proclamation('spring holiday moved beside the Diamond Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '2012-06-05',
    name: 'Queen’s Diamond Jubilee',
    source: /* @__PURE__ */ proclamation('Diamond Jubilee of Queen Elizabeth II'),
  },
  {
    kind: 'move',
    rule: 'early-may',
    year: 2020,
    to: '2020-05-08',
    name: 'Early May bank holiday (VE day)',
    source: /* @__PURE__ */ proclamation('75th anniversary of VE Day'),
  },
  {
    kind: 'move',
    rule: 'spring',
    year: 2022,
    to: '2022-06-02',
    source: /* @__PURE__ */ proclamation('spring holiday moved beside the Platinum Jubilee holiday'),
  },
  {
    kind: 'add',
    date: '2022-06-03',
    name: 'Platinum Jubilee bank holiday',
    source: /* @__PURE__ */ proclamation('Platinum Jubilee of Queen Elizabeth II'),
  },
  {
    kind: 'add',
    date: '2022-09-19',
    name: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
    source: /* @__PURE__ */ proclamation('State Funeral of Queen Elizabeth II'),
  },
  {
    kind: 'add',
    date: '2023-05-08',
    name: 'Bank holiday for the coronation of King Charles III',
    source: /* @__PURE__ */ proclamation('coronation of King Charles III'),
  },
];
