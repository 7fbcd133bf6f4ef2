/** Where a command writes: the CLI's only I/O, injected so commands are testable. @internal */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** One `secmod` subcommand's code (its name and usage are in `commands.ts`). Returns the exit code; throws UsageError or SecmodError on bad input. */
export interface Command {
  run(argv: readonly string[], io: Io): number | Promise<number>;
}

/** A subcommand as `secmod help` lists it, and how to load it. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  load(): Promise<Command>;
}
