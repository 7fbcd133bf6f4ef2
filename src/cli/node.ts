/**
 * The Node modules the CLI's date questions use, taken with `require`: Node loads its CommonJS `fs`
 * and `util` before any user code, while the ES module namespaces of `node:fs` and `node:util` cost more
 * to make (that of `node:fs` loads Node's stream modules), a tenth of the start-up of a date question
 * such as `secmod standstill 2017-10-05` between them.
 * @internal
 */
import type * as NodeFs from 'node:fs';
import { createRequire } from 'node:module';
import type * as NodeUtil from 'node:util';

const require = createRequire(import.meta.url);

export const fs = require('node:fs') as typeof NodeFs;
export const util = require('node:util') as typeof NodeUtil;
