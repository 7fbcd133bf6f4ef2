import { util } from './node.js';

/** What a command's argv holds: positionals, and each option given (a value, or true for a flag). @internal */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A negative number is an argument here (`working-days add 2017-10-13 -5`), not a short option. */
const NEGATIVE = /^-\d+$/;
const HIDDEN = '\u0000';

/**
 * Parses a command's argv with `node:util`'s `parseArgs` (strict: an unknown option, or a value
 * missing, is a usage error); `valued` lists the options that take a value, `flags` those that do not.
 */
export function parseArgs(
  argv: readonly string[],
  valued: ReadonlySet<string>,
  flags: ReadonlySet<string>,
): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean' }> = {};
  for (const name of valued) options[name] = { type: 'string' };
  for (const name of flags) options[name] = { type: 'boolean' };
  let parsed: ReturnType<typeof util.parseArgs>;
  try {
    parsed = util.parseArgs({
      args: argv.map((a) => (NEGATIVE.test(a) ? `${HIDDEN}${a}` : a)),
      options,
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(usageMessage(error));
  }
  const result = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (typeof value === 'string') result.set(name, value);
    else if (value === true) result.set(name, true);
  }
  return {
    positionals: parsed.positionals.map((p) => (p.startsWith(HIDDEN) ? p.slice(HIDDEN.length) : p)),
    options: result,
  };
}

/** node's messages, in the CLI's words. */
function usageMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '(-{1,2}[^']*)'/.exec(message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /Option '(?:-\w, )?(--[^ ']+)[^']*' argument missing/.exec(message);
  if (missing) return `option ${missing[1]} needs a value`;
  const extra = /Option '(--[^ ']+)' does not take an argument/.exec(message);
  if (extra) return `option ${extra[1]} takes no value`;
  return message.split('\n')[0] ?? message;
}
