/**
 * The exit codes of every `secmod` command, stated once: the commands return these, `secmod --help`
 * prints them, and README's "Command line" section repeats the same lines (a test holds the two to
 * each other). One rule, with or without `--json`: the code is the answer, the format is only how it
 * is written, so a script that adds `--json` to read the details branches the same way.
 * @internal
 */

/** What each exit code means. */
export const EXIT = {
  /** Done: the answer is yes, or the command had no question to answer (a calendar, a report, a plan). */
  done: 0,
  /** A negative answer: one of {@link NEGATIVE_ANSWERS}. */
  no: 1,
  /** Bad usage or bad input: one line on stderr, or every problem of a file with its path. */
  badInput: 2,
  /** A bug in secmod: one line on stderr, never a stack trace. */
  bug: 3,
} as const;

/** The commands that can answer no, and what their no is: the only ones that exit 1. */
export const NEGATIVE_ANSWERS: Readonly<Record<string, string>> = {
  'working-days is': 'not a working day',
  validate: 'an error found',
  replay: 'an event refused',
};

/** The exit codes as `secmod --help` prints them (and README's "Command line" section quotes them). */
export const EXIT_CODE_HELP: readonly string[] = [
  'exit codes (the same with --json: the code is the answer, --json only how it is written):',
  `  ${EXIT.done}  done`,
  `  ${EXIT.no}  a negative answer: ${Object.entries(NEGATIVE_ANSWERS)
    .map(([command, no]) => `${command} (${no})`)
    .join(', ')}`,
  `  ${EXIT.badInput}  bad usage or bad input: one line on stderr, or every problem of a file with its path`,
  `  ${EXIT.bug}  a bug in secmod: one line on stderr (please report it)`,
];
