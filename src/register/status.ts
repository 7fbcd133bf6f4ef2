import type { IsoDate } from '../calendar/iso-date.js';
import { parseDay } from '../internal/check.js';
import { initialState } from '../lifecycle/initial-state.js';
import { replay } from '../lifecycle/replay.js';
import { reportingStage, type OpenCategory, type RefinementCategory } from '../lifecycle/reporting-stage.js';
import type { Decision, LifecycleOptions, LifecycleState } from '../lifecycle/types.js';
import type { ScopeProposal, ScopeRegister } from '../releases/scope.js';
import type { Timetable } from '../timetable/types.js';
import { SCOPE_REGISTERS } from '../releases/check.js';
import { checkedRecord, checkedRegister } from './parse.js';
import type { Modification, Register } from './schema.js';

/** Where a record stands on a date, from its history or its status snapshot. */
export interface RecordStatus {
  /** Open, closed, or not recorded in the register. */
  readonly state: 'open' | 'closed' | 'unknown';
  /** For an open proposal: its report category, when recorded. */
  readonly category?: OpenCategory;
  readonly refinement?: RefinementCategory;
  readonly onHold: boolean;
  /** For a closed proposal: how it closed. */
  readonly outcome?: 'approved' | 'rejected' | 'withdrawn';
  readonly implemented: boolean;
  readonly decision?: Decision;
  readonly implementedOn?: IsoDate;
  /** The lifecycle state, for a record with a history. */
  readonly lifecycle?: LifecycleState;
}

/** Replays a record's history up to a date (events after it are not yet known). */
function lifecycleAt(m: Modification, asOf: number, options?: LifecycleOptions): LifecycleState | undefined {
  if (m.history === undefined || m.raisedOn === undefined || m.path === undefined || parseDay(m.raisedOn, []) > asOf)
    return undefined;
  const events = m.history.filter((e) => parseDay(e.date, []) <= asOf);
  const result = replay(
    initialState({
      id: m.id,
      path: m.path,
      raisedOn: m.raisedOn,
      urgent: m.urgent === true,
      ...(m.alternativeOf === undefined ? {} : { alternativeOf: m.alternativeOf }),
    }),
    events,
    options,
  );
  return result.ok ? result.state : undefined;
}

/**
 * Where a record stands on `asOf`: replayed from its history, or read from its status snapshot and
 * decision. An approved proposal is open (Pending Implementation) until it is implemented, as the
 * status report counts it.
 */
export function recordStatus(record: Modification, asOf: string, options?: LifecycleOptions): RecordStatus {
  return statusOn(checkedRecord(record), parseDay(asOf, ['asOf']), options);
}

/** @internal {@link recordStatus} of a checked record on a day. */
export function statusOn(m: Modification, as: number, options?: LifecycleOptions): RecordStatus {
  const state = lifecycleAt(m, as, options);
  if (state !== undefined) {
    const stage = reportingStage(state);
    const decision = 'decision' in state ? state.decision : undefined;
    const implementedOn = state.stage === 'implemented' ? state.implementedOn : undefined;
    return stage.status === 'open'
      ? {
          state: 'open',
          category: stage.category,
          ...(stage.refinement === undefined ? {} : { refinement: stage.refinement }),
          onHold: stage.onHold,
          implemented: false,
          lifecycle: state,
          ...(decision === undefined ? {} : { decision }),
        }
      : {
          state: 'closed',
          outcome: stage.outcome,
          onHold: false,
          implemented: stage.implemented,
          lifecycle: state,
          ...(decision === undefined ? {} : { decision }),
          ...(implementedOn === undefined ? {} : { implementedOn }),
        };
  }
  const decided = m.decision !== undefined && parseDay(m.decision.decidedOn, []) <= as ? m.decision : undefined;
  const decision: Decision | undefined =
    decided === undefined
      ? undefined
      : {
          outcome: decided.outcome,
          decidedOn: decided.decidedOn,
          decidedBy: decided.decidedBy,
          subjectToEcNotification: decided.subjectToEcNotification === true,
          ...(decided.recommendation === undefined
            ? {}
            : { recommendation: decided.recommendation.vote === 'recommend-approval' ? 'approve' : 'reject' }),
          ...(decided.appealWindowEndsOn === undefined ? {} : { appealWindowEndsOn: decided.appealWindowEndsOn }),
        };
  const extra = decision === undefined ? {} : { decision };
  const implemented = m.implementedOn !== undefined && parseDay(m.implementedOn, []) <= as;
  if (implemented || m.status?.state === 'implemented') {
    return {
      state: 'closed',
      outcome: 'approved',
      onHold: false,
      implemented: true,
      ...extra,
      ...(m.implementedOn === undefined ? {} : { implementedOn: m.implementedOn }),
    };
  }
  if (decision?.outcome === 'rejected' || m.status?.state === 'rejected')
    return { state: 'closed', outcome: 'rejected', onHold: false, implemented: false, ...extra };
  if (m.status?.state === 'withdrawn')
    return { state: 'closed', outcome: 'withdrawn', onHold: false, implemented: false, ...extra };
  if (decision?.outcome === 'approved' || m.status?.state === 'approved')
    return { state: 'open', category: 'pending-implementation', onHold: false, implemented: false, ...extra };
  if (m.status?.state === 'open') {
    return {
      state: 'open',
      ...(m.status.stage === undefined ? {} : { category: m.status.stage }),
      ...(m.status.refinement === undefined ? {} : { refinement: m.status.refinement }),
      onHold: m.status.onHold === true,
      implemented: false,
    };
  }
  return { state: 'unknown', onHold: false, implemented: false };
}

