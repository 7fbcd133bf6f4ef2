/**
 * A typo changes the law: `detailed_opinion` for `detailedOpinion` gives a 3-month standstill instead of
 * 6 (goods, a detailed opinion). The standstill entrances refuse an unknown key with `invalid-argument`,
 * its path and the nearest known key, as every other entrance does (`checkKeys` in src/internal/keys.ts).
 */
import { describe, expect, it } from 'vitest';
import { requiresEcNotification, standstillDuration, standstillPeriod } from '../../src/standstill/index.js';
import { errorOf } from '../helpers.js';

describe('the standstill entrances refuse an unknown key', () => {
  it('standstillPeriod: detailed_opinion is not detailedOpinion', () => {
    // Spelt right: 6 months for goods with a detailed opinion.
    expect(standstillPeriod({ receivedOn: '2026-12-03', detailedOpinion: true }).months).toBe(6);
    const e = errorOf(() => standstillPeriod({ receivedOn: '2026-12-03', detailed_opinion: true } as never));
    expect(e.code).toBe('invalid-argument');
    expect(e.path).toEqual(['detailed_opinion']);
    expect(e.message).toContain('unknown key "detailed_opinion" (did you mean "detailedOpinion"?)');
  });

  it('standstillDuration reads the same input', () => {
    const e = errorOf(() => standstillDuration({ receivedOn: '2026-12-03', urgncy: true } as never));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['urgncy']]);
    expect(e.message).toContain('(did you mean "urgency"?)');
  });

  it("requiresEcNotification: the territories of a rule's version", () => {
    const rule = [
      {
        from: '2021-01-01',
        value: { 'great-britain': false, 'northern-irland': true },
        source: { document: 'Protocol', status: 'enacted' },
      },
    ];
    const e = errorOf(() => requiresEcNotification('2021-06-01', 'great-britain', rule as never));
    expect([e.code, e.path]).toEqual(['invalid-argument', ['rule', 0, 'value', 'northern-irland']]);
    expect(e.message).toContain('(did you mean "northern-ireland"?)');
  });
});
