/**
 * What `secmod` does with its arguments, given the commands it knows: help, `--version`, one command
 * run and its outcome turned into an exit code. `run.ts` gives it every command; a date question's own
 * entry point (`direct/`) gives it that command alone, so its start-up loads nothing else.
 * @internal
 */
import { ParseError } from '../errors/parse-error.js';
import { isSecmodError } from '../errors/secmod-error.js';
import { UsageError } from './args.js';
import type { Command, CommandSpec, Io } from './command.js';
import { commandFirst } from './direct-commands.js';
import { EXIT, EXIT_CODE_HELP } from './exit-codes.js';
import { fs } from './node.js';

/** The usage of `secmod` with the commands of `specs`. */
export function helpText(specs: readonly CommandSpec[]): string {
  return [
    'usage: secmod <command> [arguments]',
    '',
    'commands:',
    ...specs.map((c) => `  ${c.usage}`),
    "  help [<command>]                      this text, or one command's",
    '  --version                             the version of secmod',
    '',
    ...EXIT_CODE_HELP,
  ].join('\n');
}

/** One command's help: its usage and the exit codes. */
export function commandHelp(spec: CommandSpec): string {
  return [`usage: secmod ${spec.usage}`, '', ...EXIT_CODE_HELP].join('\n');
}

/** The package's version, read from its package.json (two folders up from `src/cli/` and `dist/cli/` alike). */
function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: unknown;
  };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}

/**
 * Runs the `secmod` CLI, knowing the commands of `specs`, on argv (without `node` and the script). Returns the exit code, by the one rule
 * of `exit-codes.ts` (with or without `--json`): 0 done, 1 a negative answer (e.g. not a working day),
 * 2 bad usage or bad input (one line on stderr; with no arguments at all, the usage on stderr), 3 a bug.
 * Never a stack trace.
 */
export async function dispatch(specs: readonly CommandSpec[], args: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = commandFirst(args);
  if (name === undefined) {
    io.err(helpText(specs));
    return EXIT.badInput;
  }
  if (name === '--version' || name === '-v') {
    io.out(version());
    return EXIT.done;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    const about = rest[0] === undefined ? undefined : specs.find((c) => c.name === rest[0]);
    if (rest[0] !== undefined && about === undefined) {
      io.err(`secmod: unknown command ${JSON.stringify(rest[0])} (try: secmod help)`);
      return EXIT.badInput;
    }
    io.out(about === undefined ? helpText(specs) : commandHelp(about));
    return EXIT.done;
  }
  const spec = specs.find((c) => c.name === name);
  if (spec !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    io.out(commandHelp(spec));
    return EXIT.done;
  }
  const command = spec;
  try {
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)} (try: secmod help)`);
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`secmod: ${error.message}`);
      if (command !== undefined) io.err(`usage: secmod ${command.usage}`);
      return EXIT.badInput;
    }
    if (error instanceof ParseError) {
      // Input that cannot be read: every problem, one a line, with its path.
      io.err(`secmod: ${error.message.split('\n')[0] ?? ''}:`);
      for (const i of error.issues) io.err(`  ${i.path.length === 0 ? '(input)' : i.path.join('.')}: ${i.message}`);
      if (error.total > error.issues.length) {
        const counts = Object.entries(error.counts)
          .map(([c, n]) => `${c}: ${String(n)}`)
          .join(', ');
        io.err(`  ... and ${error.total - error.issues.length} more (${counts})`);
      }
      return EXIT.badInput;
    }
    if (isSecmodError(error)) {
      // One line: a register's problems are listed by its command; here the first line says it all.
      io.err(
        `secmod: ${error.code}${error.path.length > 0 ? ` at ${error.path.join('.')}` : ''}: ${error.message.split('\n')[0]}`,
      );
      return EXIT.badInput;
    }
    // A bug, not bad input: one line, no stack trace.
    io.err(
      `secmod: unexpected ${error instanceof Error ? error.name : 'error'}: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown'} (please report it)`,
    );
    return EXIT.bug;
  }
}

/**
 * The `main` of a command's own entry point (`direct/`): `dispatch` knowing that command alone, its code
 * loaded with the entry point rather than a file later.
 */
export function alone(usage: Omit<CommandSpec, 'load'>, command: Command) {
  return (args: readonly string[], io: Io): Promise<number> =>
    dispatch([{ ...usage, load: async () => command }], args, io);
}
