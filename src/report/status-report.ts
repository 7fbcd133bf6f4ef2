import { addMonthsToDay } from '../calendar/add-months.js';
import { SecmodError } from '../errors/secmod-error.js';
import { checkedOnce, parseDay } from '../internal/check.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { isoOf } from '../internal/days.js';
import { MODIFICATION_PATHS } from '../lifecycle/paths.js';
import { OPEN_CATEGORIES, REFINEMENT_CATEGORIES, REPORTING_LABELS } from '../lifecycle/reporting-stage.js';
import { registerAsOf, type RegisterAsOf } from '../register/model.js';
import { checkedRegister } from '../register/parse.js';
import type { Modification, Register } from '../register/schema.js';
import { scopeReleases, validateReleaseScope } from '../releases/scope.js';
import type { ReleasePolicy } from '../releases/types.js';
import { assessmentStatusOn } from '../timetable/status.js';
import { reconcile } from './reconcile.js';
import type { DccCounts, DecisionEntry, ReportNotes, StatusReport } from './types.js';

/** A count of zero for every key, and for `not-recorded`. */
function zero<K extends string>(keys: readonly K[]): Record<K | 'not-recorded', number> {
  return Object.fromEntries(['not-recorded', ...keys].map((k) => [k, 0])) as Record<K | 'not-recorded', number>;
}
const zeroDcc = (): Record<keyof DccCounts, number> => ({
  'returned-late': 0,
  'returned-on-time': 0,
  'on-hold': 0,
  outstanding: 0,
});

/** The reporting period: after `since`, up to and including `asOf` (day numbers). */
interface Period {
  readonly since: number;
  readonly asOf: number;
}

const titleOf = (m: Modification) => (m.title === undefined ? {} : { title: m.title });
const sum = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Section 1: open proposals by stage, raised dates, new proposals and the decisions of the period. */
function summary(model: RegisterAsOf, period: Period) {
  const byCategory = zero(OPEN_CATEGORIES);
  const refinement = zero(REFINEMENT_CATEGORIES);
  let onHold = 0;
  let unknown = 0;
  let notRecorded = 0;
  const newProposals: StatusReport['newProposals'][number][] = [];
  const approvals: DecisionEntry[] = [];
  const rejections: DecisionEntry[] = [];
  const inPeriod = (day: number) => day > period.since && day <= period.asOf;
  for (const { record: m, raisedOn, status: s } of model.records) {
    if (raisedOn === undefined) notRecorded++;
    else if (inPeriod(raisedOn) && m.raisedOn !== undefined)
      newProposals.push({
        id: m.id,
        ...titleOf(m),
        raisedOn: m.raisedOn,
        ...(m.path === undefined ? {} : { path: m.path }),
      });
    if (s.decision !== undefined && inPeriod(parseDay(s.decision.decidedOn, []))) {
      const entry: DecisionEntry = {
        id: m.id,
        ...titleOf(m),
        decidedOn: s.decision.decidedOn,
        decidedBy: s.decision.decidedBy,
        subjectToEcNotification: s.decision.subjectToEcNotification,
        ...(s.decision.recommendation === undefined ? {} : { recommendation: s.decision.recommendation }),
      };
      (s.decision.outcome === 'approved' ? approvals : rejections).push(entry);
    }
    if (s.state === 'unknown') unknown++;
    if (s.state !== 'open') continue;
    byCategory[s.category ?? 'not-recorded']++;
    if (s.category === 'refinement') refinement[s.refinement ?? 'not-recorded']++;
    if (s.onHold) onHold++;
  }
  return {
    open: { total: sum(byCategory), byCategory, refinement, onHold, unknown },
    raisedDates: { recorded: model.records.length - notRecorded, notRecorded },
    newProposals,
    approvals,
    rejections,
  };
}

/** Section 2: extensions asked of a coming Panel. */
function timetables(model: RegisterAsOf, period: Period): StatusReport['extensionRequests'] {
  return model.records.flatMap(({ record: m, extensions: previous }) =>
    (m.extensionRequests ?? [])
      .filter((r) => parseDay(r.meeting, []) >= period.asOf)
      .map((r) => ({
        id: m.id,
        ...titleOf(m),
        meeting: r.meeting,
        months: r.months,
        reason: r.reason,
        ...(previous === undefined ? {} : { previous }),
        ...(r.milestone === undefined ? {} : { milestone: r.milestone }),
        ...(r.revised === undefined ? {} : { revised: r.revised }),
      })),
  );
}

