import { z } from 'zod';
import { isIsoDate } from '../calendar/iso-date.js';
import { isSecmodError } from '../errors/secmod-error.js';
import { parseDay } from '../internal/check.js';
import { unknownName } from '../internal/nearest.js';
import { EVENT_TYPES } from '../lifecycle/machine.js';
import { MILESTONE_ORDER } from '../timetable/types.js';

/** Why a value is not a calendar date, in the words `secmod/calendar` uses. */
function dateProblem(input: unknown): string {
  try {
    parseDay(input, []);
    return 'not a calendar date';
  } catch (error) {
    return isSecmodError(error) ? error.message : 'not a calendar date';
  }
}

/**
 * A real calendar date, `YYYY-MM-DD` (format `date` in the JSON Schema), in the years 0001-9999. One
 * problem per bad date: the range check runs only on a well-formed date.
 */
const date = z.iso.date({ error: (issue) => dateProblem(issue.input) }).refine(isIsoDate, {
  message: 'invalid date: the year must be from 0001 to 9999',
  when: (payload) => payload.issues.length === 0,
});

/** An enum whose error names the unknown value and the nearest known one. */
const vocabulary = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, { error: (issue) => unknownName(what, issue.input, values) });
/** A timetable date: a day or a month. */
const dayOrMonth = z.union([date, z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected YYYY-MM or YYYY-MM-DD')]);

/** SECMP0001-style (until spring 2019), MP070-style, DP drafts; a capital letter suffix for an Alternative. */
export const proposalIdSchema = z
  .string()
  .regex(/^(SECMP\d{4}|MP\d{3,}|DP\d{3,})[A-Z]?$/, 'expected a proposal id such as SECMP0006, MP084, DP120 or MP102A')
  .describe('Proposal id: SECMP0006, MP084, DP120, MP102A (Alternative)');

const path = vocabulary('path', ['authority-led', 'authority-determination', 'self-governance', 'fast-track']);
const release = z.strictObject({ id: z.string().optional(), name: z.string().optional(), date: date.optional() });

const dated = { date };
/** Every lifecycle event (`secmod/lifecycle`), as the register stores it. */
export const lifecycleEventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('convert-to-proposal'),
      ...dated,
      route: z.enum(['refinement', 'report-phase']),
      path: path.optional(),
    }),
    z.strictObject({
      type: z.literal('initial-consideration'),
      ...dated,
      route: z.enum(['refinement', 'report-phase']),
      path: path.optional(),
    }),
    z.strictObject({ type: z.literal('dcc-preliminary-assessment-requested'), ...dated }),
    z.strictObject({ type: z.literal('dcc-impact-assessment-requested'), ...dated }),
    z.strictObject({ type: z.literal('dcc-assessment-returned'), ...dated }),
    z.strictObject({ type: z.literal('consultation-issued'), ...dated }),
    z.strictObject({ type: z.literal('consultation-closed'), ...dated }),
    z.strictObject({ type: z.literal('refinement-concluded'), ...dated }),
    z.strictObject({ type: z.literal('draft-report-approved'), ...dated }),
    z.strictObject({ type: z.literal('report-consultation-closed'), ...dated }),
    z.strictObject({
      type: z.literal('change-board-vote'),
      ...dated,
      vote: z.enum(['approve', 'reject', 'recommend-approval', 'recommend-rejection']),
    }),
    z.strictObject({ type: z.literal('panel-decision'), ...dated, outcome: z.enum(['approve', 'reject']) }),
    z.strictObject({
      type: z.literal('authority-decision'),
      ...dated,
      outcome: z.enum(['approve', 'reject']),
      subjectToEcNotification: z.boolean().optional(),
    }),
    z.strictObject({ type: z.literal('send-back'), ...dated }),
    z.strictObject({ type: z.literal('report-revised'), ...dated }),
    z.strictObject({ type: z.literal('appeal-raised'), ...dated }),
    z.strictObject({ type: z.literal('appeal-decided'), ...dated, outcome: z.enum(['upheld', 'overturned']) }),
    z.strictObject({ type: z.literal('target-release'), ...dated, release }),
    z.strictObject({
      type: z.literal('implemented'),
      ...dated,
      release: release.optional(),
      part: z.number().int().positive().optional(),
      of: z.number().int().positive().optional(),
    }),
    z.strictObject({ type: z.literal('withdraw'), ...dated }),
    z.strictObject({ type: z.literal('put-on-hold'), ...dated, reason: z.string().optional() }),
    z.strictObject({ type: z.literal('resume'), ...dated }),
  ],
  {
    error: (issue) => {
      const input = issue.input as { type?: unknown } | null | undefined;
      if (typeof input !== 'object' || input === null) return 'expected an event object { type, date, ... }';
      return unknownName('event type', input.type, EVENT_TYPES);
    },
  },
);

const milestoneKind = vocabulary('milestone kind', MILESTONE_ORDER);
const extension = z.strictObject({
  agreedOn: date,
  months: z.number().int().positive(),
  reason: z.string(),
  by: z.literal('panel'),
  from: milestoneKind.optional(),
});

