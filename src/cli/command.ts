/** Where a command writes: the CLI's only I/O, injected so commands are testable. @internal */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** One `secmod` subcommand. Returns the exit code; throws UsageError or SecmodError on bad input. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  run(argv: readonly string[], io: Io): number | Promise<number>;
}
