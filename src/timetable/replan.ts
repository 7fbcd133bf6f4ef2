import { SecmodError } from '../errors/secmod-error.js';
import { parseDay } from '../internal/check.js';
import { isoOf } from '../internal/days.js';
import { applyExtension } from './extensions.js';
import { Forward } from './forward.js';
import { resolveOptions, type ValidateTimetableOptions } from './options.js';
import type { Plan } from './plan.js';
import { RANK } from './rules/context.js';
import type { AnyTimetableRule, SecTimetableRule } from './rules/types.js';
import type { Extension, Milestone, Timetable } from './types.js';

/**
 * Applies a Panel-agreed extension and plans again what is still to come, so that the extended
 * timetable passes its own validation: `applyExtension` moves every milestone not yet achieved by whole
 * months, which lands most of them on days with no meeting or release; `replanTimetable` keeps what
 * happened (the milestones before the extension's, as they are), starts each moved day-precise date
 * where the extension put it, and runs the rules forward from there, as `planTimetable` does: to the
 * next meeting, release, Working Day or consultation length each rule allows. A month-precise date
 * (`YYYY-MM`) keeps its month.
 *
 * `options` are `validateTimetable`'s (a plan's own `plan.options` for a plan): the result passes
 * `validateTimetable(result.timetable, options)` with no error, and `reasons` says why each moved date is
 * where it is.
 *
 * @throws {SecmodError} as `applyExtension` (`invalid-extension`, `moves-achieved-milestone`, ...),
 *   `invalid-argument` for a milestone kind given twice, and as `planTimetable` (`no-meeting`,
 *   `no-release`, `no-plan`, `invalid-rule`).
 * @example
 * const plan = planTimetable(
 *   { proposal: 'MP2', path: 'self-governance', convertedOn: '2022-01-21' },
 *   { panelMeetings: SEC_PANEL, changeBoardMeetings: SEC_CHANGE_BOARD, minConsultationWorkingDays: 15 },
 * );
 * const next = replanTimetable(plan.timetable, { agreedOn: '2022-03-18', months: 2, reason: 'WG', by: 'panel' }, plan.options);
 * validateTimetable(next.timetable, plan.options); // []
 */
export function replanTimetable<R extends AnyTimetableRule = SecTimetableRule>(
  timetable: Timetable,
  extension: Extension,
  options: ValidateTimetableOptions<R> = {},
): Plan<R> {
  const extended = applyExtension(timetable, extension);
  const o = resolveOptions(options);
  const seen = new Set<string>();
  timetable.milestones.forEach((m, i) => {
    if (seen.has(m.kind))
      throw new SecmodError('invalid-argument', `${timetable.proposal}: ${m.kind} appears more than once`, {
        path: ['timetable', 'milestones', i, 'kind'],
      });
    seen.add(m.kind);
  });
  const agreed = parseDay(extension.agreedOn, ['extension', 'agreedOn']);
  const forward = new Forward(timetable.proposal, timetable.path, o, {}, agreed);
  if (timetable.dccAssessments !== undefined) forward.assessments.push(...timetable.dccAssessments);
  const because = {
    rule: 'request' as const,
    message: `moved ${extension.months} month(s) by the extension agreed on ${extension.agreedOn}`,
  };

  // In the order of the phases: what is kept first, then each moved date run forward.
  const order = extended.milestones.map((m, i) => ({ m, i })).sort((a, b) => rank(a.m) - rank(b.m));
  const out: Milestone[] = [...extended.milestones];
  for (const { m, i } of order) {
    const before = timetable.milestones[i] as Milestone;
    const moved = m.approved !== before.approved;
    if (!moved || m.approved.length !== 10) {
      forward.add(m);
      continue;
    }
    const approved = forward.fix(m.kind, 'approved', parseDay(m.approved, []), because);
    forward.add({ ...m, approved: isoOf(approved), until: undefined });
    let next: Milestone = { ...m, approved: isoOf(approved) };
    if (m.until !== undefined && m.until.length === 10) {
      const from = Math.max(parseDay(m.until, []), approved);
      const until = forward.fix(m.kind, 'until', from, from === parseDay(m.until, []) ? because : undefined);
      next = { ...next, until: isoOf(until) };
    }
    if (next.until === undefined) {
      const { until: _, ...rest } = next;
      next = rest;
    }
    forward.replaceLast(next);
    out[i] = next;
  }
  forward.checkWhole();
  return {
    timetable: { ...extended, milestones: out },
    reasons: forward.reasons,
    options,
    projected: forward.reasons.some((r) => r.rule === 'meeting' && r.projected),
  };
}

const rank = (m: Milestone): number => RANK.get(m.kind) ?? Number.MAX_SAFE_INTEGER;
