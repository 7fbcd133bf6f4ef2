/**
 * One stage of the size benchmark in a process of its own, so its peak memory (maxRSS) is its own:
 * `node bench/size-child.mjs <register.json> <stage>`, stage one of json (the comparator: JSON.parse
 * and JSON.stringify only), parse, report, text, markdown, json, html. Prints one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseRegister } from '../dist/register/index.js';
import { renderStatusReport, statusReport } from '../dist/report/index.js';

const [file, stage] = process.argv.slice(2);
const ms = {};
const timed = (name, fn) => {
  const start = performance.now();
  const value = fn();
  ms[name] = performance.now() - start;
  return value;
};
const text = readFileSync(file, 'utf8');
const raw = timed('JSON.parse', () => JSON.parse(text));
let bytes = 0;
if (stage === 'json') {
  bytes = timed('JSON.stringify', () => JSON.stringify(raw, null, 2)).length;
} else {
  const register = timed('parseRegister', () => parseRegister(raw));
  if (stage !== 'parse') {
    const report = timed('statusReport', () => statusReport(register, { asOf: '2022-06-30' }));
    if (stage === 'json-render') bytes = timed('render', () => JSON.stringify(report, null, 2)).length;
    else if (stage !== 'report') bytes = timed('render', () => renderStatusReport(report, { format: stage })).length;
  }
}
process.stdout.write(`${JSON.stringify({ stage, ms, bytes, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