/**
 * The record's timetable in `secmod/timetable`'s terms, when it has one (and a path): its milestones and
 * extensions, and the record's DCC assessments. A `Timetable` put in a record comes back as it was.
 */
export function recordTimetable(record: Modification): Timetable | undefined {
  return timetableOf(checkedRecord(record));
}

/** @internal {@link recordTimetable} of a checked record. */
export function timetableOf(m: Modification): Timetable | undefined {
  if (m.timetable === undefined || m.path === undefined) return undefined;
  return {
    proposal: m.id,
    path: m.path,
    milestones: m.timetable.milestones,
    extensions: m.timetable.extensions,
    ...(m.dccAssessments === undefined ? {} : { dccAssessments: m.dccAssessments }),
  };
}

/** Number and total length of extensions: from the timetable, or the recorded summary. */
export function recordExtensions(record: Modification): { count: number; totalMonths: number } | undefined {
  return extensionsOf(checkedRecord(record));
}

/** @internal {@link recordExtensions} of a checked record. */
export function extensionsOf(m: Modification): { count: number; totalMonths: number } | undefined {
  if (m.timetable !== undefined)
    return {
      count: m.timetable.extensions.length,
      totalMonths: m.timetable.extensions.reduce((s, e) => s + e.months, 0),
    };
  return m.extensionSummary;
}

/**
 * The register as the minimal input `secmod/releases` scoping reads, as of a date.
 *
 * @example
 * validateReleaseScope(toScopeRegister(register, '2017-10-06'), '2017-10-06');
 */
export function toScopeRegister(register: Register, asOf: string): ScopeRegister {
  const as = parseDay(asOf, ['asOf']);
  return scopeRegisterOf(checkedRegister(register).proposals.map((m) => scopeProposalOf(m, statusOn(m, as))));
}

/** @internal The scope register of proposals already in scoping's terms: sound by construction. */
export const scopeRegisterOf = (proposals: readonly ScopeProposal[]): ScopeRegister =>
  SCOPE_REGISTERS.add({ proposals });

/** @internal A record in release scoping's terms, from where it stands. */
export function scopeProposalOf(m: Modification, s: RecordStatus): ScopeProposal {
  const lifecycle = s.lifecycle;
  const parts =
    lifecycle !== undefined && (lifecycle.stage === 'implemented' || lifecycle.stage === 'pending-implementation')
      ? lifecycle.partsImplemented
      : undefined;
  const implementedOn =
    s.implementedOn ?? (m.implementedOn !== undefined && s.implemented ? m.implementedOn : undefined);
  return {
    id: m.id,
    ...(m.path === undefined ? {} : { path: m.path }),
    ...(s.outcome !== undefined
      ? { outcome: s.outcome }
      : s.decision !== undefined
        ? { outcome: s.decision.outcome }
        : {}),
    ...(s.decision === undefined
      ? {}
      : { decidedOn: s.decision.decidedOn, subjectToEcNotification: s.decision.subjectToEcNotification }),
    ...(s.decision?.appealWindowEndsOn === undefined ? {} : { appealWindowEndsOn: s.decision.appealWindowEndsOn }),
    ...(m.dccSystemImpact === undefined ? {} : { dccSystemImpact: m.dccSystemImpact }),
    ...(implementedOn === undefined ? {} : { implementedOn }),
    ...(parts === undefined || parts.length === 0 ? {} : { implementedParts: parts }),
    targets: m.releases ?? [],
  };
}