const openCategory = z.enum([
  'development-stage',
  'initial-modification-report',
  'refinement',
  'modification-report',
  'change-board',
  'awaiting-panel-decision',
  'awaiting-authority-decision',
  'pending-implementation',
]);

/** One proposal in the register: every field the sources do not give stays absent. */
export const modificationSchema = z
  .strictObject({
    id: proposalIdSchema,
    title: z.string().min(1).optional(),
    path: path.optional(),
    urgent: z.boolean().optional(),
    /** For an Alternative Proposal: the proposal it is an alternative to. */
    alternativeOf: proposalIdSchema.optional(),
    dccSystemImpact: z.boolean().optional(),
    /** Notification under Directive (EU) 2015/1535: whether needed and when the Commission received it. */
    ecNotification: z.strictObject({ required: z.boolean(), receivedOn: date.optional() }).optional(),
    raisedOn: date.optional(),
    /** The events since it was raised, replayed by `secmod/lifecycle` (needs `raisedOn` and `path`). */
    history: z.array(lifecycleEventSchema).optional(),
    /** Where the proposal stands, for a record without a history. */
    status: z
      .strictObject({
        state: z.enum(['open', 'approved', 'rejected', 'withdrawn', 'implemented']),
        stage: openCategory.optional(),
        refinement: z.enum(['wg-solution-development', 'dcc-assessment', 'industry-consultation']).optional(),
        onHold: z.boolean().optional(),
      })
      .optional(),
    /** The decision, for a record without a history. */
    decision: z
      .strictObject({
        outcome: z.enum(['approved', 'rejected']),
        decidedOn: date,
        decidedBy: z.enum(['authority', 'change-board', 'panel']),
        subjectToEcNotification: z.boolean().optional(),
        recommendation: z
          .strictObject({ vote: z.enum(['recommend-approval', 'recommend-rejection']), on: date })
          .optional(),
        appealWindowEndsOn: date.optional(),
      })
      .optional(),
    implementedOn: date.optional(),
    timetable: z
      .strictObject({
        milestones: z.array(
          z.strictObject({
            kind: milestoneKind,
            approved: dayOrMonth,
            until: dayOrMonth.optional(),
            actual: dayOrMonth.optional(),
          }),
        ),
        extensions: z.array(extension),
      })
      .optional(),
    /** Counts of extensions where the individual extensions are not known (the report's "No Ext." and "Ext. Length"). */
    extensionSummary: z
      .strictObject({ count: z.number().int().nonnegative(), totalMonths: z.number().int().nonnegative() })
      .optional(),
    /** Extensions asked of the Panel and not yet agreed. */
    extensionRequests: z
      .array(
        z.strictObject({
          meeting: date,
          months: z.number().int().positive(),
          reason: z.string(),
          milestone: milestoneKind.optional(),
          revised: dayOrMonth.optional(),
        }),
      )
      .optional(),
    dccAssessments: z
      .array(
        z.strictObject({
          kind: z.enum(['preliminary', 'impact']),
          requestedOn: date,
          originalDueOn: date,
          revisedDueOn: z.array(date).optional(),
          returnedOn: date.optional(),
          onHold: z.array(z.strictObject({ from: date, to: date.optional() })).optional(),
        }),
      )
      .optional(),
    /** Release scope: the releases it is targeted at (`secmod/releases`). */
    releases: z
      .array(
        z.strictObject({
          release: z.string().min(1),
          status: z.enum(['targeted', 'tbc']).optional(),
          noEarlierThan: z.boolean().optional(),
          addedOn: date.optional(),
          part: z.number().int().positive().optional(),
        }),
      )
      .optional(),
    /** Working Group meetings, consultations and Panel items ahead. */
    upcoming: z
      .array(
        z.strictObject({
          kind: z.enum(['working-group', 'consultation', 'panel', 'change-board']),
          date: date.optional(),
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
            .optional(),
          note: z.string(),
        }),
      )
      .optional(),
    /** Where the record's facts come from. */
    sources: z.array(z.string()).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.history !== undefined) {
      if (m.raisedOn === undefined)
        ctx.addIssue({ code: 'custom', path: ['raisedOn'], message: 'a record with a history needs raisedOn' });
      if (m.path === undefined)
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
  });

const registerFields = {
  $schema: z.string().optional(),
  name: z.string().optional(),
  /** Where the register's facts come from. */
  source: z.string().optional(),
  /** Panel meeting dates known to the register. */
  panelMeetings: z.array(date).optional(),
};

/** A register of modification proposals: the single source of the register's types. */
export const registerSchema = z.strictObject({ ...registerFields, proposals: z.array(modificationSchema) });

/** @internal The register without its records, which `parseRegister` checks one by one. */
export const registerHeaderSchema = z.strictObject({ ...registerFields, proposals: z.array(z.unknown()) });

/** A parsed modification record. */
export type Modification = z.infer<typeof modificationSchema>;
/** A parsed register. */
export type Register = z.infer<typeof registerSchema>;
/** A lifecycle event as the register stores it. */
export type RegisterEvent = z.infer<typeof lifecycleEventSchema>;