/** Section 4: Working Group meetings, consultations and Panel items ahead, in date order. */
function upcoming(model: RegisterAsOf, period: Period): StatusReport['upcoming'] {
  const month = model.asOf.slice(0, 7);
  return model.records
    .flatMap(({ record: m }) =>
      (m.upcoming ?? []).flatMap((u) => {
        const when = u.date ?? u.month;
        if (when === undefined) return [];
        const ahead = u.date !== undefined ? parseDay(u.date, []) >= period.asOf : when >= month;
        return ahead ? [{ id: m.id, ...titleOf(m), kind: u.kind, when, note: u.note }] : [];
      }),
    )
    .sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0));
}

/** Section 5: release scopes and the problems in them. */
function releases(model: RegisterAsOf, policy: ReleasePolicy | undefined): StatusReport['releases'] {
  const scope = policy === undefined ? model.scope : { ...model.scope, policy };
  return { scopes: scopeReleases(scope, model.asOf), issues: validateReleaseScope(scope, model.asOf) };
}

/** Section 6: general statistics: raised by path, closed by outcome, progression and extensions of open proposals. */
function statistics(model: RegisterAsOf, period: Period): StatusReport['statistics'] {
  const yearAgo = addMonthsToDay(period.asOf, -12, ['asOf']);
  const raisedLast12Months = zero(MODIFICATION_PATHS);
  const raisedToDate = zero(MODIFICATION_PATHS);
  const closedToDate = { approved: 0, rejected: 0, withdrawn: 0 };
  const progression = zero(['late', 'on-time'] as const);
  const extensions = zero(['extended', 'required', 'not-required'] as const);
  for (const { record: m, raisedOn, status: s, progress } of model.records) {
    const path = m.path ?? 'not-recorded';
    raisedToDate[path]++;
    if (raisedOn !== undefined && raisedOn > yearAgo) raisedLast12Months[path]++;
    if (s.state === 'closed') closedToDate[s.outcome ?? 'approved']++;
    if (s.state !== 'open') continue;
    progression[progress === undefined ? 'not-recorded' : progress.late ? 'late' : 'on-time']++;
    extensions[progress === undefined ? 'not-recorded' : progress.extension]++;
  }
  return { raisedLast12Months, raisedToDate, closedToDate, progression, extensions };
}

/** Section 7: DCC assessments requested by the report date, against original and revised due dates. */
function dcc(model: RegisterAsOf, period: Period): StatusReport['dcc'] {
  const counts = {
    preliminary: { original: zeroDcc(), revised: zeroDcc() },
    impact: { original: zeroDcc(), revised: zeroDcc() },
  };
  for (const { record: m } of model.records) {
    for (const a of m.dccAssessments ?? []) {
      if (parseDay(a.requestedOn, []) > period.asOf) continue;
      counts[a.kind].original[assessmentStatusOn(a, period.asOf, 'original')]++;
      counts[a.kind].revised[assessmentStatusOn(a, period.asOf, 'revised')]++;
    }
  }
  return counts;
}

/** Section 8: the per-proposal progression table of open proposals. */
function progression(model: RegisterAsOf): StatusReport['progression'] {
  return model.records
    .filter((r) => r.status.state === 'open')
    .map(({ record: m, status: s, progress, extensions, timetable }) => ({
      id: m.id,
      ...titleOf(m),
      ...(s.category === undefined
        ? {}
        : {
            stage:
              s.category === 'refinement' && s.refinement !== undefined
                ? `${REPORTING_LABELS.refinement}: ${REPORTING_LABELS[s.refinement]}`
                : REPORTING_LABELS[s.category],
          }),
      ...(extensions === undefined ? {} : { extensions }),
      ...(progress === undefined ? {} : { status: progress.late ? ('late' as const) : ('on-time' as const) }),
      ...(timetable === undefined ? {} : { timetable }),
    }));
}

/** What the register does not record, said once each. */
function gaps(model: RegisterAsOf, report: Omit<StatusReport, 'gaps' | 'notes'>): string[] {
  const out: string[] = [];
  const open = report.open.total;
  const noStage = report.open.byCategory['not-recorded'];
  const noTimetable = report.statistics.progression['not-recorded'];
  if (noStage > 0) out.push(`${noStage} of ${open} open proposals have no recorded stage`);
  if (noTimetable > 0)
    out.push(
      `${noTimetable} of ${open} open proposals have no recorded timetable, so their progression and extension status are not known`,
    );
  if (report.raisedDates.notRecorded > 0)
    out.push(
      `${report.raisedDates.notRecorded} proposals have no recorded raised date, so new proposals and raised-in-12-months figures cannot include them`,
    );
  const noPath = report.statistics.raisedToDate['not-recorded'];
  if (noPath > 0) out.push(`${noPath} proposals have no recorded path`);
  if (report.open.unknown > 0) out.push(`${report.open.unknown} proposals have neither a history nor a status`);
  if (!model.records.some((r) => (r.record.dccAssessments ?? []).length > 0))
    out.push('no DCC assessments are recorded');
  return out;
}

