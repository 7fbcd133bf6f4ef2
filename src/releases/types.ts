import { deepFreeze } from '../internal/freeze.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { ModificationPath } from '../lifecycle/paths.js';
import type { Citation } from '../sources/citation.js';
import type { Version, Versions } from '../sources/dated.js';
import { keysOf } from '../internal/keys.js';

/** One SEC release. */
export interface Release {
  /** Stable id: `2018-06` for a scheduled release, `ad-hoc-2017-03-15` for another. */
  readonly id: string;
  readonly name: string;
  readonly date: IsoDate;
  readonly kind: 'scheduled' | 'ad-hoc';
  /** The date the policy gave, for a release moved by agreement with the Authority. */
  readonly movedFrom?: IsoDate;
  readonly source?: Citation;
  /**
   * `false`: the record shows this release on this date (a release page or news item, whose address is
   * `source.url`; or the caller's own record). `true`: the date is projected from the policy's rule, and
   * `source` names the rule and the last recorded release it was checked against. Every release secmod
   * returns says which; see `recordHorizon()` for the last date the bundled record covers.
   */
  readonly projected: boolean;
}

/**
 * A release as a caller gives it (`ReleasePolicy.adHoc`, `ScopeRegister.releases`, `releasesToIcs`):
 * `projected` may be left out, and is then read as `false`, a release of the caller's own record.
 */
export type ReleaseInput = Omit<Release, 'projected'> & { readonly projected?: boolean | undefined };

/**
 * A scheduled release the record shows: the release `id` (`2021-06`) went live, or was set by the Panel, on
 * `date`, as `source` shows (a stored page: `source.url`). It makes the release known (`projected: false`);
 * a date other than the rule's is a move (`movedFrom` is the rule's date). A policy's `recorded` list is
 * where a caller marks the releases they know (the date the Panel set, with their own reference), so that
 * only the rest are projected.
 */
export interface RecordedRelease {
  /** The scheduled release's id: `YYYY-MM` of the month its rule names. */
  readonly id: string;
  readonly date: string;
  /** Where the record shows it: for secmod's own data, a stored SEC web page (`url`) and its words. */
  readonly source: Citation;
}

/** A scheduled release in a policy version: the n-th or last given weekday of a month. */
export interface ScheduledReleaseRule {
  /** Month 1-12. */
  readonly month: number;
  /** ISO weekday, 1 = Monday ... 7 = Sunday. */
  readonly weekday: number;
  readonly which: 'first' | 'last';
  /** The release's name without the year, e.g. `June`. */
  readonly name: string;
}

/** Scope lead times: observed, not written rules, so parameters of the policy. */
export interface LeadTimes {
  /** DCC-system-impacting changes must be approved by the DCC baseline, this many months before the release. */
  readonly dccBaselineMonths: number;
  /** Other changes must be approved by the full-scope baseline, this many months before the release. */
  readonly fullScopeMonths: number;
  /**
   * When set, a change without DCC system impact may still join a release by exception until this many
   * days before it (MP203: approved 26 Oct 2022, live 3 Nov 2022). `undefined`: no late joining.
   */
  readonly lateExceptionDays?: number;
  readonly source: Citation;
}

/** What one version of the Release Management Policy says: the scheduled releases and the scope lead times. */
export interface ReleaseSchedule {
  readonly releases: readonly ScheduledReleaseRule[];
  readonly leadTimes: LeadTimes;
}

/** One version of the Release Management Policy: its schedule, in force from `from`. */
export type ReleasePolicyVersion = Version<ReleaseSchedule>;

/** A scheduled release moved by agreement with the Authority. */
export interface ReleaseMove {
  /** The scheduled release's id (`2019-11`). */
  readonly id: string;
  readonly to: string;
  readonly source: Citation;
}

/**
 * A release policy: dated versions, moves, releases outside the schedule, and the scheduled releases the
 * record shows.
 *
 * A scheduled release's date is its `recorded` date, else its move's `to`, else the rule's; it is known
 * (`projected: false`) when `recorded` lists it, projected otherwise. An ad-hoc release is known unless it
 * says `projected: true`.
 */
