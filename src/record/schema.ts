/**
 * The user's record of meetings and releases: the zod schema that is the single source of its types, and
 * of its published JSON Schema (`secmod/schema/record.schema.json`).
 */
import { z } from 'zod';
import { deepFreeze } from '../internal/freeze.js';
import { dateSchema as date, strictObject, vocabulary } from '../internal/schema.js';
import { MEETING_BODIES } from '../meetings/types.js';
import { duplicateIssues } from './duplicates.js';

/** What a line of a record is: a Panel meeting, a Change Board meeting, or a release (the CSV `kind`). */
export const RECORD_KINDS = /* @__PURE__ */ deepFreeze(['panel', 'change-board', 'release'] as const);
/** One of {@link RECORD_KINDS}. */
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Caller text: kept as plain data (never run, escaped wherever secmod prints it). */
const text = z.string().min(1, 'expected some text, or leave the field out').max(1000);
/** A web address the fact comes from (http or https). */
const url = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).max(2000);

/** One meeting the caller knows of. */
export const recordMeetingSchema = strictObject({
  body: vocabulary('meeting body', MEETING_BODIES),
  date,
  /** Where the date comes from (a paper reference, a page title). */
  reference: text.optional(),
  url: url.optional(),
});

/** One release the caller knows of. */
export const recordReleaseSchema = strictObject({
  date,
  /** Its name, e.g. `June 2027 SEC Release`. */
  name: text.optional(),
  /** The modifications it implements. */
  modifications: z.array(text).optional(),
  reference: text.optional(),
  url: url.optional(),
});

/**
 * A record of meetings and releases, as a caller writes it in JSON: both lists optional (none: empty).
 * Unknown keys, impossible dates, unknown bodies and duplicates are refused.
 */
export const recordSchema = strictObject({
  $schema: z.string().optional(),
  meetings: z.array(recordMeetingSchema).optional(),
  releases: z.array(recordReleaseSchema).optional(),
}).superRefine((r, ctx) => {
  for (const d of duplicateIssues(r)) ctx.addIssue({ code: 'custom', ...d });
});

/** A meeting of a {@link SecRecord}. */
export type RecordMeeting = z.output<typeof recordMeetingSchema>;
/** A release of a {@link SecRecord}. */
export type RecordRelease = z.output<typeof recordReleaseSchema>;

/** A parsed record: the meetings and releases the caller knows of, each list in the order given. */
export interface SecRecord {
  readonly meetings: readonly RecordMeeting[];
  readonly releases: readonly RecordRelease[];
}