/**
 * Why the sections run 1, 2, 4, ...
 * @see SECP_49_1310_11 section 3: "On the 23rd August 2017, the Change Board ..."
 */
const NUMBERING =
  "The sections keep the numbering of the SEC Panel's monthly Modification and Release Status Report. " +
  "There is no section 3: the monthly report's section 3 recounts the Change Board's votes and the decisions " +
  'that followed them; here every decision of the period, whoever made it, is under "Approvals and rejections" ' +
  'in section 1, and a Change Board vote that only recommends a decision to the Authority is not listed on its own.';

/** How to read the report, said in its text: the sections' numbering, and what section 6 cannot count. */
function notes(report: Omit<StatusReport, 'gaps' | 'notes'>): ReportNotes {
  const unknown = report.statistics.extensions['not-recorded'];
  if (unknown === 0) return { numbering: NUMBERING };
  const counted = report.progression.filter((p) => p.status === undefined && p.extensions !== undefined).length;
  return {
    numbering: NUMBERING,
    extensions:
      'Extension status is judged against the approved milestone dates of a timetable: Extended, behind them with ' +
      'an extension agreed by the report date; Required, behind them with none; Not required, on time. ' +
      `${unknown} open proposal(s) have no timetable (milestones and a path) in the register, so their status is "Not recorded"` +
      (counted === 0
        ? '.'
        : `, although section 8 lists the number and length of the extensions of ${counted} of them: those ` +
          'figures are the extensions agreed, as the register records them, which do not say whether a ' +
          'proposal is behind.'),
  };
}

/** Options of {@link statusReport}. */
export interface StatusReportOptions {
  /** The report date: every figure is as it stood on this day. */
  readonly asOf: string;
  /**
   * The previous Panel meeting: the period runs after it up to `asOf`, so it must be before `asOf`.
   * Default: one month before `asOf`.
   */
  readonly since?: string | undefined;
  /**
   * The release calendar the scopes are read against: default the SEC's; `applyRecord(...).releasePolicy`
   * (`secmod/record`) for one with the caller's record of release dates in it.
   */
  readonly releasePolicy?: ReleasePolicy | undefined;
}

const OPTIONS_KEYS = keysOf<StatusReportOptions>()(['asOf', 'since', 'releasePolicy']);

/**
 * Computes the monthly Modification and Release Status Report from a register: open proposals by
 * stage (Refinement with its sub-stages), new proposals and decisions in the period, timetable
 * extension requests, what is coming up, the release summary with its problems, general statistics,
 * DCC assessment statistics and the per-proposal progression table. Every figure is derived from the
 * records; what the register does not record is counted as `not-recorded` and listed in `gaps`, never
 * guessed. When the register carries a `published` block (the figures a monthly report printed),
 * `reconciliation` sets each printed figure beside the computed one, with how many of the printed count
 * the register does not record and why they differ.
 *
 * @throws {SecmodError} `invalid-date` for a bad `asOf` or `since`; `invalid-argument` (path `since`) when
 *   `since` is not before `asOf`.
 * @example
 * const report = statusReport(parseRegister(json), { asOf: '2017-10-06' });
 * report.open.total; // 28
 */
export function statusReport(input: Register, options: StatusReportOptions): StatusReport {
  checkRecord(options, ['options'], 'options { asOf, since?, releasePolicy? }', OPTIONS_KEYS);
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
  const model = registerAsOf(register, isoOf(asOf));
  const period: Period = { since, asOf };
  const report = {
    asOf: model.asOf,
    since: isoOf(since),
    sinceDefaulted: options.since === undefined,
    ...summary(model, period),
    extensionRequests: timetables(model, period),
    upcoming: upcoming(model, period),
    releases: releases(model, options.releasePolicy),
    statistics: statistics(model, period),
    dcc: dcc(model, period),
    progression: progression(model),
  };
  const published = register.published;
  return REPORTS.add({
    ...report,
    gaps: gaps(model, report),
    notes: notes(report),
    ...(published === undefined ? {} : { reconciliation: reconcile(report, published) }),
  } satisfies StatusReport);
}

/** @internal The reports {@link statusReport} made: the renderer need not check their shape. */
export const REPORTS = checkedOnce();
