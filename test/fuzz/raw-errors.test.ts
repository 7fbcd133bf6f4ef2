/**
 * "Hostile input, second round": the minimal case of each raw JavaScript error found, each answered with
 * a coded SecmodError (or a defined result) rather than a TypeError or RangeError.
 */
import type Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { englandAndWales, scotland, unionCalendar } from '../../src/calendar/index.js';
import { dateHolidaysCalendar } from '../../src/date-holidays/index.js';
import { isSecmodError, SecmodError } from '../../src/errors/index.js';
import { ParseError } from '../../src/errors/parse-error.js';
import { ERAS, initialState, MAJORITY_IN_EVERY_GROUP, MAJORITY_OF_VOTES_CAST } from '../../src/lifecycle/index.js';
import { parseRegister, RegisterError } from '../../src/register/index.js';
import { renderStatusReport, statusReport } from '../../src/report/index.js';
import { inForce } from '../../src/sources/index.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
const init = { id: 'MP1', path: 'fast-track', raisedOn: '2019-09-10' } as const;

describe('raw errors: each minimal case answers with a coded error or a defined result', () => {
  it('renderStatusReport of 100,000 open proposals', () => {
    const proposals = Array.from({ length: 100_000 }, (_, i) => ({
      id: `MP${100000 + i}`,
      path: 'self-governance',
      raisedOn: '2017-03-01',
      status: { state: 'open', stage: 'refinement' },
    }));
    const report = statusReport(parseRegister({ proposals }), { asOf: '2017-10-06' });
    for (const format of ['text', 'markdown'] as const)
      expect(renderStatusReport(report, { format })).toContain('MP199999');
  });

  it.each([
    ['era', 1n],
    ['era', Symbol('era')],
    ['era', cyclic],
    ['era', 'x'.repeat(2_000_000)],
    ['raisedBy', 1n],
    ['raisedBy', Symbol('raiser')],
    ['raisedBy', cyclic],
    ['raisedBy', Object.create(null)],
  ])('initialState with %s %s', (key, value) => {
    const e = thrown(() => initialState({ ...init, [key]: value } as never));
    expect(isSecmodError(e)).toBe(true);
    expect((e as Error).message.length).toBeLessThan(400);
  });

  it('unionCalendar with a calendar lacking source', () => {
    const { source: _, ...withoutSource } = scotland;
    expect(isSecmodError(thrown(() => unionCalendar('u', englandAndWales, withoutSource as never)))).toBe(true);
  });

  it('dateHolidaysCalendar when getHolidays returns a non-array', () => {
    const fake = { getHolidays: () => 42 } as unknown as Holidays;
    expect(isSecmodError(thrown(() => dateHolidaysCalendar(fake).isHoliday('2017-07-14')))).toBe(true);
  });

  it('inForce with a BigInt in the path', () => {
    expect(isSecmodError(thrown(() => inForce(ERAS, '2019-09-10', ['day', 1n] as never)))).toBe(true);
  });

  it('the error constructors with null options or non-array issues', () => {
    expect(isSecmodError(new SecmodError('invalid-date', 'bad', null as never))).toBe(true);
    expect(isSecmodError(new ParseError('invalid-events', 'events', null as never))).toBe(true);
    expect(isSecmodError(new RegisterError(42 as never))).toBe(true);
  });

  it.each([MAJORITY_OF_VOTES_CAST, MAJORITY_IN_EVERY_GROUP])('$name: carries({ a: null })', (rule) => {
    expect(isSecmodError(thrown(() => rule.carries({ a: null } as never)))).toBe(true);
  });
});
