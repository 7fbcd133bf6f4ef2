#!/usr/bin/env node
/**
 * The `secmod` command: the one place in the package that reads argv and prints.
 * @module cli
 */
import { run } from './run.js';

// A reader that stops early (`secmod holidays 2026 | head -3`) is not an error: stop quietly, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