export interface ReleasePolicy {
  readonly versions: Versions<ReleaseSchedule>;
  readonly moves: readonly ReleaseMove[];
  readonly adHoc: readonly ReleaseInput[];
  /** The scheduled releases the record shows, each with its date and page; none when left out. */
  readonly recorded?: readonly RecordedRelease[] | undefined;
}

/** How firmly a proposal is in a release's scope. */
export const SCOPE_STATUSES = /* @__PURE__ */ deepFreeze(['targeted', 'tbc'] as const);
/** `targeted`, or `tbc`: provisionally in scope ("TBC" in the report). */
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];

/** A proposal's place in a release's scope. */
export interface ScopeTarget {
  /** A release id (`2018-06`, `ad-hoc-2017-03-15`, or one in `register.releases`) or a release date. */
  readonly release: string;
  /** `tbc`: provisionally in scope ("TBC" in the report); default `targeted`. */
  readonly status?: ScopeStatus | undefined;
  /** The scope says "no earlier than" this release. */
  readonly noEarlierThan?: boolean | undefined;
  /** When it joined the scope (for the DCC-baseline check). */
  readonly addedOn?: string | undefined;
  /** For a proposal implemented in parts: which part this release carries. */
  readonly part?: number | undefined;
}

/** What scoping needs to know of a proposal (the register module builds this from its records). */
export interface ScopeProposal {
  readonly id: string;
  readonly path?: ModificationPath | undefined;
  /** The decision or closure, once there is one. */
  readonly outcome?: 'approved' | 'rejected' | 'withdrawn' | undefined;
  readonly decidedOn?: string | undefined;
  readonly subjectToEcNotification?: boolean | undefined;
  readonly standstillEndsOn?: string | undefined;
  readonly appealWindowEndsOn?: string | undefined;
  readonly dccSystemImpact?: boolean | undefined;
  /** The date it was (fully) implemented. */
  readonly implementedOn?: string | undefined;
  /** For a proposal implemented in parts: the date of each part so far. */
  readonly implementedParts?: readonly string[] | undefined;
  readonly targets: readonly ScopeTarget[];
}

/** The minimal register that release scoping reads. */
export interface ScopeRegister {
  readonly proposals: readonly ScopeProposal[];
  /** Releases beyond the policy's (a split release, a new ad-hoc one). */
  readonly releases?: readonly ReleaseInput[] | undefined;
  readonly policy?: ReleasePolicy | undefined;
}

/** @internal The keys of each release type, for the entrance checks. */
export const RELEASE_KEYS = keysOf<Release>()(['id', 'name', 'date', 'kind', 'movedFrom', 'source', 'projected']);
/** @internal */
export const RECORDED_RELEASE_KEYS = keysOf<RecordedRelease>()(['id', 'date', 'source']);
/** @internal */
export const SCHEDULED_RELEASE_RULE_KEYS = keysOf<ScheduledReleaseRule>()(['month', 'weekday', 'which', 'name']);
/** @internal */
export const LEAD_TIMES_KEYS = keysOf<LeadTimes>()([
  'dccBaselineMonths',
  'fullScopeMonths',
  'lateExceptionDays',
  'source',
]);
/** @internal */
export const RELEASE_SCHEDULE_KEYS = keysOf<ReleaseSchedule>()(['releases', 'leadTimes']);
/** @internal */
export const RELEASE_MOVE_KEYS = keysOf<ReleaseMove>()(['id', 'to', 'source']);
/** @internal */
export const RELEASE_POLICY_KEYS = keysOf<ReleasePolicy>()(['versions', 'moves', 'adHoc', 'recorded']);
/** @internal */
export const SCOPE_TARGET_KEYS = keysOf<ScopeTarget>()(['release', 'status', 'noEarlierThan', 'addedOn', 'part']);
/** @internal */
export const SCOPE_PROPOSAL_KEYS = keysOf<ScopeProposal>()([
  'id',
  'path',
  'outcome',
  'decidedOn',
  'subjectToEcNotification',
  'standstillEndsOn',
  'appealWindowEndsOn',
  'dccSystemImpact',
  'implementedOn',
  'implementedParts',
  'targets',
]);
/** @internal */
export const SCOPE_REGISTER_KEYS = keysOf<ScopeRegister>()(['proposals', 'releases', 'policy']);
