import type { Citation } from '../errors/citation.js';
import { checkArray } from '../internal/check.js';
import { invalidArgument, parseDay } from '../internal/days.js';

/** Where a measure applies, for {@link requiresEcNotification}. */
export type Territory = 'great-britain' | 'northern-ireland';

/** One version of the rule: from `from` (inclusive) until the next version. */
export interface NotificationRuleVersion {
  readonly from: string;
  readonly territories: Readonly<Record<Territory, boolean>>;
  readonly source: Citation;
}

/**
 * Whether UK measures must be notified to the Commission under Directive (EU) 2015/1535, as dated
 * versions. **Unconfirmed** (no primary text found): after the transition period (31 December 2020) the
 * Directive applies to the UK only in respect of Northern Ireland, under the Protocol on
 * Ireland/Northern Ireland.
 */
export const EC_NOTIFICATION_RULE: readonly NotificationRuleVersion[] = [
  {
    from: '1973-01-01',
    territories: { 'great-britain': true, 'northern-ireland': true },
    source: {
      document: 'Directive (EU) 2015/1535 (and Directives 98/34/EC, 83/189/EEC before it)',
      clause: 'Art. 5(1)',
      note: 'the United Kingdom as a Member State, and during the transition period to 31 December 2020',
    },
  },
  {
    from: '2021-01-01',
    territories: { 'great-britain': false, 'northern-ireland': true },
    source: {
      document: 'Withdrawal Agreement, Protocol on Ireland/Northern Ireland',
      clause: 'Art. 5(4) and Annex 2',
      note: 'unconfirmed: the Directive applies to and in the UK in respect of Northern Ireland only',
    },
  },
];

/**
 * Whether a measure adopted on `date` for `territory` must be notified in draft to the European
 * Commission (and so observe a standstill period). GB measures adopted after 31 December 2020 are no
 * longer notified; Northern Ireland ones are.
 *
 * @throws {SecmodError} `invalid-date`, `invalid-argument` (unknown territory or a date before the first version).
 * @example
 * requiresEcNotification('2017-09-29', 'great-britain'); // true (SECMP0006)
 * requiresEcNotification('2021-06-01', 'great-britain'); // false
 * requiresEcNotification('2021-06-01', 'northern-ireland'); // true
 */
export function requiresEcNotification(
  date: string,
  territory: Territory,
  rule: readonly NotificationRuleVersion[] = EC_NOTIFICATION_RULE,
): boolean {
  const day = parseDay(date, ['date']);
  if (territory !== 'great-britain' && territory !== 'northern-ireland') {
    throw invalidArgument(territory, ['territory'], "expected 'great-britain' or 'northern-ireland'");
  }
  checkArray(rule, ['rule'], 'an array of NotificationRuleVersion');
  let current: NotificationRuleVersion | undefined;
  for (const version of rule) if (parseDay(version.from, ['rule', 'from']) <= day) current = version;
  if (!current)
    throw invalidArgument(
      date,
      ['date'],
      `before the first version of the notification rule (${rule[0]?.from ?? 'none'})`,
    );
  return current.territories[territory];
}
