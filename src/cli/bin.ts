#!/usr/bin/env node
/**
 * The `secmod` command: the one place in the package that reads argv and prints.
 * @module cli
 */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
