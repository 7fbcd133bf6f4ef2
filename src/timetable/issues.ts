/**
 * The issues `validateTimetable` reports: each code with the typed fields it carries.
 */
import type { IssueOf } from '../errors/issue.js';
import type { IsoDate } from '../internal/days.js';
import type { ModificationPath } from '../lifecycle/paths.js';
import type { MilestoneKind } from './types.js';

/** A date field of a milestone. */
export type MilestoneField = 'approved' | 'until' | 'actual';

/** The fields each code of {@link validateTimetable} carries beside its message. */
export interface TimetableIssueFields {
  /** `value`: the date as given. */
  'invalid-date': { value: string };
  /** `kind`: as given; `nearest`: the known kind it is closest to, if any is close. */
  'unknown-milestone': { kind: string; nearest?: MilestoneKind | undefined };
  'duplicate-milestone': { kind: MilestoneKind };
  /** `kind`'s `field` date comes before the date of `precedes`, which it should follow. */
  'milestones-out-of-order': { kind: MilestoneKind; field: 'approved' | 'actual'; precedes: MilestoneKind };
  'milestone-not-on-path': { kind: MilestoneKind; modificationPath: ModificationPath };
  /** `kind`: the decision milestone the path needs. */
  'milestone-missing': { kind: MilestoneKind };
  /** `nearestMeeting`: the Panel meeting closest to the approved date. */
  'panel-date-not-meeting': { kind: MilestoneKind; approved: string; nearestMeeting?: IsoDate | undefined };
  /** `nearestMeeting`: the Change Board meeting closest to the approved date. */
  'change-board-date-not-meeting': { approved: string; nearestMeeting?: IsoDate | undefined };
  /** `kind` starts before `previous`, a period, ends (`previousEnds`). */
  'starts-before-previous-ends': { kind: MilestoneKind; previous: MilestoneKind; previousEnds: IsoDate };
  /** `waitsFor` ends (`ends`) after the paper deadline (`deadline`) of the meeting `kind` is at (`meeting`). */
  'papers-after-deadline': {
    kind: MilestoneKind;
    meeting: IsoDate;
    deadline: IsoDate;
    waitsFor: MilestoneKind;
    ends: IsoDate;
  };
  /** The DCC milestone `kind` is planned before `dueOn`, the due date of the assessment requested on `requestedOn`. */
  'dcc-assessment-before-due': { kind: MilestoneKind; requestedOn: IsoDate; dueOn: IsoDate };
  /** The implementation is before `earliestRelease`, the first release the decision can make. */
  'implementation-before-earliest-release': { earliestRelease: IsoDate };
  /** The Authority decision is before `earliest`, `workingDays` after the Change Board. */
  'authority-decision-too-soon': { workingDays: number; earliest: IsoDate };
  /** `workingDays` after `opens` up to `closes`, under `minimum`. */
  'consultation-too-short': {
    kind: MilestoneKind;
    workingDays: number;
    minimum: number;
    opens: IsoDate;
    closes: IsoDate;
  };
  /** `nearestRelease`: the release date closest to the approved date, where the policy has one. */
  'implementation-not-on-release': { approved: string; nearestRelease?: IsoDate | undefined };
  'implementation-before-decision': { decision: MilestoneKind; decidedIn: string };
  'implementation-before-standstill-end': { standstillEndsOn: IsoDate };
  'non-working-day': { kind: MilestoneKind; field: MilestoneField; date: IsoDate };
}

/** The codes {@link validateTimetable} reports. */
export type TimetableIssueCode = keyof TimetableIssueFields;

/** One problem {@link validateTimetable} reports: a union keyed on `code`, with the fields of its code. */
export type TimetableIssue = IssueOf<TimetableIssueFields>;
