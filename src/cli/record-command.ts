import { plainText } from '../internal/escape/text.js';
import { recordWarnings } from '../record/record-warnings.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { EXIT } from './exit-codes.js';
import { readRecordFile } from './read-record.js';

/**
 * `secmod record check <file>`: reads a record (JSON, CSV or iCalendar); a malformed line is an error with
 * its line (exit 2, every one listed); a meeting on a weekend or a holiday, two Panel meetings in a month
 * or a fact that contradicts secmod's are warnings (exit 0: the record can be used).
 */
export const recordCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(), new Set(['json']));
    if (positionals[0] !== 'check' || positionals.length !== 2)
      throw new UsageError('usage: secmod record check <file.json|file.csv|file.ics> [--json]');
    const file = positionals[1] as string;
    const record = await readRecordFile(file);
    const warnings = recordWarnings(record);
    if (options.has('json')) {
      io.out(JSON.stringify({ meetings: record.meetings.length, releases: record.releases.length, warnings }, null, 2));
      return EXIT.done;
    }
    io.out(
      `${plainText(file)}: ${record.meetings.length} meeting(s), ${record.releases.length} release(s), ${warnings.length} warning(s)`,
    );
    for (const w of warnings)
      io.out(`warning ${w.code.padEnd(30)} ${w.path.join('.').padEnd(24)} ${plainText(w.message)}`);
    return EXIT.done;
  },
};
