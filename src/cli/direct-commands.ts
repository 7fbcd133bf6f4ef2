/**
 * Which commands have an entry point of their own (`direct/`, each built apart from the other commands),
 * and how a command is named in argv: the one list `bin.ts` routes by and `tsup.config.ts` builds, and the
 * one reading of `--json` before the command that `bin.ts` and `dispatch` share.
 * @internal
 */

/** The date questions: each has `src/cli/direct/<name>.ts`, and its start-up loads its own code only. */
export const DIRECT_COMMANDS = ['standstill', 'working-days', 'holidays'] as const;

/** argv with a leading `--json` moved after the command: `secmod --json standstill 2017-10-05`. */
export function commandFirst(args: readonly string[]): readonly string[] {
  return args[0] === '--json' && args.length > 1 ? [args[1] as string, '--json', ...args.slice(2)] : args;
}
