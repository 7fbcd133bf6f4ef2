import { parseTimetable, parseValidateOptions, validateTimetable } from '../timetable/index.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { readJson } from './read-json.js';

export const validateCommand: Command = {
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(), new Set(['json']));
    if (positionals.length !== 1) throw new UsageError('usage: secmod validate <timetable.json> [--json]');
    const file = positionals[0] as string;
    const input = readJson(file);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new UsageError(
        `${file}: expected a timetable { proposal, path, milestones: [...], extensions: [...] } or { timetable, options }`,
      );
    }
    const wrapped = 'timetable' in input;
    const given: unknown = wrapped ? input.timetable : input;
    // A timetable with no extension yet may leave `extensions` out of the file.
    const withExtensions =
      typeof given === 'object' && given !== null && !('extensions' in given) ? { ...given, extensions: [] } : given;
    // Problems of shape are a ParseError, every one listed with its path (exit 2).
    const timetable = parseTimetable(withExtensions);
    const issues = validateTimetable(
      timetable,
      wrapped && 'options' in input ? parseValidateOptions(input.options) : {},
    );
    const errors = issues.filter((i) => i.severity === 'error').length;
    if (options.has('json')) io.out(JSON.stringify(issues, null, 2));
    else if (issues.length === 0) io.out(`${timetable.proposal}: no issues`);
    else {
      for (const i of issues)
        io.out(`${i.severity.padEnd(7)} ${i.code.padEnd(36)} ${i.path.join('.').padEnd(24)} ${i.message}`);
      io.out(`${errors} error(s), ${issues.length - errors} warning(s)`);
    }
    return errors > 0 ? 1 : 0;
  },
};
