/** A tiny argv parser: positionals, `--flag`, `--name value` and `--name=value`. @internal */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, string | true>;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses argv; `valued` lists the options that take a value. */
export function parseArgs(
  argv: readonly string[],
  valued: ReadonlySet<string>,
  flags: ReadonlySet<string>,
): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '--') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (valued.has(name)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      options.set(name, value);
    } else if (flags.has(name) && eq === -1) {
      options.set(name, true);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { positionals, options };
}
