import type { Citation } from '../../sources/citation.js';
import { checkCitation, checkVersions, spansFrom, spansOf, type Versions } from '../../sources/dated.js';
import { SecmodError, type InputPath } from '../../errors/secmod-error.js';
import {
  checkArray,
  checkObject,
  checkOneOf,
  checkOptionalBoolean,
  checkString,
  checkWholeNumber,
  invalidArgument,
} from '../../internal/check.js';
import {
  dayOf,
  daysFromCivil,
  daysInMonth,
  isWeekend,
  MAX_DAY,
  MAX_YEAR,
  MIN_DAY,
  MIN_YEAR,
  weekdayOf,
  civilFromDays,
  isoOf,
} from '../../internal/days.js';
import { parseDay } from '../../internal/check.js';
import { checkKeys, keysOf, type KnownKeys } from '../../internal/keys.js';
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

/** What a version of a recurring holiday says: how its date is found, and whether it has a substitute day. */
export interface HolidayRuleValue {
  readonly date: DateRule;
  /**
   * When the day falls on a Saturday or Sunday, the holiday moves to the next weekday that is not
   * already a holiday (the "substitute day" of the Banking and Financial Dealings Act 1971, Sch. 1).
   */
  readonly substitute?: boolean | undefined;
}

/**
 * A recurring holiday as a dated rule: its versions, each in force from a day (and, where known, until
 * one), with its source. A holiday that changed is a new version, never an overwrite; a year takes its
 * occurrence from the version in force on the day the occurrence falls.
 */
export interface HolidayRule {
  /** Stable id, referenced by {@link Proclamation}s. */
  readonly id: string;
  readonly name: string;
  readonly versions: Versions<HolidayRuleValue>;
}

/** A one-off change by proclamation or decision, kept as dated data with its source. */
export type Proclamation =
  /** An extra holiday on one date. */
  | { readonly kind: 'add'; readonly date: string; readonly name: string; readonly source: Citation }
  /** One year's occurrence of a rule moved to another date (and, optionally, renamed). */
  | {
      readonly kind: 'move';
      readonly rule: string;
      readonly year: number;
      readonly to: string;
      readonly name?: string;
      readonly source: Citation;
    };

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

/** The keys of each kind of {@link DateRule}. */
const DATE_RULE_KEYS: { readonly [K in DateRule['kind']]: KnownKeys } = {
  fixed: /* @__PURE__ */ keysOf<Extract<DateRule, { kind: 'fixed' }>>()(['kind', 'month', 'day']),
  easter: /* @__PURE__ */ keysOf<Extract<DateRule, { kind: 'easter' }>>()(['kind', 'offset']),
  'nth-weekday': /* @__PURE__ */ keysOf<Extract<DateRule, { kind: 'nth-weekday' }>>()([
    'kind',
    'month',
    'weekday',
    'n',
  ]),
  'last-weekday': /* @__PURE__ */ keysOf<Extract<DateRule, { kind: 'last-weekday' }>>()(['kind', 'month', 'weekday']),
};
/** The keys of each kind of {@link Proclamation}. */
const PROCLAMATION_KEYS: { readonly [K in Proclamation['kind']]: KnownKeys } = {
  add: /* @__PURE__ */ keysOf<Extract<Proclamation, { kind: 'add' }>>()(['kind', 'date', 'name', 'source']),
  move: /* @__PURE__ */ keysOf<Extract<Proclamation, { kind: 'move' }>>()([
    'kind',
    'rule',
    'year',
    'to',
    'name',
    'source',
  ]),
};
const HOLIDAY_RULE_VALUE_KEYS = /* @__PURE__ */ keysOf<HolidayRuleValue>()(['date', 'substitute']);
const HOLIDAY_RULE_KEYS = /* @__PURE__ */ keysOf<HolidayRule>()(['id', 'name', 'versions']);
const DEFINITION_KEYS = /* @__PURE__ */ keysOf<RuleCalendarDefinition>()([
  'id',
  'name',
  'source',
  'rules',
  'proclamations',
  'firstYear',
]);

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

/** A definition's proclamations, read once: the moves by rule and year, the added days by year. */
interface ProclamationIndex {
  readonly moves: ReadonlyMap<string, { readonly day: number; readonly name: string | undefined }>;
  readonly adds: ReadonlyMap<number, readonly { readonly day: number; readonly name: string }[]>;
}
const PROCLAMATIONS = new WeakMap<RuleCalendarDefinition, ProclamationIndex>();

