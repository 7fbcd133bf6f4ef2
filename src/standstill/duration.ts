import type { Citation } from '../sources/citation.js';
import { checkObject } from '../internal/check.js';
import { checkKeys, keysOf } from '../internal/keys.js';
import { SecmodError } from '../errors/secmod-error.js';
import { invalidArgument } from '../internal/check.js';
import { directive } from '../sources/cite.js';
import {
  COMMISSION_ACTIONS,
  MEASURES,
  type CommissionAction,
  type Measure,
  type StandstillInput,
  type StandstillMonths,
} from './types.js';

/** A standstill duration and the clause it comes from. */
export interface StandstillDuration {
  readonly months: StandstillMonths;
  readonly basis: readonly Citation[];
}

/** The cases of Art. 6 that decide the duration. */
export type StandstillCase =
  | 'base'
  | 'opinion-voluntary-agreement'
  | 'opinion-services'
  | 'opinion-technical-regulation'
  | 'intends-to-legislate'
  | 'proposal-pending'
  | 'council-position'
  | 'urgency';

const rule = (months: StandstillMonths, clause: string, note: string): StandstillDuration =>
  Object.freeze({ months, basis: Object.freeze([Object.freeze(directive(clause, note))]) });

/**
 * The durations of Directive (EU) 2015/1535 Art. 6 as data, one entry per case (a missing case is a
 * compile error). Periods run from the Commission's date of receipt of the notification.
 */
export const STANDSTILL_DURATIONS: Readonly<Record<StandstillCase, StandstillDuration>> = Object.freeze({
  base: rule(3, 'Art. 6(1)', 'three months from the date of receipt of the notification'),
  'opinion-voluntary-agreement': rule(
    4,
    'Art. 6(2)',
    'detailed opinion on a draft in the form of a voluntary agreement: 4 months',
  ),
  'opinion-services': rule(4, 'Art. 6(2)', 'detailed opinion on a draft rule on services: 4 months'),
  'opinion-technical-regulation': rule(
    6,
    'Art. 6(2)',
    'detailed opinion on any other draft technical regulation: 6 months',
  ),
  'intends-to-legislate': rule(
    12,
    'Art. 6(3)',
    'the Commission announced its intention to propose or adopt a Union act',
  ),
  'proposal-pending': rule(
    12,
    'Art. 6(4)',
    'a proposal for a Union act presented to the European Parliament and the Council covers the matter',
  ),
  'council-position': rule(18, 'Art. 6(5)', 'Council first-reading position during the standstill of Art. 6(3)/(4)'),
  urgency: rule(0, 'Art. 6(7)', 'urgency procedure: paragraphs 1 to 5 do not apply'),
});

/** Which case of Art. 6 a consistent set of facts falls in: the most specific one that applies. */
function standstillCase(
  urgency: boolean,
  council: boolean,
  action: CommissionAction,
  opinion: boolean,
  measure: Measure,
): StandstillCase {
  if (urgency) return 'urgency';
  if (council) return 'council-position';
  if (action !== 'none') return action;
  if (!opinion) return 'base';
  if (measure === 'voluntary-agreement') return 'opinion-voluntary-agreement';
  if (measure === 'information-society-service') return 'opinion-services';
  return 'opinion-technical-regulation';
}

function flag(value: unknown, name: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw invalidArgument(value, [name], 'expected true or false');
  return value;
}

function refuse(message: string, path: string, source: Citation): never {
  throw new SecmodError(
    'invalid-combination',
    `${message} (${source.document} ${source.clause ?? ''})`.replace(' )', ')'),
    { path: [path], source },
  );
}

/**
 * The standstill period of a notification, in months, with the clause that sets it
 * (Directive (EU) 2015/1535 Art. 6). Facts the Directive does not allow together are refused with
 * `invalid-combination`, citing the article, rather than guessed at.
 *
 * | facts | months | clause |
 * |---|---|---|
 * | nothing further | 3 | Art. 6(1) |
 * | detailed opinion on a voluntary agreement | 4 | Art. 6(2) |
 * | detailed opinion on a rule on information society services | 4 | Art. 6(2) |
 * | detailed opinion on any other draft technical regulation | 6 | Art. 6(2) |
 * | Commission announces it will legislate / a pending proposal covers it | 12 | Art. 6(3) / 6(4) |
 * | Council first-reading position during that 12-month standstill | 18 | Art. 6(5) |
 * | urgency procedure | 0 | Art. 6(7) |
 *
 * @see Directive (EU) 2015/1535, Art. 6
 * @example
 * standstillDuration({ receivedOn: '2016-06-09', detailedOpinion: true }).months; // 6
 */
export function standstillDuration(input: StandstillInput): StandstillDuration {
  const checked = checkObject<StandstillInput>(input, ['input'], STANDSTILL_INPUT);
  // The facts' paths are their own names (['receivedOn']), an unknown key's too.
  checkKeys(checked, STANDSTILL_INPUT_KEYS, []);
  return durationOf(checked);
}

/** The keys of {@link StandstillInput}: any other is refused (`detailed_opinion` would silently give 3 months). @internal */
export const STANDSTILL_INPUT_KEYS = keysOf<StandstillInput>()([
  'receivedOn',
  'measure',
  'detailedOpinion',
  'commissionAction',
  'councilFirstReadingPosition',
  'urgency',
  'convention',
  'notifyingState',
  'stateCalendar',
]);

/** What a standstill input is, for messages. @internal */
export const STANDSTILL_INPUT = 'a StandstillInput { receivedOn, measure?, detailedOpinion?, ... }';

/** @internal {@link standstillDuration} of an input already known to be an object: its facts checked once, here. */
export function durationOf(input: StandstillInput): StandstillDuration {
  const measure = input.measure ?? 'technical-regulation';
  if (!MEASURES.includes(measure))
    throw invalidArgument(measure, ['measure'], `expected one of ${MEASURES.join(', ')}`);
  const action = input.commissionAction ?? 'none';
  if (!COMMISSION_ACTIONS.includes(action))
    throw invalidArgument(action, ['commissionAction'], `expected one of ${COMMISSION_ACTIONS.join(', ')}`);
  const opinion = flag(input.detailedOpinion, 'detailedOpinion');
  const council = flag(input.councilFirstReadingPosition, 'councilFirstReadingPosition');
  const urgency = flag(input.urgency, 'urgency');

  if (urgency && opinion)
    refuse(
      'a notification under the urgency procedure has no standstill for a detailed opinion to extend',
      'detailedOpinion',
      directive('Art. 6(7)'),
    );
  if (urgency && (action !== 'none' || council))
    refuse(
      'a notification under the urgency procedure has no standstill for the Commission to extend',
      action !== 'none' ? 'commissionAction' : 'councilFirstReadingPosition',
      directive('Art. 6(7)'),
    );
  if (council && action === 'none')
    refuse(
      'the 18-month standstill needs the 12-month standstill of Art. 6(3) or 6(4) first (set commissionAction)',
      'councilFirstReadingPosition',
      directive('Art. 6(5)'),
    );
  if (action !== 'none' && measure === 'information-society-service')
    refuse(
      'the 12-month standstill excludes draft rules on services',
      'commissionAction',
      directive(action === 'intends-to-legislate' ? 'Art. 6(3)' : 'Art. 6(4)'),
    );

  return STANDSTILL_DURATIONS[standstillCase(urgency, council, action, opinion, measure)];
}
