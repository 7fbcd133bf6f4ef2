#!/usr/bin/env node
/**
 * The `secmod` command: the one place in the package that reads argv and prints.
 * @module cli
 */
import type { Io } from './command.js';
import { commandFirst, DIRECT_COMMANDS } from './direct-commands.js';
import { fdIo } from './write.js';

/**
 * The date questions, each with an entry point of its own (`direct/`, built apart from the other
 * commands): its start-up loads its own code and nothing else. Every other command, help and
 * `--version` go through `run`, which knows them all; both answer the same arguments the same way.
 */
const DIRECT: ReadonlySet<string> = new Set(DIRECT_COMMANDS);

type Main = (args: readonly string[], io: Io) => Promise<number>;

const args = process.argv.slice(2);
const name = commandFirst(args)[0];
const main: Main =
  name !== undefined && DIRECT.has(name)
    ? ((await import(new URL(`./direct/${name}.js`, import.meta.url).href)) as { main: Main }).main
    : (await import('./run.js')).run;

// Lines go to descriptors 1 and 2 directly (write.ts says why); a reader that stops early
// (`secmod holidays 2026 | head -3`) is not an error: the process stops quietly, no stack trace.
const io = fdIo();
process.exitCode = await main(args, io);
io.flush();
