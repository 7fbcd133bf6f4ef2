/**
 * The context a rule reads: a timetable's milestones read once (dates parsed, unknown kinds and
 * duplicates named by the reader), the path's rules and the resolved options. `validateTimetable`
 * builds one per timetable; `planTimetable` grows one as it plans.
 * @internal
 */
import { isSecmodError, type InputPath } from '../../errors/secmod-error.js';
import { isoOfWorkingDay } from '../../calendar/working-days/holiday-index.js';
import { dayOf, type IsoDate } from '../../internal/days.js';
import { nearest, unknownName } from '../../internal/nearest.js';
import { PATH_RULES, type PathRules } from '../../lifecycle/paths.js';
import { span } from '../dates.js';
import type { TimetableIssue } from '../issues.js';
import { MILESTONE_ORDER, type Milestone, type MilestoneKind, type Timetable } from '../types.js';
import type { ResolvedTimetableOptions, RuleMilestone, TimetableRuleContext, TimetableSpan } from './types.js';

/** Each milestone kind's place in the order of the phases. */
export const RANK: ReadonlyMap<string, number> = new Map(MILESTONE_ORDER.map((kind, i) => [kind, i]));

/** The context behind the interface: milestones by rank for `milestone(kind)`. */
export class RuleContext implements TimetableRuleContext {
  readonly pathRules: PathRules;
  readonly milestones: RuleMilestone[] = [];
  readonly ordered: RuleMilestone[] = [];
  /** The first milestone of each kind, by its rank in `MILESTONE_ORDER`. */
  readonly byRank: (RuleMilestone | undefined)[] = new Array<RuleMilestone | undefined>(MILESTONE_ORDER.length);

  constructor(
    readonly timetable: Timetable,
    readonly options: ResolvedTimetableOptions,
  ) {
    this.pathRules = PATH_RULES[timetable.path];
  }

  milestone(kind: MilestoneKind): RuleMilestone | undefined {
    const rank = RANK.get(kind);
    return rank === undefined ? undefined : this.byRank[rank];
  }

  iso(day: number): IsoDate {
    // The calendar's table keeps the strings of the days it covers: a plan writes the same days again and again.
    return isoOfWorkingDay(this.options.calendar, day);
  }

  /** Adds a milestone read (or planned): the first of its kind becomes the kind's, in phase order. */
  add(x: RuleMilestone, rank: number): boolean {
    this.milestones.push(x);
    if (this.byRank[rank] !== undefined) return false;
    this.byRank[rank] = x;
    // Milestones mostly come in phase order: insert from the end.
    let i = this.ordered.length;
    while (i > 0 && (RANK.get((this.ordered[i - 1] as RuleMilestone).kind) as number) > rank) i--;
    // At the end, pushed (a splice makes an array of what it removes, every time).
    if (i === this.ordered.length) this.ordered.push(x);
    else this.ordered.splice(i, 0, x);
    return true;
  }
}

/**
 * Reads a timetable into a context, reporting what the reader finds into `issues`: a date it cannot
 * read (`invalid-date`: the field is then left out), a kind it does not know (`unknown-milestone`: the
 * milestone is left out of every rule, since guessing its place would report errors that are not there)
 * and a kind twice (`duplicate-milestone`: the first counts as the kind's).
 */
export function readTimetable(
  timetable: Timetable,
  options: ResolvedTimetableOptions,
  issues: TimetableIssue[],
): RuleContext {
  const context = new RuleContext(timetable, options);
  const milestones = timetable.milestones;
  const read = (
    value: string | undefined,
    i: number,
    field: 'approved' | 'until' | 'actual',
  ): TimetableSpan | undefined => {
    if (value === undefined) return undefined;
    const day = dayOf(value);
    if (day === day) return { first: day, last: day, month: false };
    // A month, or a date to explain: the path is built only now.
    const path: InputPath = ['milestones', i, field];
    try {
      return span(value, path);
    } catch (error) {
      issues.push({
        code: 'invalid-date',
        severity: 'error',
        message: `${timetable.proposal}: ${isSecmodError(error) ? error.message : `invalid date ${JSON.stringify(value)}`}`,
        path,
        value,
      });
      return undefined;
    }
  };
  const ranks: number[] = [];
  const read_: RuleMilestone[] = [];
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i] as Milestone;
    ranks.push(RANK.get(m.kind) ?? -1);
    read_.push({
      kind: m.kind,
      index: i,
      milestone: m,
      approved: read(m.approved, i, 'approved'),
      until: read(m.until, i, 'until'),
      actual: read(m.actual, i, 'actual'),
    });
  }
  for (let i = 0; i < read_.length; i++) {
    if (ranks[i] !== -1) continue;
    const kind = (read_[i] as RuleMilestone).kind as string;
    issues.push({
      code: 'unknown-milestone',
      severity: 'error',
      message: `${timetable.proposal}: ${unknownName('milestone kind', kind, MILESTONE_ORDER)}`,
      path: ['milestones', i, 'kind'],
      kind,
      nearest: nearest(kind, MILESTONE_ORDER),
    });
  }
  for (let i = 0; i < read_.length; i++) {
    const rank = ranks[i] as number;
    if (rank === -1) continue;
    const x = read_[i] as RuleMilestone;
    if (!context.add(x, rank))
      issues.push({
        code: 'duplicate-milestone',
        severity: 'error',
        message: `${timetable.proposal}: ${x.kind} appears more than once`,
        path: ['milestones', i, 'kind'],
        kind: x.kind,
      });
  }
  return context;
}