function proclamationsOf(def: RuleCalendarDefinition): ProclamationIndex {
  let index = PROCLAMATIONS.get(def);
  if (index === undefined) {
    const moves = new Map<string, { day: number; name: string | undefined }>();
    const adds = new Map<number, { day: number; name: string }[]>();
    for (const p of def.proclamations ?? []) {
      if (p.kind === 'move') {
        const key = `${p.rule}|${p.year}`;
        if (!moves.has(key)) moves.set(key, { day: parseDay(p.to, ['definition', 'proclamations']), name: p.name });
      } else {
        const day = parseDay(p.date, ['definition', 'proclamations']);
        const year = civilFromDays(day)[0];
        adds.set(year, [...(adds.get(year) ?? []), { day, name: p.name }]);
      }
    }
    index = { moves, adds };
    PROCLAMATIONS.set(def, index);
  }
  return index;
}

/** The [from, until] day numbers of each version of a rule (until: the day before the next, or +Infinity). */
type Spans = (versions: Versions<unknown>) => readonly (readonly [from: number, until: number])[];

const OWN_SPANS = new WeakMap<Versions<unknown>, readonly (readonly [number, number])[]>();

/**
 * {@link Spans} of secmod's own calendars, read once per table: their dates are constants under test
 * (and deep-frozen), so they are read without the checks `spansOf` makes of a caller's table, and an
 * app that imports one calendar does not bundle those.
 */
const ownSpans: Spans = (versions) => {
  let spans = OWN_SPANS.get(versions);
  if (spans === undefined) OWN_SPANS.set(versions, (spans = spansFrom(versions, dayOf)));
  return spans;
};

/** Generates one year's holidays from a definition. */
function generateYear(def: RuleCalendarDefinition, year: number, spansOf: Spans): Holiday[] {
  const occurrences: Occurrence[] = [];
  const proclaimed = proclamationsOf(def);
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  for (const rule of def.rules) {
    const spans = spansOf(rule.versions);
    const inYear: Occurrence[] = [];
    rule.versions.forEach((version, i) => {
      const [from, until] = spans[i] as readonly [number, number];
      if (until < first || from > last) return;
      const day = ruleDay(version.value.date, year);
      if (day >= from && day <= until) {
        inYear.push({ day, name: rule.name, substitute: version.value.substitute === true });
      }
    });
    if (inYear.length === 0) continue;
    const move = proclaimed.moves.get(`${rule.id}|${year}`);
    if (move !== undefined) occurrences.push({ day: move.day, name: move.name ?? rule.name, substitute: false });
    else occurrences.push(...inYear);
  }
  for (const add of proclaimed.adds.get(year) ?? [])
    occurrences.push({ day: add.day, name: add.name, substitute: false });
  occurrences.sort((a, b) => a.day - b.day);
  const taken = new Set(occurrences.filter((o) => !(o.substitute && isWeekend(o.day))).map((o) => o.day));
  const out: Holiday[] = [];
  for (const o of occurrences) {
    if (o.day < MIN_DAY || o.day > MAX_DAY) continue; // past the supported years (an Easter offset in year 1, ...)
    if (o.substitute && isWeekend(o.day)) {
      let day = o.day + 1;
      while (isWeekend(day) || taken.has(day)) day++;
      if (day > MAX_DAY) continue;
      taken.add(day);
      out.push({ date: isoOf(day), name: o.name, substituteFor: isoOf(o.day) });
    } else {
      out.push({ date: isoOf(o.day), name: o.name });
    }
  }
  return out;
}

const RULE_KINDS = ['fixed', 'easter', 'nth-weekday', 'last-weekday'] as const;

function checkDateRule(value: unknown, path: InputPath): void {
  const rule = checkObject<DateRule>(value, path, 'a DateRule { kind, ... }');
  const kind = checkOneOf(rule.kind, RULE_KINDS, [...path, 'kind'], 'date rule kind');
  checkKeys(rule, DATE_RULE_KEYS[kind], path);
  if (kind === 'easter') {
    checkWholeNumber((rule as { offset?: unknown }).offset, [...path, 'offset'], -300, 300);
    return;
  }
  const month = checkWholeNumber((rule as { month?: unknown }).month, [...path, 'month'], 1, 12);
  if (kind === 'fixed') {
    // 29 February is not a date every year has: a fixed rule must name one that is.
    checkWholeNumber((rule as { day?: unknown }).day, [...path, 'day'], 1, daysInMonth(2001, month));
    return;
  }
  checkWholeNumber((rule as { weekday?: unknown }).weekday, [...path, 'weekday'], 1, 7);
  if (kind === 'nth-weekday') checkWholeNumber((rule as { n?: unknown }).n, [...path, 'n'], 1, 4);
}

