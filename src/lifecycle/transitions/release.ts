/** The release an event names, read by `target-release` and `implemented`. */
import { parseDay } from '../../internal/check.js';
import { isoOf } from '../../internal/days.js';
import type { ReleaseTarget, ReleaseTargetInput } from '../types.js';

/** A release from an event, its date validated. */
export function releaseTarget(input: ReleaseTargetInput): ReleaseTarget {
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    ...(input.name === undefined ? {} : { name: input.name }),
    ...(input.date === undefined ? {} : { date: isoOf(parseDay(input.date, ['event', 'release', 'date'])) }),
  };
}
