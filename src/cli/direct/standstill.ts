/**
 * `secmod standstill` on its own: the entry point `bin` loads for it, built apart from the other commands,
 * so that a date question loads its own code and nothing else (no zod, no register, no report).
 * @internal
 */
import type { CommandSpec } from '../command.js';
import { alone } from '../dispatch.js';
import { standstillCommand } from '../standstill-command.js';

/** `secmod standstill`: its name and usage (`commands.ts` adds how to load it). */
export const usage: Omit<CommandSpec, 'load'> = {
  name: 'standstill',
  usage:
    'standstill <received> [--detailed-opinion] [--measure technical-regulation|voluntary-agreement|information-society-service]\n' +
    '             [--commission-action intends-to-legislate|proposal-pending] [--council-position] [--urgency]\n' +
    '             [--convention tris|regulation-1182-71] [--state <TRIS code>] [--json]   the EU standstill period of a notification\n' +
    '  standstill --batch <file.csv|file.jsonl|-> [--json]   one standstill per CSV row (header: receivedOn, measure, ...) or JSON line; exit 2 if a row failed',
};

/** Runs `secmod standstill ...` (argv without `node` and the script), as `run` would. */
export const main = alone(usage, standstillCommand);
