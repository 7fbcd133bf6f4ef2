import { deepFreeze } from '../internal/freeze.js';
import { anyArray } from '../internal/parse.js';
import { z } from 'zod';
import {
  dateSchema as date,
  dayOrMonthSchema as dayOrMonth,
  monthSchema,
  strictObject,
  vocabulary,
} from '../internal/schema.js';
import { DECIDERS } from '../lifecycle/paths.js';
import { OPEN_CATEGORIES, REFINEMENT_CATEGORIES } from '../lifecycle/reporting-stage.js';
import { lifecycleEventSchema, pathSchema as path } from '../lifecycle/schema.js';
import { DECISION_OUTCOMES, RECOMMENDATION_VOTES } from '../lifecycle/types.js';
import { SCOPE_STATUSES } from '../releases/scope.js';
import { dccAssessmentSchema, extensionSchema, milestoneKindSchema, milestoneSchema } from '../timetable/schema.js';
import { publishedSchema } from './published.js';

/** How a record without a history says where the proposal stands. */
export const RECORD_STATES = /* @__PURE__ */ deepFreeze([
  'open',
  'approved',
  'rejected',
  'withdrawn',
  'implemented',
] as const);

/** What an upcoming item of a record is (the report's section 4). */
export const UPCOMING_KINDS = /* @__PURE__ */ deepFreeze([
  'working-group',
  'consultation',
  'panel',
  'change-board',
] as const);

/** SECMP0001-style (until spring 2019), MP070-style, DP drafts; a capital letter suffix for an Alternative. */
export const proposalIdSchema = z
  .string()
  .regex(/^(SECMP\d{4}|MP\d{3,}|DP\d{3,})[A-Z]?$/, 'expected a proposal id such as SECMP0006, MP084, DP120 or MP102A')
  .describe('Proposal id: SECMP0006, MP084, DP120, MP102A (Alternative)');

export { lifecycleEventSchema };

/**
 * A record's timetable: its milestones and extensions, in the shape `secmod/timetable` reads a
 * `Timetable` (so one can be put here as it is): its `proposal` and `path`, if given, must be the
 * record's, and its `dccAssessments` are the record's (given here or on the record, not both).
 */
const recordTimetableSchema = strictObject({
  proposal: z.string().min(1).optional(),
  path: path.optional(),
  milestones: z.array(milestoneSchema),
  extensions: z.array(extensionSchema),
  dccAssessments: z.array(dccAssessmentSchema).optional(),
});

/** A record's timetable as a parsed record keeps it: its milestones and extensions (what is the record's own is on the record). */
export interface RecordTimetable {
  milestones: z.output<typeof milestoneSchema>[];
  extensions: z.output<typeof extensionSchema>[];
}

