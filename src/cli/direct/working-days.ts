/**
 * `secmod working-days` on its own: the entry point `bin` loads for it, built apart from the other commands,
 * so that a date question loads its own code and nothing else (no zod, no register, no report).
 * @internal
 */
import type { CommandSpec } from '../command.js';
import { alone } from '../dispatch.js';
import { workingDaysCommand } from '../calendar-commands.js';

/** `secmod working-days`: its name and usage (`commands.ts` adds how to load it). */
export const usage: Omit<CommandSpec, 'load'> = {
  name: 'working-days',
  usage: [
    'working-days add <date> <n> [--calendar <id>]        the n-th working day after (n < 0: before) a date',
    'working-days between <from> <to> [--calendar <id>]   working days after <from> up to and including <to>',
    'working-days is <date> [--calendar <id>]             whether a date is a working day',
    'working-days next <date> [--calendar <id>]           the date, or the next working day after it',
  ].join('\n  '),
};

/** Runs `secmod working-days ...` (argv without `node` and the script), as `run` would. */
export const main = alone(usage, workingDaysCommand);
