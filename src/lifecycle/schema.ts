/**
 * Lifecycle events as JSON carries them: the zod schema of {@link LifecycleEvent} (a type test keeps the
 * two equal) and {@link parseEvents}, which reads a history at the edge and lists every problem.
 */
import { z } from 'zod';
import { parseListAtEdge } from '../internal/parse.js';
import { dateSchema, strictObject, vocabulary } from '../internal/schema.js';
import { unknownName } from '../internal/nearest.js';
import { EVENT_TYPES } from './transitions/table.js';
import { MODIFICATION_PATHS } from './paths.js';
import { APPEAL_OUTCOMES, CHANGE_BOARD_VOTES, ROUTES, VERDICTS, type LifecycleEvent } from './types.js';

/** A modification path by name, an unknown one named with the nearest. */
export const pathSchema = vocabulary('path', MODIFICATION_PATHS);

const release = strictObject({
  id: z.string().optional(),
  name: z.string().optional(),
  date: dateSchema.optional(),
});
const dated = { date: dateSchema };
const route = vocabulary('route', ROUTES);
const verdict = vocabulary('outcome', VERDICTS);

/** Every lifecycle event: one strict object per event type, keyed on `type`. */
export const lifecycleEventSchema = z.discriminatedUnion(
  'type',
  [
    strictObject({ type: z.literal('convert-to-proposal'), ...dated, route, path: pathSchema.optional() }),
    strictObject({ type: z.literal('initial-consideration'), ...dated, route, path: pathSchema.optional() }),
    strictObject({ type: z.literal('dcc-preliminary-assessment-requested'), ...dated }),
    strictObject({ type: z.literal('dcc-impact-assessment-requested'), ...dated }),
    strictObject({ type: z.literal('dcc-assessment-returned'), ...dated }),
    strictObject({ type: z.literal('consultation-issued'), ...dated }),
    strictObject({ type: z.literal('consultation-closed'), ...dated }),
    strictObject({ type: z.literal('refinement-concluded'), ...dated }),
    strictObject({ type: z.literal('draft-report-approved'), ...dated }),
    strictObject({ type: z.literal('report-consultation-closed'), ...dated }),
    strictObject({ type: z.literal('change-board-vote'), ...dated, vote: vocabulary('vote', CHANGE_BOARD_VOTES) }),
    strictObject({ type: z.literal('panel-decision'), ...dated, outcome: verdict }),
    strictObject({
      type: z.literal('authority-decision'),
      ...dated,
      outcome: verdict,
      subjectToEcNotification: z.boolean().optional(),
    }),
    strictObject({ type: z.literal('send-back'), ...dated }),
    strictObject({ type: z.literal('report-revised'), ...dated }),
    strictObject({ type: z.literal('appeal-raised'), ...dated }),
    strictObject({
      type: z.literal('appeal-decided'),
      ...dated,
      outcome: vocabulary('appeal outcome', APPEAL_OUTCOMES),
    }),
    strictObject({ type: z.literal('target-release'), ...dated, release }),
    strictObject({
      type: z.literal('implemented'),
      ...dated,
      release: release.optional(),
      part: z.number().int().positive().optional(),
      of: z.number().int().positive().optional(),
    }),
    strictObject({ type: z.literal('withdraw'), ...dated }),
    strictObject({ type: z.literal('put-on-hold'), ...dated, reason: z.string().optional() }),
    strictObject({ type: z.literal('resume'), ...dated }),
  ],
  {
    error: (issue) => {
      const input = issue.input as { type?: unknown } | null | undefined;
      if (typeof input !== 'object' || input === null) return 'expected an event object { type, date, ... }';
      return unknownName('event type', input.type, EVENT_TYPES);
    },
  },
);

/** A history: events in the order they happened. */
export const eventsSchema = z.array(lifecycleEventSchema);

/**
 * Reads a history of lifecycle events (JSON text, with or without a byte-order mark, or an already parsed
 * value) and checks every event against its type's fields. Returns the events (new objects, dates
 * normalised) or throws a `ParseError` (code `invalid-events`) listing **every** problem with its path:
 * an unknown event type by name (`unknown-event-type`, with the nearest known one), a missing or
 * malformed field (`schema`), keys that could pollute a prototype (`forbidden-key`). Whether the events
 * may happen in that order is for `replay` to say.
 *
 * @throws {ParseError} code `invalid-events`.
 * @example
 * replay(initialState(facts), parseEvents(readFileSync('history.json', 'utf8')));
 */
export function parseEvents(json: unknown): LifecycleEvent[] {
  return parseListAtEdge(lifecycleEventSchema, json, 'invalid-events', 'events');
}
