/**
 * `secmod holidays` on its own: the entry point `bin` loads for it, built apart from the other commands,
 * so that a date question loads its own code and nothing else (no zod, no register, no report).
 * @internal
 */
import type { CommandSpec } from '../command.js';
import { alone } from '../dispatch.js';
import { holidaysCommand } from '../calendar-commands.js';

/** `secmod holidays`: its name and usage (`commands.ts` adds how to load it). */
export const usage: Omit<CommandSpec, 'load'> = {
  name: 'holidays',
  usage:
    'holidays <year> [--calendar <id> | --state <TRIS code>] [--json]   the holidays of a year (default calendar: england-and-wales; --state: date-holidays)',
};

/** Runs `secmod holidays ...` (argv without `node` and the script), as `run` would. */
export const main = alone(usage, holidaysCommand);
