// The checks a docs block runs with (see blocks.ts): copied next to the blocks in the consumer project.
// Every failed check is printed as one JSON line on stderr; the process exits 1 if any failed.
import { inspect } from 'node:util';

export const __rest__ = Symbol('...');
let failed = 0;
let passed = 0;

function matches(actual, expected) {
  if (expected === __rest__) return true;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return false;
    const open = expected.at(-1) === __rest__;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) return false;
    return items.every((item, i) => matches(actual[i], item));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([k, v]) => k === '__rest__' || matches(actual[k], v));
  }
  return Object.is(actual, expected);
}

function fail(where, message) {
  failed++;
  console.error(JSON.stringify({ where, message }));
}

const show = (v) => inspect(v, { depth: 4, breakLength: Infinity });

export function __check(where, actual, expected) {
  let value;
  try {
    value = actual();
  } catch (e) {
    return fail(where, `threw ${e?.name ?? 'a value'}: ${e?.message ?? show(e)}`);
  }
  const want = expected();
  if (matches(value, want)) passed++;
  else fail(where, `the comment says ${show(want)}, the code gives ${show(value)}`);
}

export function __throws(where, run, name, code, path) {
  try {
    run();
  } catch (e) {
    const ok = e?.name === name && (code === '' || e.code === code) && (path === undefined || matches(e.path, path));
    if (ok) passed++;
    else fail(where, `expected ${name} ${code} at ${show(path)}, got ${e?.name} ${e?.code} at ${show(e?.path)}`);
    return;
  }
  fail(where, `expected ${name} ${code}, but nothing was thrown`);
}

process.on('exit', () => {
  console.log(`__checks__ ${passed} ${failed}`);
  if (failed > 0) process.exitCode = 1;
});
