import type { Citation } from '../../errors/citation.js';
import { SecmodError } from '../../errors/secmod-error.js';
import { daysFromCivil, daysInMonth, isWeekend, parseDay, weekdayOf, civilFromDays, isoOf } from '../../internal/days.js';
import type { IsoDate } from '../iso-date.js';
import { easterSunday } from './easter.js';
import type { Holiday, HolidayCalendar } from './types.js';
import { yearCachedCalendar } from './year-cached.js';

/** How a recurring holiday's date is found in a year. */
export type DateRule =
  /** The same month and day every year. */
  | { readonly kind: 'fixed'; readonly month: number; readonly day: number }
  /** A number of days from Easter Sunday (Good Friday is -2, Easter Monday +1). */
  | { readonly kind: 'easter'; readonly offset: number }
  /** The n-th given weekday (1 = Monday) of a month, n = 1..4. */
  | { readonly kind: 'nth-weekday'; readonly month: number; readonly weekday: number; readonly n: number }
  /** The last given weekday of a month. */
  | { readonly kind: 'last-weekday'; readonly month: number; readonly weekday: number };

/**
 * A recurring holiday, in force for the years `from`..`until` (inclusive; open when absent): a rule
 * that changed is a new version with its own years, never an overwrite.
 */
export interface HolidayRule {
  /** Stable id, referenced by {@link Proclamation}s. */
  readonly id: string;
  readonly name: string;
  readonly date: DateRule;
  /**
   * When the day falls on a Saturday or Sunday, the holiday moves to the next weekday that is not
   * already a holiday (the "substitute day" of the Banking and Financial Dealings Act 1971, Sch. 1).
   */
  readonly substitute?: boolean;
  readonly from?: number;
  readonly until?: number;
  readonly source: Citation;
}

/** A one-off change by proclamation or decision, kept as dated data with its source. */
export type Proclamation =
  /** An extra holiday on one date. */
  | { readonly kind: 'add'; readonly date: string; readonly name: string; readonly source: Citation }
  /** One year's occurrence of a rule moved to another date (and, optionally, renamed). */
  | { readonly kind: 'move'; readonly rule: string; readonly year: number; readonly to: string; readonly name?: string; readonly source: Citation };

/** The definition a rule-based calendar is generated from. */
export interface RuleCalendarDefinition {
  readonly id: string;
  readonly name: string;
  readonly source: Citation;
  readonly rules: readonly HolidayRule[];
  readonly proclamations?: readonly Proclamation[];
  /** First year the rules describe; earlier years throw `out-of-range` rather than guess. */
  readonly firstYear?: number;
}

/** A calendar generated from rules; its definition stays inspectable. */
export interface RuleCalendar extends HolidayCalendar {
  readonly definition: RuleCalendarDefinition;
}

function ruleDay(rule: DateRule, year: number): number {
  switch (rule.kind) {
    case 'fixed':
      return daysFromCivil(year, rule.month, rule.day);
    case 'easter':
      return easterSunday(year) + rule.offset;
    case 'nth-weekday': {
      const first = daysFromCivil(year, rule.month, 1);
      return first + ((rule.weekday - weekdayOf(first) + 7) % 7) + (rule.n - 1) * 7;
    }
    case 'last-weekday': {
      const last = daysFromCivil(year, rule.month, daysInMonth(year, rule.month));
      return last - ((weekdayOf(last) - rule.weekday + 7) % 7);
    }
  }
}

interface Occurrence {
  day: number;
  name: string;
  substitute: boolean;
}

/** Generates one year's holidays from a definition. */
function generateYear(def: RuleCalendarDefinition, year: number): Holiday[] {
  const occurrences: Occurrence[] = [];
  for (const rule of def.rules) {
    if ((rule.from !== undefined && year < rule.from) || (rule.until !== undefined && year > rule.until)) continue;
    const move = def.proclamations?.find((p) => p.kind === 'move' && p.rule === rule.id && p.year === year);
    if (move?.kind === 'move') {
      occurrences.push({ day: parseDay(move.to, ['definition', 'moves']), name: move.name ?? rule.name, substitute: false });
    } else {
      occurrences.push({ day: ruleDay(rule.date, year), name: rule.name, substitute: rule.substitute === true });
    }
  }
  for (const p of def.proclamations ?? []) {
    if (p.kind !== 'add') continue;
    const day = parseDay(p.date, ['definition', 'proclamations']);
    if (civilFromDays(day)[0] === year) occurrences.push({ day, name: p.name, substitute: false });
  }
  occurrences.sort((a, b) => a.day - b.day);
  const taken = new Set(occurrences.filter((o) => !(o.substitute && isWeekend(o.day))).map((o) => o.day));
  const out: Holiday[] = [];
  for (const o of occurrences) {
    if (o.substitute && isWeekend(o.day)) {
      let day = o.day + 1;
      while (isWeekend(day) || taken.has(day)) day++;
      taken.add(day);
      out.push({ date: isoOf(day) as IsoDate, name: o.name, substituteFor: isoOf(o.day) as IsoDate });
    } else {
      out.push({ date: isoOf(o.day) as IsoDate, name: o.name });
    }
  }
  return out;
}

/**
 * Builds a {@link HolidayCalendar} from recurring rules and dated proclamations. Years are generated
 * on first use and cached; the returned holidays are sorted and frozen.
 *
 * @example
 * const office = calendarFromRules({
 *   id: 'office', name: 'Office', source: { document: 'Staff handbook' },
 *   rules: [{ id: 'xmas', name: 'Christmas Day', date: { kind: 'fixed', month: 12, day: 25 }, substitute: true,
 *             source: { document: 'Staff handbook', clause: '4.1' } }],
 * });
 * office.holidaysIn(2022); // [{ date: '2022-12-26', name: 'Christmas Day', substituteFor: '2022-12-25' }]
 */
/* @__NO_SIDE_EFFECTS__ */
export function calendarFromRules(definition: RuleCalendarDefinition): RuleCalendar {
  const generate = (year: number): Holiday[] => {
    if (definition.firstYear !== undefined && year < definition.firstYear) {
      throw new SecmodError('out-of-range', `the ${definition.name} calendar starts in ${definition.firstYear}; ${year} is before its rules`, {
        path: ['year'],
        source: definition.source,
      });
    }
    return generateYear(definition, year);
  };
  return yearCachedCalendar({ id: definition.id, name: definition.name, source: definition.source }, generate, { definition });
}
