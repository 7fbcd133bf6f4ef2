/**
 * A caller's `Date`, passed where secmod expects something else, is echoed in messages by its UTC
 * calendar date (`Date(2017-10-05 UTC)`), never in the process's local time. The zone is set far from
 * UTC for this file: 23:00 UTC on 5 October 2017 is already 6 October in Kiritimati (UTC+14).
 */
process.env.TZ = 'Pacific/Kiritimati';

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isSecmodError } from '../../src/errors/index.js';
import * as secmod from '../../src/index.js';
import { TARGETS } from './targets.js';

const ORIGINAL_TZ = process.env.TZ;
afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

const CALLERS_DATE = new Date(Date.UTC(2017, 9, 5, 23));
/** What a local-time rendering of the date contains, in any of `Date`'s string forms. */
const LOCAL = /GMT|Oct 0?6|2017-10-06|10\/6\/2017|13:00/;

/** Plain data whose fields a caller fills in (not a calendar or other object with behaviour). */
const isData = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype) &&
  !Object.values(v).some((x) => typeof x === 'function');

/** Every copy of `value` with one of its positions (itself, a field, an element; to `depth`) replaced by the date. */
function withDate(value: unknown, depth: number): unknown[] {
  const out: unknown[] = [CALLERS_DATE];
  if (depth === 0 || !isData(value)) return out;
  if (Array.isArray(value)) {
    for (const [i, x] of value.slice(0, 2).entries())
      for (const changed of withDate(x, depth - 1)) out.push(value.map((y, k) => (k === i ? changed : y)));
    return out;
  }
  for (const [key, x] of Object.entries(value))
    for (const changed of withDate(x, depth - 1)) out.push({ ...value, [key]: changed });
  return out;
}

/** The messages of a refusal (a SecmodError thrown or returned), with its issues'. */
function messagesOf(call: () => unknown): string[] {
  let error: unknown;
  try {
    const r = call() as { ok?: unknown; error?: unknown } | null;
    if (typeof r === 'object' && r !== null && r.ok === false) error = r.error;
  } catch (e) {
    error = e;
  }
  if (!isSecmodError(error)) return [];
  const issues = (error as { issues?: readonly { message?: unknown }[] }).issues ?? [];
  return [error.message, ...issues.map((i) => String(i.message))];
}

describe('a Date in a message', () => {
  it('is the zone this file asked for', () => {
    expect(new Date(2017, 6, 1).getTimezoneOffset()).toBe(-840);
  });

  it('is shown by its UTC date by every public function, at every position of its arguments', () => {
    const shown: string[] = [];
    for (const [name, target] of Object.entries(TARGETS)) {
      const call = target.call as (...x: unknown[]) => unknown;
      for (const args of fc.sample(target.typed, { seed: 7, numRuns: 3 })) {
        for (let i = 0; i < args.length; i++) {
          for (const changed of withDate(args[i], 3)) {
            const a = args.map((x, k) => (k === i ? changed : x));
            for (const message of messagesOf(() => call(...a))) {
              expect(message, `${name}, argument ${i}`).not.toMatch(LOCAL);
              if (message.includes('Date(')) shown.push(message);
            }
          }
        }
      }
    }
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((m) => m.includes('Date(2017-10-05 UTC)'))).toBe(true);
  });

  it('is shown by its UTC date where a lifecycle refusal or a vote rule echoes it', () => {
    const state = secmod.initialState({ id: 'MP1', path: 'self-governance', raisedOn: '2019-01-10' });
    const refusals = [
      () =>
        secmod.initialState({ id: 'MP1', path: 'self-governance', raisedOn: '2019-01-10', era: CALLERS_DATE as never }),
      () => secmod.transition(state, { type: 'convert-to-proposal', date: '2019-01-11', route: CALLERS_DATE } as never),
      () => secmod.transition(state, { type: 'convert-to-proposal', date: '2019-01-11', path: CALLERS_DATE } as never),
      () =>
        secmod.changeBoardVote({ suppliers: { for: 1, against: 0 } }, 'self-governance', {
          name: CALLERS_DATE,
          source: { document: 'house', status: 'observed' },
          carries: () => 'yes',
        } as never),
    ];
    for (const refusal of refusals) {
      const [message] = messagesOf(refusal);
      expect(message).toContain('Date(2017-10-05 UTC)');
      expect(message).not.toMatch(LOCAL);
    }
  });
});
