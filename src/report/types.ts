import type { Timetable } from '../timetable/types.js';
import type { IsoDate } from '../calendar/iso-date.js';
import type { Decider, ModificationPath } from '../lifecycle/paths.js';
import type { OpenCategory, RefinementCategory } from '../lifecycle/reporting-stage.js';
import type { ReleaseScope, ReleaseScopeIssue } from '../releases/scope.js';

/** A count per key, with what the register does not record counted apart. */
export type Counts<K extends string> = Readonly<Record<K | 'not-recorded', number>>;

/** One decision in the reporting period. */
export interface DecisionEntry {
  readonly id: string;
  readonly title?: string;
  readonly decidedOn: IsoDate;
  readonly decidedBy: Decider;
  readonly subjectToEcNotification: boolean;
  readonly recommendation?: 'approve' | 'reject';
}

/** DCC assessment statuses against one due date. */
export type DccCounts = Readonly<Record<'returned-late' | 'returned-on-time' | 'on-hold' | 'outstanding', number>>;

/** The monthly Modification and Release Status Report, as data: every figure derived from the register. */
export interface StatusReport {
  readonly asOf: IsoDate;
  /** Start of the reporting period (exclusive). */
  readonly since: IsoDate;
  /** `since` was not given and defaults to one month before `asOf`. */
  readonly sinceDefaulted: boolean;
  /** Section 1: open proposals by stage. */
  readonly open: {
    readonly total: number;
    readonly byCategory: Counts<OpenCategory>;
    readonly refinement: Counts<RefinementCategory>;
    readonly onHold: number;
    /** Records whose standing the register does not say (neither history nor status). */
    readonly unknown: number;
  };
  /**
   * Proposals with and without a recorded raised date: new proposals, and those raised in the last 12
   * months, can only be counted among the `recorded` ones.
   */
  readonly raisedDates: { readonly recorded: number; readonly notRecorded: number };
  /** Section 1: proposals raised in the period (among those with a recorded raised date). */
  readonly newProposals: readonly {
    readonly id: string;
    readonly title?: string;
    readonly raisedOn: IsoDate;
    readonly path?: ModificationPath;
  }[];
  /** Section 1: decisions in the period. */
  readonly approvals: readonly DecisionEntry[];
  readonly rejections: readonly DecisionEntry[];
  /** Section 2: extensions asked of the next Panel. */
  readonly extensionRequests: readonly {
    readonly id: string;
    readonly title?: string;
    readonly meeting: IsoDate;
    readonly months: number;
    readonly reason: string;
    readonly previous?: { readonly count: number; readonly totalMonths: number };
    readonly milestone?: string;
    readonly revised?: string;
  }[];
  /** Section 4: Working Group meetings, consultations and Panel items ahead. */
  readonly upcoming: readonly {
    readonly id: string;
    readonly title?: string;
    readonly kind: string;
    readonly when: string;
    readonly note: string;
  }[];
  /** Section 5: release scopes and the problems in them. */
  readonly releases: { readonly scopes: readonly ReleaseScope[]; readonly issues: readonly ReleaseScopeIssue[] };
  /** Section 6: general statistics. */
  readonly statistics: {
    /** By path, among the proposals with a recorded raised date (`not-recorded`: the path is not recorded). */
    readonly raisedLast12Months: Counts<ModificationPath>;
    /** By path (`not-recorded`: the path is not recorded). */
    readonly raisedToDate: Counts<ModificationPath>;
    readonly closedToDate: Readonly<Record<'approved' | 'rejected' | 'withdrawn', number>>;
    readonly progression: Counts<'late' | 'on-time'>;
    readonly extensions: Counts<'extended' | 'required' | 'not-required'>;
  };
  /** Section 7: DCC assessments against original and revised due dates. */
  readonly dcc: Readonly<
    Record<'preliminary' | 'impact', { readonly original: DccCounts; readonly revised: DccCounts }>
  >;
  /** Section 8: the per-proposal progression table (open proposals). */
  readonly progression: readonly {
    readonly id: string;
    readonly title?: string;
    readonly stage?: string;
    readonly extensions?: { readonly count: number; readonly totalMonths: number };
    readonly status?: 'late' | 'on-time';
    /** The proposal's timetable, where the register records one (the Markdown report charts it). */
    readonly timetable?: Timetable;
  }[];
  /** What the register could not say, so the figures above leave it apart. */
  readonly gaps: readonly string[];
  /** How to read the report, said in its own text (the renderer prints each where it applies). */
  readonly notes: ReportNotes;
  /**
   * Each figure the monthly report printed set beside the one computed from the register: present when
   * the register carries a published block.
   */
  readonly reconciliation?: readonly ReconciliationRow[];
}

/** One printed figure of the monthly report beside the figure computed from the register. */
export interface ReconciliationRow {
  /** Which figure, e.g. "Open proposals: Refinement". */
  readonly figure: string;
  /** The section of SECP_49_1310_11, or of the register's published block, that printed it. */
  readonly section: string;
  /** The figure computed from the register. */
  readonly computed: number;
  /** The figure the report printed. */
  readonly published: number;
  /** How many of the published figure the register does not record (the gap between the two). */
  readonly notRecorded: number;
  /** Why the two differ (or that they agree). */
  readonly why: string;
}

/** What the rendered report says about its own shape, beside the sections it concerns. */
export interface ReportNotes {
  /** Why the sections run 1, 2, 4, ...: the monthly report's numbering, without its section 3. */
  readonly numbering: string;
  /**
   * Section 6, when some open proposals' extension status is not recorded: why, and why section 8 can
   * still list their number and length of extensions.
   */
  readonly extensions?: string;
}
