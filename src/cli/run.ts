import { ParseError } from '../errors/parse-error.js';
import { isSecmodError } from '../errors/secmod-error.js';
import { UsageError } from './args.js';
import { commands } from './commands.js';
import type { Io } from './command.js';

export { commands };

export function helpText(): string {
  return [
    'usage: secmod <command> [arguments]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.usage}`),
    '  help                                  this text',
  ].join('\n');
}

/**
 * Runs the `secmod` CLI on argv (without `node` and the script). Returns the exit code: 0 done,
 * 1 a negative answer (e.g. not a working day), 2 bad usage or bad input (one line on stderr; with no
 * arguments at all, the usage on stderr). Never a stack trace.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(helpText());
    return 2;
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)} (try: secmod help)`);
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`secmod: ${error.message}`);
      return 2;
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
      return 2;
    }
    if (isSecmodError(error)) {
      // One line: a register's problems are listed by its command; here the first line says it all.
      io.err(
        `secmod: ${error.code}${error.path.length > 0 ? ` at ${error.path.join('.')}` : ''}: ${error.message.split('\n')[0]}`,
      );
      return 2;
    }
    // A bug, not bad input: one line, no stack trace.
    io.err(
      `secmod: unexpected ${error instanceof Error ? error.name : 'error'}: ${error instanceof Error ? error.message.slice(0, 200) : 'unknown'} (please report it)`,
    );
    return 1;
  }
}
