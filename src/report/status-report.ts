import { addMonthsToDay } from '../calendar/add-months.js';
import type { IsoDate } from '../calendar/iso-date.js';
import { SecmodError } from '../errors/secmod-error.js';
import { checkedOnce, checkObject } from '../internal/check.js';
import { checkedRegister } from '../register/parse.js';
import { isoOf } from '../internal/days.js';
import { parseDay } from '../internal/check.js';
import type { ModificationPath } from '../lifecycle/paths.js';
import { MODIFICATION_PATHS } from '../lifecycle/paths.js';
import { REPORTING_LABELS, type OpenCategory, type RefinementCategory } from '../lifecycle/reporting-stage.js';
import { recordExtensions, recordStatus, recordTimetable, toScopeRegister } from '../register/status.js';
import type { Register } from '../register/schema.js';
import { scopeReleases, validateReleaseScope } from '../releases/scope.js';
import { dccAssessmentStatus, extensionStatus, progressStatus } from '../timetable/status.js';
import type { DccAssessment } from '../timetable/types.js';
import type { DccCounts, DecisionEntry, StatusReport } from './types.js';

const OPEN_CATEGORIES: readonly OpenCategory[] = [
  'development-stage',
  'initial-modification-report',
  'refinement',
  'modification-report',
  'change-board',
  'awaiting-panel-decision',
  'awaiting-authority-decision',
  'pending-implementation',
];
const REFINEMENT: readonly RefinementCategory[] = [
  'wg-solution-development',
  'dcc-assessment',
  'industry-consultation',
];

function zero<K extends string>(keys: readonly K[]): Record<K | 'not-recorded', number> {
  const out = { 'not-recorded': 0 } as Record<K | 'not-recorded', number>;
  for (const k of keys) out[k] = 0;
  return out;
}
const zeroDcc = (): Record<keyof DccCounts, number> => ({
  'returned-late': 0,
  'returned-on-time': 0,
  'on-hold': 0,
  outstanding: 0,
});

/** Options of {@link statusReport}. */
export interface StatusReportOptions {
  /** The report date: every figure is as it stood on this day. */
  readonly asOf: string;
  /**
   * The previous Panel meeting: the period runs after it up to `asOf`, so it must be before `asOf`.
   * Default: one month before `asOf`.
   */
  readonly since?: string;
}

/**
 * Computes the monthly Modification and Release Status Report from a register: open proposals by
 * stage (Refinement with its sub-stages), new proposals and decisions in the period, timetable
 * extension requests, what is coming up, the release summary with its problems, general statistics,
 * DCC assessment statistics and the per-proposal progression table. Every figure is derived from the
 * records; what the register does not record is counted as `not-recorded` and listed in `gaps`, never
 * guessed.
 *
 * @throws {SecmodError} `invalid-date` for a bad `asOf` or `since`; `invalid-argument` (path `since`) when
 *   `since` is not before `asOf`.
 * @example
 * const report = statusReport(parseRegister(json), { asOf: '2017-10-06' });
 * report.open.total; // 28
 */