/** A definition's shape and values, so a calendar never answers from a rule that cannot be applied. */
function checkDefinition(value: unknown): void {
  const path = ['definition'];
  const def = checkObject<RuleCalendarDefinition>(
    value,
    path,
    'a RuleCalendarDefinition { id, name, source, rules, proclamations?, firstYear? }',
  );
  checkKeys(def, DEFINITION_KEYS, path);
  checkString(def.id, [...path, 'id'], 'a non-empty calendar id');
  checkString(def.name, [...path, 'name'], 'a non-empty calendar name');
  checkCitation(def.source, [...path, 'source']);
  if (def.firstYear !== undefined) checkWholeNumber(def.firstYear, [...path, 'firstYear'], MIN_YEAR, MAX_YEAR);
  const ids = new Set<string>();
  checkArray<HolidayRule>(def.rules, [...path, 'rules'], 'an array of HolidayRule').forEach((rule, i) => {
    const at = [...path, 'rules', i];
    checkObject(rule, at, 'a HolidayRule { id, name, versions }');
    checkKeys(rule, HOLIDAY_RULE_KEYS, at);
    ids.add(checkString(rule.id, [...at, 'id'], 'a non-empty rule id'));
    checkString(rule.name, [...at, 'name'], 'a non-empty holiday name');
    checkVersions<HolidayRuleValue>(rule.versions, [...at, 'versions'], 'holiday rule', (value, vpath) => {
      const v = checkObject<HolidayRuleValue>(value, vpath, 'a HolidayRuleValue { date, substitute? }');
      checkKeys(v, HOLIDAY_RULE_VALUE_KEYS, vpath);
      checkDateRule(v.date, [...vpath, 'date']);
      checkOptionalBoolean(v.substitute, [...vpath, 'substitute']);
    });
  });
  if (def.proclamations === undefined) return;
  checkArray<Proclamation>(def.proclamations, [...path, 'proclamations'], 'an array of Proclamation').forEach(
    (p, i) => {
      const at = [...path, 'proclamations', i];
      checkObject(p, at, 'a Proclamation { kind: add | move, ... }');
      const kind = checkOneOf(p.kind, ['add', 'move'] as const, [...at, 'kind'], 'proclamation kind');
      checkKeys(p, PROCLAMATION_KEYS[kind], at);
      checkCitation(p.source, [...at, 'source']);
      if (kind === 'add') {
        parseDay((p as { date?: unknown }).date, [...at, 'date']);
        checkString((p as { name?: unknown }).name, [...at, 'name'], 'a non-empty holiday name');
        return;
      }
      const move = p as Extract<Proclamation, { kind: 'move' }>;
      if (!ids.has(move.rule))
        throw invalidArgument(
          move.rule,
          [...at, 'rule'],
          `expected the id of one of the rules (${[...ids].join(', ')})`,
        );
      checkWholeNumber(move.year, [...at, 'year'], MIN_YEAR, MAX_YEAR);
      parseDay(move.to, [...at, 'to']);
      if (move.name !== undefined) checkString(move.name, [...at, 'name'], 'a non-empty holiday name');
    },
  );
}

/**
 * Builds a {@link HolidayCalendar} from recurring rules and dated proclamations. Years are generated
 * on first use and cached; the returned holidays are sorted and frozen.
 *
 * @throws {SecmodError} `invalid-argument` (with its path) for a definition that cannot be applied: an
 *   unknown rule kind, a month outside 1-12, a day the month does not always have (31 February, 29
 *   February), a fractional Easter offset, an empty id, a move naming no rule.
 * @example
 * const office = calendarFromRules({
 *   id: 'office', name: 'Office', source: { document: 'Staff handbook', status: 'enacted' },
 *   rules: [{ id: 'xmas', name: 'Christmas Day', versions: [{
 *     from: isoDate('2000-01-01'), value: { date: { kind: 'fixed', month: 12, day: 25 }, substitute: true },
 *     source: { document: 'Staff handbook', clause: '4.1', status: 'enacted' } }] }],
 * });
 * office.holidaysIn(2022); // [{ date: '2022-12-26', name: 'Christmas Day', substituteFor: '2022-12-25' }]
 */
/* @__NO_SIDE_EFFECTS__ */
export function calendarFromRules(definition: RuleCalendarDefinition): RuleCalendar {
  checkDefinition(definition);
  return ruleCalendar(definition, spansOf);
}

/**
 * @internal {@link calendarFromRules} without the definition check, for secmod's own calendars: their
 * definitions are constants under test (every UK date of the gov.uk feed), and an app that imports one
 * calendar should not bundle the checker.
 */
/* @__NO_SIDE_EFFECTS__ */
export function ruleCalendar(definition: RuleCalendarDefinition, spans: Spans = ownSpans): RuleCalendar {
  const generate = (year: number): Holiday[] => {
    if (definition.firstYear !== undefined && year < definition.firstYear) {
      throw new SecmodError(
        'out-of-range',
        `the ${definition.name} calendar starts in ${definition.firstYear}; ${year} is before its rules`,
        {
          path: ['year'],
          source: definition.source,
        },
      );
    }
    return generateYear(definition, year, spans);
  };
  return yearCachedCalendar({ id: definition.id, name: definition.name, source: definition.source }, generate, {
    definition,
  });
}
