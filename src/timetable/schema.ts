/**
 * Timetables as JSON carries them: zod schemas of {@link Timetable} and its parts (type tests keep each
 * equal to its type) and {@link parseTimetable}, which reads a timetable at the edge and lists every
 * problem.
 */
import { z } from 'zod';
import { anyArray, parseAtEdge, type ElementwiseArrays } from '../internal/parse.js';
import { dateSchema, dayOrMonthSchema, strictObject, vocabulary } from '../internal/schema.js';
import { pathSchema } from '../lifecycle/schema.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../meetings/calendars.js';
import type { MeetingCalendar } from '../meetings/types.js';
import { DCC_ASSESSMENT_KINDS, MILESTONE_ORDER, type Timetable } from './types.js';

/** A milestone kind by name; an unknown one is named with the nearest known kind. */
export const milestoneKindSchema = vocabulary('milestone kind', MILESTONE_ORDER);

/** One milestone: its kind, the approved date (day or month), a period's end, the actual date. */
export const milestoneSchema = strictObject({
  kind: milestoneKindSchema,
  approved: dayOrMonthSchema,
  until: dayOrMonthSchema.optional(),
  actual: dayOrMonthSchema.optional(),
});

/** A Panel-agreed extension. */
export const extensionSchema = strictObject({
  agreedOn: dateSchema,
  months: z.number().int().positive(),
  reason: z.string(),
  by: z.literal('panel'),
  from: milestoneKindSchema.optional(),
});

/** A DCC Preliminary or Impact Assessment. */
export const dccAssessmentSchema = strictObject({
  kind: vocabulary('DCC assessment kind', DCC_ASSESSMENT_KINDS),
  requestedOn: dateSchema,
  originalDueOn: dateSchema,
  revisedDueOn: z.array(dateSchema).optional(),
  returnedOn: dateSchema.optional(),
  onHold: z.array(strictObject({ from: dateSchema, to: dateSchema.optional() })).optional(),
});

const timetableFields = { proposal: z.string().min(1), path: pathSchema };

/** A proposal's progression timetable: the single description of a timetable's JSON shape. */
export const timetableSchema = strictObject({
  ...timetableFields,
  milestones: z.array(milestoneSchema),
  extensions: z.array(extensionSchema),
  dccAssessments: z.array(dccAssessmentSchema).optional(),
});

/** The timetable with its lists' elements unread, which {@link parseTimetable} reads one by one. */
const TIMETABLE_LISTS: ElementwiseArrays = {
  header: strictObject({
    ...timetableFields,
    milestones: anyArray,
    extensions: anyArray,
    dccAssessments: anyArray.optional(),
  }),
  elements: { milestones: milestoneSchema, extensions: extensionSchema, dccAssessments: dccAssessmentSchema },
};

/**
 * Reads a timetable (JSON text, with or without a byte-order mark, or an already parsed value) and checks
 * its shape. Returns the timetable (a new object, dates normalised) or throws a `ParseError` (code
 * `invalid-timetable`) listing **every** problem with its path: an unknown milestone kind by name
 * (`unknown-milestone`, with the nearest known kind), a bad date or missing field (`schema`), keys that
 * could pollute a prototype (`forbidden-key`). Whether the dates make a valid timetable is for
 * `validateTimetable` to say.
 *
 * @throws {ParseError} code `invalid-timetable`.
 * @example
 * const issues = validateTimetable(parseTimetable(readFileSync('mp084.json', 'utf8')), { panelMeetings });
 */
export function parseTimetable(json: unknown): Timetable {
  return parseAtEdge(timetableSchema, json, 'invalid-timetable', 'timetable', [], TIMETABLE_LISTS);
}

/** The options of `validateTimetable` that JSON can carry (a calendar and a release policy are code). */
const workingDays = z.number().int().min(0).max(3650);

/** Meetings in JSON: a list of dates, or the id of secmod's calendar (`sec-panel`, `sec-change-board`). */
const meetingsSchema = (calendar: MeetingCalendar) =>
  z.union([z.array(dateSchema), z.literal(calendar.id).transform((): MeetingCalendar => calendar)]);

export const validateOptionsSchema = strictObject({
  panelMeetings: meetingsSchema(SEC_PANEL).optional(),
  changeBoardMeetings: meetingsSchema(SEC_CHANGE_BOARD).optional(),
  paperDeadlineWorkingDays: workingDays.optional(),
  minConsultationWorkingDays: workingDays.optional(),
  authorityDecisionWorkingDays: workingDays.optional(),
  dccSystemImpact: z.boolean().optional(),
  standstillEndsOn: dateSchema.optional(),
});

/**
 * Reads the JSON options of `validateTimetable` (those JSON can carry: meetings as dates or as
 * `"sec-panel"` / `"sec-change-board"`, the Working Day counts, `dccSystemImpact`, `standstillEndsOn`),
 * listing every problem like {@link parseTimetable}.
 *
 * @throws {ParseError} code `invalid-timetable`.
 */
export function parseValidateOptions(json: unknown): z.output<typeof validateOptionsSchema> {
  return parseAtEdge(validateOptionsSchema, json, 'invalid-timetable', 'options', ['options']);
}
