/**
 * EU standstill periods for draft technical regulations notified under Directive (EU) 2015/1535,
 * in the convention TRIS publishes and in the strict reading of Regulation 1182/71.
 *
 * @module standstill
 */
export { standstillPeriod } from './standstill-period.js';
export { standstillDuration, STANDSTILL_DURATIONS, type StandstillCase, type StandstillDuration } from './duration.js';
export {
  requiresEcNotification,
  EC_NOTIFICATION_RULE,
  type NotificationRuleVersion,
  type Territory,
} from './notification.js';
export type {
  CommissionAction,
  Measure,
  SkippedDay,
  Standstill,
  StandstillConvention,
  StandstillInput,
  StandstillMonths,
} from './types.js';
