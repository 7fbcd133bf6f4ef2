import { deepFreeze } from '../internal/freeze.js';
import { checkObject, checkOneOf, invalidArgument, parseDay } from '../internal/check.js';
import { checkKeys, type KnownKeys } from '../internal/keys.js';
import { isoDateOf } from '../internal/days.js';
import { EC_NOTIFICATION_AFTER_2020 } from '../sources/assumptions.js';
import { directive } from '../sources/cite.js';
import { checkVersions, inForce, versionAt, type Version, type Versions } from '../sources/dated.js';

/** The territories a UK measure can apply to. */
export const TERRITORIES = /* @__PURE__ */ deepFreeze(['great-britain', 'northern-ireland'] as const);

/** Where a measure applies, for {@link requiresEcNotification}. */
export type Territory = (typeof TERRITORIES)[number];

/** What the rule says in one version: which territories' measures are notified. */
export type NotifiedTerritories = Readonly<Record<Territory, boolean>>;

/** The keys of {@link NotifiedTerritories}: the territories, no other. */
const TERRITORY_KEYS: KnownKeys = new Set(TERRITORIES);

/** One version of the rule. */
export type NotificationRuleVersion = Version<NotifiedTerritories>;

/**
 * Whether UK measures must be notified to the Commission under Directive (EU) 2015/1535, as a dated
 * rule. The second version is **unconfirmed** (no primary text found): after the transition period the
 * Directive applies to the UK only in respect of Northern Ireland, under the Protocol on
 * Ireland/Northern Ireland.
 */
export const EC_NOTIFICATION_RULE: Versions<NotifiedTerritories> = /* @__PURE__ */ deepFreeze([
  {
    from: isoDateOf('1973-01-01'),
    until: isoDateOf('2020-12-31'),
    value: { 'great-britain': true, 'northern-ireland': true },
    source: directive(
      'Art. 5(1)',
      'the United Kingdom as a Member State (Directives 83/189/EEC and 98/34/EC before it), and during the transition period to 31 December 2020',
    ),
  },
  {
    from: isoDateOf('2021-01-01'),
    value: { 'great-britain': false, 'northern-ireland': true },
    source: EC_NOTIFICATION_AFTER_2020.source,
  },
]);

/**
 * Whether a measure adopted on `date` for `territory` must be notified in draft to the European
 * Commission (and so observe a standstill period). GB measures adopted after 31 December 2020 are no
 * longer notified; Northern Ireland ones are.
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument` (unknown territory, a malformed rule),
 *   `before-first-version` (a date before the rule's first version).
 * @example
 * requiresEcNotification('2017-09-29', 'great-britain'); // true (SECMP0006)
 * requiresEcNotification('2021-06-01', 'great-britain'); // false
 * requiresEcNotification('2021-06-01', 'northern-ireland'); // true
 */
export function requiresEcNotification(
  date: string,
  territory: Territory,
  rule: Versions<NotifiedTerritories> = EC_NOTIFICATION_RULE,
): boolean {
  parseDay(date, ['date']);
  checkOneOf(territory, TERRITORIES, ['territory'], 'territory');
  if (rule !== EC_NOTIFICATION_RULE) {
    checkVersions(rule, ['rule'], 'notification rule', (value, path) => {
      const v = checkObject<NotifiedTerritories>(value, path, 'territories { great-britain, northern-ireland }');
      checkKeys(v, TERRITORY_KEYS, path);
      for (const t of TERRITORIES)
        if (typeof v[t] !== 'boolean') throw invalidArgument(v[t], [...path, t], 'expected true or false');
    });
  }
  return inForce(rule, date, ['date']).value[territory];
}

/**
 * @internal The version of {@link EC_NOTIFICATION_RULE} in force on a day number, or `undefined` before its
 * first: what `standstillPeriod` checks a UK notification's date of receipt against (one rule for both).
 */
export function notificationRuleAt(day: number): NotificationRuleVersion | undefined {
  return versionAt(EC_NOTIFICATION_RULE, day);
}
