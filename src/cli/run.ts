import { commands } from './commands.js';
import type { Io } from './command.js';
import { commandHelp, dispatch, helpText as helpTextOf } from './dispatch.js';

export { commands, commandHelp };

/** The usage of `secmod`: every command, then the exit codes. */
export function helpText(): string {
  return helpTextOf(commands);
}

/**
 * Runs the `secmod` CLI on argv (without `node` and the script). Returns the exit code, by the one rule
 * of `exit-codes.ts` (with or without `--json`): 0 done, 1 a negative answer (e.g. not a working day),
 * 2 bad usage or bad input (one line on stderr; with no arguments at all, the usage on stderr), 3 a bug.
 * Never a stack trace.
 */
export function run(args: readonly string[], io: Io): Promise<number> {
  return dispatch(commands, args, io);
}
