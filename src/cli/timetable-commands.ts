import { SEC_CHANGE_BOARD, SEC_PANEL } from '../meetings/calendars.js';
import type { MeetingCalendar } from '../meetings/types.js';
import type { AppliedRecord } from '../record/apply-record.js';
import { SEC_RELEASE_POLICY } from '../releases/policy.js';
import { parseRegister } from '../register/parse.js';
import { registerAsOf } from '../register/model.js';
import { planTimetable, type PlanRequest } from '../timetable/plan.js';
import { timetableGantt } from '../timetable/gantt.js';
import type { Timetable } from '../timetable/types.js';
import { parseTimetable, parseValidateOptions } from '../timetable/schema.js';
import { validateTimetable, type ValidateTimetableOptions } from '../timetable/validate.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { readJson } from './read-json.js';
import { recordOption } from './read-record.js';
import { EXIT } from './exit-codes.js';

/** A timetable from a file: one with no extension yet may leave `extensions` out. */
function readTimetable(given: unknown): Timetable {
  const withExtensions =
    typeof given === 'object' && given !== null && !('extensions' in given) ? { ...given, extensions: [] } : given;
  return parseTimetable(withExtensions);
}

/**
 * What `validate` and `plan` read: `{ <key>, options }` or the bare thing, from a JSON file; the options
 * as `parseValidateOptions` reads them. Anything but an object is a usage error naming both forms.
 */
function readWrapped(
  file: string,
  key: 'timetable' | 'request',
  expected: string,
): { body: unknown; options: ValidateTimetableOptions } {
  const input = readJson(file);
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new UsageError(`${file}: expected ${expected} or { ${key}, options }`);
  if (!(key in input)) return { body: input, options: {} };
  const wrapped = input as Record<string, unknown>;
  return { body: wrapped[key], options: 'options' in wrapped ? parseValidateOptions(wrapped.options) : {} };
}

/**
 * The options with `--record` in them: the record's calendars and release policy replace secmod's own
 * (named in the file, or left out); a calendar or policy of the file's own, or `releasePolicy: false`, stays.
 */
function withRecord(options: ValidateTimetableOptions, applied: AppliedRecord | undefined): ValidateTimetableOptions {
  if (applied === undefined) return options;
  const ours = (c: unknown, bundled: MeetingCalendar) => c === undefined || c === bundled;
  return {
    ...options,
    ...(ours(options.panelMeetings, SEC_PANEL) ? { panelMeetings: applied.panel } : {}),
    ...(ours(options.changeBoardMeetings, SEC_CHANGE_BOARD) ? { changeBoardMeetings: applied.changeBoard } : {}),
    ...(options.releasePolicy === undefined || options.releasePolicy === SEC_RELEASE_POLICY
      ? { releasePolicy: applied.releasePolicy }
      : {}),
  };
}

export const validateCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['record']), new Set(['json']));
    if (positionals.length !== 1)
      throw new UsageError('usage: secmod validate <timetable.json> [--json] [--record <file>]');
    const input = readWrapped(
      positionals[0] as string,
      'timetable',
      'a timetable { proposal, path, milestones: [...], extensions: [...] }',
    );
    // Problems of shape are a ParseError, every one listed with its path (exit 2).
    const timetable = readTimetable(input.body);
    const issues = validateTimetable(
      timetable,
      withRecord(input.options, await recordOption(options.get('record'), io)),
    );
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (options.has('json')) io.out(JSON.stringify(issues, null, 2));
    else if (issues.length === 0) io.out(`${timetable.proposal}: no issues`);
    else {
      for (const i of issues)
        io.out(`${i.severity.padEnd(7)} ${i.code.padEnd(36)} ${i.path.join('.').padEnd(24)} ${i.message}`);
      io.out(`${errors} error(s), ${issues.length - errors} warning(s)`);
    }
    return errors > 0 ? EXIT.no : EXIT.done;
  },
};

/** `{ request, options }` or a bare request (`readWrapped`). */
export const planCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['record']), new Set(['json']));
    if (positionals.length !== 1) throw new UsageError('usage: secmod plan <request.json> [--json] [--record <file>]');
    const input = readWrapped(
      positionals[0] as string,
      'request',
      'a request { proposal, path, raisedOn | convertedOn, ... }',
    );
    // secmod's meeting calendars unless the file names others; with --record, those with your record in them.
    const plan = planTimetable(
      input.body as PlanRequest,
      withRecord(
        { panelMeetings: SEC_PANEL, changeBoardMeetings: SEC_CHANGE_BOARD, ...input.options },
        await recordOption(options.get('record'), io),
      ),
    );
    if (options.has('json')) {
      // A meeting calendar is written as its id (`sec-panel`), as the request file may give it.
      const calendarsAsIds = (_: string, v: unknown) =>
        typeof v === 'object' && v !== null && 'meetings' in v && 'body' in v && 'id' in v ? v.id : v;
      io.out(JSON.stringify(plan, calendarsAsIds, 2));
      return EXIT.done;
    }
    io.out(`${plan.timetable.proposal} (${plan.timetable.path}): the earliest timetable`);
    for (const r of plan.reasons)
      io.out(
        `  ${r.date}  ${`${r.kind}${r.field === 'until' ? ' (until)' : ''}`.padEnd(42)} ${r.rule.padEnd(20)} ${r.message}`,
      );
    if (plan.standstill !== undefined)
      io.out(`EC standstill: received ${plan.standstill.receivedOn}, ends ${plan.standstill.endsOn}`);
    if (plan.projected)
      io.out('Some meetings are projected (no known date that month): check them against the published calendars.');
    return EXIT.done;
  },
};

/** The timetables a file holds: a register's, `{ timetable }`, one timetable, or an array of them. */
function timetablesIn(file: string, input: unknown, asOf: string): Timetable[] {
  if (typeof input === 'object' && input !== null && !Array.isArray(input) && 'proposals' in input) {
    const model = registerAsOf(parseRegister(input), asOf);
    return model.records.flatMap((r) => (r.timetable === undefined ? [] : [r.timetable]));
  }
  const list = Array.isArray(input) ? input : [input];
  return list.map((item: unknown) => {
    const given = typeof item === 'object' && item !== null && 'timetable' in item ? item.timetable : item;
    if (typeof given !== 'object' || given === null)
      throw new UsageError(`${file}: expected a register, a timetable, { timetable } or an array of timetables`);
    return readTimetable(given);
  });
}

export const ganttCommand: Command = {
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['as-of']), new Set());
    const asOf = options.get('as-of');
    if (positionals.length !== 1 || typeof asOf !== 'string')
      throw new UsageError('usage: secmod gantt <register.json | timetable.json> --as-of <date>');
    const file = positionals[0] as string;
    const timetables = timetablesIn(file, readJson(file), asOf);
    if (timetables.length === 0) io.err(`${file}: no timetable recorded, so the chart has no bars`);
    io.out(timetableGantt(timetables, { asOf }).trimEnd());
    return EXIT.done;
  },
};