export function statusReport(input: Register, options: StatusReportOptions): StatusReport {
  checkObject(options, ['options'], 'options { asOf, since? }');
  const register = checkedRegister(input);
  const asOf = parseDay(options.asOf, ['asOf']);
  const since = options.since === undefined ? addMonthsToDay(asOf, -1, ['asOf']) : parseDay(options.since, ['since']);
  if (since >= asOf) {
    throw new SecmodError(
      'invalid-argument',
      `since (${isoOf(since)}) must be before asOf (${isoOf(asOf)}): the period runs after since up to asOf`,
      { path: ['since'] },
    );
  }
  const asOfIso = isoOf(asOf);
  const inPeriod = (d: string) => parseDay(d, []) > since && parseDay(d, []) <= asOf;
  const yearAgo = addMonthsToDay(asOf, -12, ['asOf']);

  const byCategory = zero(OPEN_CATEGORIES);
  const refinement = zero(REFINEMENT);
  let onHold = 0;
  let unknown = 0;
  const raisedLast12Months = zero(MODIFICATION_PATHS);
  const raisedToDate = zero(MODIFICATION_PATHS);
  const closedToDate = { approved: 0, rejected: 0, withdrawn: 0 };
  const progression = zero(['late', 'on-time'] as const);
  const extensions = zero(['extended', 'required', 'not-required'] as const);
  const dcc = {
    preliminary: { original: zeroDcc(), revised: zeroDcc() },
    impact: { original: zeroDcc(), revised: zeroDcc() },
  };
  const approvals: DecisionEntry[] = [];
  const rejections: DecisionEntry[] = [];
  const newProposals: StatusReport['newProposals'][number][] = [];
  const extensionRequests: StatusReport['extensionRequests'][number][] = [];
  const upcoming: StatusReport['upcoming'][number][] = [];
  const table: StatusReport['progression'][number][] = [];
  let noRaisedOn = 0;
  let noStage = 0;
  let noTimetable = 0;

  for (const m of register.proposals) {
    if (m.raisedOn !== undefined && parseDay(m.raisedOn, []) > asOf) continue; // not yet raised
    const title = m.title === undefined ? {} : { title: m.title };
    const s = recordStatus(m, asOfIso);

    // Raised: to date and in the last 12 months, by path.
    const pathKey: ModificationPath | 'not-recorded' = m.path ?? 'not-recorded';
    raisedToDate[pathKey]++;
    // A proposal with no raised date cannot be placed in a period: it is counted once, apart.
    if (m.raisedOn === undefined) {
      noRaisedOn++;
    } else {
      if (parseDay(m.raisedOn, []) > yearAgo) raisedLast12Months[pathKey]++;
      if (inPeriod(m.raisedOn))
        newProposals.push({
          id: m.id,
          ...title,
          raisedOn: m.raisedOn as IsoDate,
          ...(m.path === undefined ? {} : { path: m.path }),
        });
    }

    // Decisions in the period.
    if (s.decision !== undefined && inPeriod(s.decision.decidedOn)) {
      const entry: DecisionEntry = {
        id: m.id,
        ...title,
        decidedOn: s.decision.decidedOn,
        decidedBy: s.decision.decidedBy,
        subjectToEcNotification: s.decision.subjectToEcNotification,
        ...(s.decision.recommendation === undefined ? {} : { recommendation: s.decision.recommendation }),
      };
      (s.decision.outcome === 'approved' ? approvals : rejections).push(entry);
    }

    // Open proposals by stage; closed ones by outcome.
    if (s.state === 'unknown') unknown++;
    else if (s.state === 'closed') closedToDate[s.outcome ?? 'approved']++;
    else {
      if (s.category === undefined) {
        byCategory['not-recorded']++;
        noStage++;
      } else byCategory[s.category]++;
      if (s.category === 'refinement') refinement[s.refinement ?? 'not-recorded']++;
      if (s.onHold) onHold++;
      const timetable = recordTimetable(m);
      if (timetable === undefined) {
        progression['not-recorded']++;
        extensions['not-recorded']++;
        noTimetable++;
      } else {
        progression[progressStatus(timetable, asOfIso)]++;
        extensions[extensionStatus(timetable, asOfIso)]++;
      }
      const ext = recordExtensions(m);
      table.push({
        id: m.id,
        ...title,
        ...(s.category === undefined
          ? {}
          : {
              stage:
                s.category === 'refinement' && s.refinement !== undefined
                  ? `${REPORTING_LABELS.refinement}: ${REPORTING_LABELS[s.refinement]}`
                  : REPORTING_LABELS[s.category],
            }),
        ...(ext === undefined ? {} : { extensions: ext }),
        ...(timetable === undefined ? {} : { status: progressStatus(timetable, asOfIso) }),
      });
    }

    // DCC assessments requested by the report date.
    for (const a of (m.dccAssessments ?? []) as readonly DccAssessment[]) {
      if (parseDay(a.requestedOn, []) > asOf) continue;
      dcc[a.kind].original[dccAssessmentStatus(a, asOfIso, 'original')]++;
      dcc[a.kind].revised[dccAssessmentStatus(a, asOfIso, 'revised')]++;
    }

    // Extension requests for a coming Panel, and what else is ahead.
    for (const r of m.extensionRequests ?? []) {
      if (parseDay(r.meeting, []) < asOf) continue;
      const previous = recordExtensions(m);
      extensionRequests.push({
        id: m.id,
        ...title,
        meeting: r.meeting as IsoDate,
        months: r.months,
        reason: r.reason,
        ...(previous === undefined ? {} : { previous }),
        ...(r.milestone === undefined ? {} : { milestone: r.milestone }),
        ...(r.revised === undefined ? {} : { revised: r.revised }),
      });
    }
    for (const u of m.upcoming ?? []) {
      const when = u.date ?? u.month;
      if (when === undefined) continue;
      const ahead = u.date !== undefined ? parseDay(u.date, []) >= asOf : `${u.month}` >= asOfIso.slice(0, 7);
      if (ahead) upcoming.push({ id: m.id, ...title, kind: u.kind, when, note: u.note });
    }
  }

  const scope = toScopeRegister(register, asOfIso);
  const gaps: string[] = [];
  const open = Object.values(byCategory).reduce((a, b) => a + b, 0);
  if (noStage > 0) gaps.push(`${noStage} of ${open} open proposals have no recorded stage`);
  if (noTimetable > 0)
    gaps.push(
      `${noTimetable} of ${open} open proposals have no recorded timetable, so their progression and extension status are not known`,
    );
  if (noRaisedOn > 0)
    gaps.push(
      `${noRaisedOn} proposals have no recorded raised date, so new proposals and raised-in-12-months figures cannot include them`,
    );
  const noPath = raisedToDate['not-recorded'];
  if (noPath > 0) gaps.push(`${noPath} proposals have no recorded path`);
  if (unknown > 0) gaps.push(`${unknown} proposals have neither a history nor a status`);
  if (!register.proposals.some((m) => (m.dccAssessments ?? []).length > 0))
    gaps.push('no DCC assessments are recorded');

  return REPORTS.add({
    asOf: asOfIso,
    since: isoOf(since),
    sinceDefaulted: options.since === undefined,
    open: { total: open, byCategory, refinement, onHold, unknown },
    raisedDates: {
      recorded: Object.values(raisedToDate).reduce((a, b) => a + b, 0) - noRaisedOn,
      notRecorded: noRaisedOn,
    },
    newProposals,
    approvals,
    rejections,
    extensionRequests,
    upcoming: upcoming.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0)),
    releases: { scopes: scopeReleases(scope, asOfIso), issues: validateReleaseScope(scope, asOfIso) },
    statistics: { raisedLast12Months, raisedToDate, closedToDate, progression, extensions },
    dcc,
    progression: table,
    gaps,
  } satisfies StatusReport);
}

/** @internal The reports {@link statusReport} made: the renderer need not check their shape. */
export const REPORTS = checkedOnce();
