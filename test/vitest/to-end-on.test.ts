import { describe, expect, it } from 'vitest';
import { matchers } from '../../src/vitest/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';

expect.extend(matchers);

/** The message of a failing assertion. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('toEndOn explains every step, each with its reason and source', () => {
  it('states the TRIS "+1 day" from the period’s last day to the published date, and adoption after it', () => {
    const message = failure(() => expect(standstillPeriod({ receivedOn: '2017-10-05' })).toEndOn('2018-01-05'));
    expect(message).toContain('it ends on 2018-01-08 (tris convention)'); // the first line, as before
    const lines = message.split('\n').slice(1);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^ {2}2018-01-05 months: .*\[Regulation \(EEC, Euratom\) No 1182\/71 Art\. 3\(2\)\(c\)\]$/,
    );
    expect(lines[1]).toMatch(/^ {2}2018-01-06 day-after: \+1 day: TRIS publishes the day after the period's last day/);
    expect(lines[1]).toMatch(/\[TRIS notifications .* \(observed\)\]$/);
    expect(lines[2]).toContain('2018-01-08 working-day: forward past 2 non-working days');
    expect(lines[3]).toMatch(/^ {2}2018-01-09 adoptable-from: .*\(unconfirmed\)\]$/);
  });

  it('under Regulation 1182/71: no "+1 day" to the end, adoption the day after, Art. 3(2)(c)', () => {
    const s = standstillPeriod({ receivedOn: '2027-03-24', convention: 'regulation-1182-71' });
    const message = failure(() => expect(s).not.toEndOn('2027-06-24'));
    expect(message).not.toContain('day-after');
    expect(message).toContain('2027-06-25 adoptable-from: the day after the period');
  });

  it('does not throw on something that is not a standstill', () => {
    expect(failure(() => expect({ steps: [null] }).toEndOn('2018-01-08'))).toContain('no source');
  });
});
