import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, compareDates } from '../../src/calendar/index.js';
import { standstillPeriod, type StandstillInput } from '../../src/standstill/index.js';
import { standstillAdoptableFromDay } from '../../src/standstill/adoptable.js';
import { isoOf } from '../../src/internal/days.js';

const DAY = 86_400_000;
/** Any date of 2000-2040, as a string (UTC fields: no time zone enters). */
const date = fc
  .integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2040, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const facts = fc.constantFrom<Partial<StandstillInput>>(
  {},
  { detailedOpinion: true },
  { detailedOpinion: true, measure: 'information-society-service' },
  { detailedOpinion: true, measure: 'voluntary-agreement' },
  { commissionAction: 'intends-to-legislate' },
  { commissionAction: 'proposal-pending', councilFirstReadingPosition: true },
  { urgency: true },
);
const state = fc.constantFrom('UK', 'GB', 'XI');
const convention = fc.constantFrom('tris', 'regulation-1182-71') as fc.Arbitrary<'tris' | 'regulation-1182-71'>;

describe('adoptableFrom (fast-check)', () => {
  it("Regulation 1182/71: the day after the period's last day (endsOn), the last step", () => {
    fc.assert(
      fc.property(date, facts, state, (receivedOn, f, notifyingState) => {
        const s = standstillPeriod({ receivedOn, ...f, notifyingState, convention: 'regulation-1182-71' });
        expect(s.adoptableFrom).toBe(addDays(s.endsOn, 1));
        // the step before adoption arrives at endsOn: the period's last day, after any move past non-working days
        expect(s.steps.at(-2)?.date).toBe(s.endsOn);
        expect(s.steps.some((x) => x.kind === 'day-after')).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('every convention: after endsOn, never before the strict reading allows, and the end of every step', () => {
    fc.assert(
      fc.property(date, facts, state, convention, (receivedOn, f, notifyingState, c) => {
        const s = standstillPeriod({ receivedOn, ...f, notifyingState, convention: c });
        const strict = standstillPeriod({ receivedOn, ...f, notifyingState, convention: 'regulation-1182-71' });
        expect(compareDates(s.adoptableFrom, s.endsOn)).toBeGreaterThan(0);
        expect(compareDates(s.adoptableFrom, strict.adoptableFrom)).toBeGreaterThanOrEqual(0);
        // steps run forward from receipt to adoptableFrom, every one with a reason and a source
        expect(s.steps.at(-1)).toMatchObject({ kind: 'adoptable-from', date: s.adoptableFrom });
        let previous = s.receivedOn;
        for (const x of s.steps) {
          expect(compareDates(x.date, previous)).toBeGreaterThanOrEqual(0);
          expect(x.reason.length).toBeGreaterThan(0);
          expect(x.source.document.length).toBeGreaterThan(0);
          previous = x.date;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('TRIS: the "+1 day" step is the day after the nominal end, and standstillEndsOn gives the same day', () => {
    fc.assert(
      fc.property(date, facts, state, (receivedOn, f, notifyingState) => {
        const s = standstillPeriod({ receivedOn, ...f, notifyingState });
        if (s.months > 0) expect(s.steps.find((x) => x.kind === 'day-after')?.date).toBe(addDays(s.nominalEndsOn, 1));
        expect(isoOf(standstillAdoptableFromDay({ standstillEndsOn: s.endsOn }) as number)).toBe(s.adoptableFrom);
        expect(isoOf(standstillAdoptableFromDay({ standstill: s }) as number)).toBe(s.adoptableFrom);
      }),
      { numRuns: 1500 },
    );
  });

  it('warns a UK notification exactly when received after 2020', () => {
    fc.assert(
      fc.property(date, fc.constantFrom('UK', 'GB'), (receivedOn, notifyingState) => {
        const s = standstillPeriod({ receivedOn, notifyingState });
        expect(s.warnings.map((w) => w.code)).toEqual(receivedOn > '2020-12-31' ? ['not-notified-after-2020'] : []);
      }),
      { numRuns: 1000 },
    );
  });
});
