/**
 * What the release rules (and the working-day rule's exception) share: whether a span holds a SEC
 * release under a policy, and the release date nearest to it.
 * @internal
 */
import { civilFromDays, isoOf, MAX_YEAR, MIN_YEAR, type IsoDate } from '../../../internal/days.js';
import { releaseDaysIn } from '../../../releases/calendar.js';
import type { ReleasePolicy } from '../../../releases/types.js';
import type { TimetableSpan } from '../types.js';

/** Whether a SEC release (scheduled or ad hoc) falls within the span. */
export function onRelease(s: TimetableSpan, policy: ReleasePolicy | false): boolean {
  if (policy === false) return false;
  for (const d of releaseDaysIn(civilFromDays(s.first)[0], policy)) if (d >= s.first && d <= s.last) return true;
  return false;
}

/** The release date closest to a span under a policy (the later one on a tie): those of its year and the years beside it. */
export function nearestRelease(s: TimetableSpan, policy: ReleasePolicy): IsoDate | undefined {
  const [year] = civilFromDays(s.first);
  const distance = (d: number) => (d < s.first ? s.first - d : d > s.last ? d - s.last : 0);
  let best: number | undefined;
  for (const y of [year - 1, year, year + 1]) {
    if (y < MIN_YEAR || y > MAX_YEAR) continue;
    for (const d of releaseDaysIn(y, policy))
      if (best === undefined || distance(d) < distance(best) || (distance(d) === distance(best) && d > best)) best = d;
  }
  return best === undefined ? undefined : isoOf(best);
}
