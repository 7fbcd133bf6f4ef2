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
  TERRITORIES,
  type NotificationRuleVersion,
  type NotifiedTerritories,
  type Territory,
} from './notification.js';
export { MEASURES, COMMISSION_ACTIONS, STANDSTILL_CONVENTIONS } from './types.js';
export { TRIS_STATE_CODES } from './tris-states.js';
export type {
  CommissionAction,
  Measure,
  SkippedDay,
  Standstill,
  StandstillConvention,
  StandstillInput,
  StandstillMonths,
  StandstillStep,
  StandstillWarning,
  StandstillWarningCode,
} from './types.js';
// What this module's signatures mention, so an import from this entry point alone is enough.
export * from '../common.js';
export { type StandstillErrorCode } from '../errors/index.js';