/** One proposal in the register: every field the sources do not give stays absent. */
const recordSchema = strictObject({
  id: proposalIdSchema,
  title: z.string().min(1).optional(),
  path: path.optional(),
  urgent: z.boolean().optional(),
  /** For an Alternative Proposal: the proposal it is an alternative to. */
  alternativeOf: proposalIdSchema.optional(),
  dccSystemImpact: z.boolean().optional(),
  /** Notification under Directive (EU) 2015/1535: whether needed and when the Commission received it. */
  ecNotification: strictObject({ required: z.boolean(), receivedOn: date.optional() }).optional(),
  raisedOn: date.optional(),
  /** The events since it was raised, replayed by `secmod/lifecycle` (needs `raisedOn` and `path`). */
  history: z.array(lifecycleEventSchema).optional(),
  /** Where the proposal stands, for a record without a history. */
  status: strictObject({
    state: vocabulary('record state', RECORD_STATES),
    stage: vocabulary('open category', OPEN_CATEGORIES).optional(),
    refinement: vocabulary('Refinement category', REFINEMENT_CATEGORIES).optional(),
    onHold: z.boolean().optional(),
  }).optional(),
  /** The decision, for a record without a history. */
  decision: strictObject({
    outcome: vocabulary('decision outcome', DECISION_OUTCOMES),
    decidedOn: date,
    decidedBy: vocabulary('decider', DECIDERS),
    subjectToEcNotification: z.boolean().optional(),
    recommendation: strictObject({ vote: vocabulary('recommendation', RECOMMENDATION_VOTES), on: date }).optional(),
    appealWindowEndsOn: date.optional(),
  }).optional(),
  implementedOn: date.optional(),
  /** Milestones and extensions; a `Timetable` (`secmod/timetable`) of this proposal may be put here as it is. */
  timetable: recordTimetableSchema.optional(),
  /** Counts of extensions where the individual extensions are not known (the report's "No Ext." and "Ext. Length"). */
  extensionSummary: strictObject({
    count: z.number().int().nonnegative(),
    totalMonths: z.number().int().nonnegative(),
  }).optional(),
  /** Extensions asked of the Panel and not yet agreed. */
  extensionRequests: z
    .array(
      strictObject({
        meeting: date,
        months: z.number().int().positive(),
        reason: z.string(),
        milestone: milestoneKindSchema.optional(),
        revised: dayOrMonth.optional(),
      }),
    )
    .optional(),
  dccAssessments: z.array(dccAssessmentSchema).optional(),
  /** Release scope: the releases it is targeted at (`secmod/releases`). */
  releases: z
    .array(
      strictObject({
        release: z.string().min(1),
        status: vocabulary('scope status', SCOPE_STATUSES).optional(),
        noEarlierThan: z.boolean().optional(),
        addedOn: date.optional(),
        part: z.number().int().positive().optional(),
      }),
    )
    .optional(),
  /** Working Group meetings, consultations and Panel items ahead. */
  upcoming: z
    .array(
      strictObject({
        kind: vocabulary('upcoming item', UPCOMING_KINDS),
        date: date.optional(),
        month: monthSchema.optional(),
        note: z.string(),
      }),
    )
    .optional(),
  /** Where the record's facts come from. */
  sources: z.array(z.string()).optional(),
}).superRefine((m, ctx) => {
  if (m.history !== undefined) {
    if (m.raisedOn === undefined)
      ctx.addIssue({ code: 'custom', path: ['raisedOn'], message: 'a record with a history needs raisedOn' });
    if (m.path === undefined && m.timetable?.path === undefined)
      ctx.addIssue({ code: 'custom', path: ['path'], message: 'a record with a history needs its path' });
    for (const key of ['status', 'decision', 'implementedOn'] as const) {
      if (m[key] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} is derived from the history; give one or the other`,
        });
    }
  }
  if (
    m.decision !== undefined &&
    m.status !== undefined &&
    m.status.state !== m.decision.outcome &&
    !(m.decision.outcome === 'approved' && (m.status.state === 'implemented' || m.status.state === 'open'))
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['status', 'state'],
      message: `status ${m.status.state} contradicts the decision (${m.decision.outcome})`,
    });
  }
  if (m.timetable !== undefined && m.extensionSummary !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['extensionSummary'],
      message: 'give the extensions in the timetable or their summary, not both',
    });
  const t = m.timetable;
  if (t?.proposal !== undefined && t.proposal !== m.id)
    ctx.addIssue({
      code: 'custom',
      path: ['timetable', 'proposal'],
      message: `the timetable is ${JSON.stringify(t.proposal.slice(0, 40))}'s, not this record's (${m.id})`,
    });
  if (t?.path !== undefined && m.path !== undefined && t.path !== m.path)
    ctx.addIssue({
      code: 'custom',
      path: ['timetable', 'path'],
      message: `the timetable's path ${t.path} contradicts the record's (${m.path})`,
    });
  if (t?.dccAssessments !== undefined && m.dccAssessments !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['timetable', 'dccAssessments'],
      message: 'give the DCC assessments on the record or in its timetable, not both',
    });
});

/** A parsed record: the timetable's proposal and path (the record's own) and its DCC assessments on the record. */
type RecordOutput = Flat<
  Omit<z.output<typeof recordSchema>, 'timetable'> & { timetable?: RecordTimetable | undefined }
>;
/** An object type written out (an editor shows its fields, not an intersection). */
export type Flat<T> = { [K in keyof T]: T[K] };

/**
 * One proposal in the register: every field the sources do not give stays absent. A timetable given as
 * a `Timetable` is read into the record: its path (where the record has none) and DCC assessments move
 * to the record, so nothing it says is lost.
 */
export const modificationSchema = recordSchema.transform((m): RecordOutput => {
  const t = m.timetable;
  if (t === undefined || (t.proposal === undefined && t.path === undefined && t.dccAssessments === undefined))
    return m as RecordOutput;
  const { proposal: _proposal, path: timetablePath, dccAssessments, ...timetable } = t;
  return {
    ...m,
    ...(m.path === undefined && timetablePath !== undefined ? { path: timetablePath } : {}),
    ...(dccAssessments === undefined ? {} : { dccAssessments }),
    timetable,
  };
});

const registerFields = {
  $schema: z.string().optional(),
  name: z.string().optional(),
  /** Where the register's facts come from. */
  source: z.string().optional(),
  /** Panel meeting dates known to the register. */
  panelMeetings: z.array(date).optional(),
  /** The figures a published monthly report printed, to set beside the computed ones (`statusReport`'s `reconciliation`). */
  published: publishedSchema.optional(),
};

/** A register of modification proposals: the single source of the register's types. */
export const registerSchema = strictObject({ ...registerFields, proposals: z.array(modificationSchema) });

/** @internal The register without its records, which `parseRegister` checks one by one. */
export const registerHeaderSchema = strictObject({ ...registerFields, proposals: anyArray });

/**
 * A parsed modification record: {@link modificationSchema}'s output, as a named type (so an editor shows
 * `Modification`, not the schema's expansion).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a name for the schema's output, shown in hovers
export interface Modification extends z.output<typeof modificationSchema> {}
/** A parsed register: {@link registerSchema}'s output, its records as {@link Modification}s. */
export interface Register extends Omit<z.output<typeof registerSchema>, 'proposals'> {
  proposals: Modification[];
}
/** A lifecycle event as the register stores it. */
export type RegisterEvent = z.infer<typeof lifecycleEventSchema>;
