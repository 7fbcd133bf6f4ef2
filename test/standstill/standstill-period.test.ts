import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  calendarFromDates,
  compareDates,
  isWorkingDay,
  trisCommissionCore,
  unionCalendar,
  unitedKingdom,
} from '../../src/calendar/index.js';
import {
  requiresEcNotification,
  standstillDuration,
  standstillPeriod,
  type StandstillInput,
} from '../../src/standstill/index.js';
import { errorOf } from '../helpers.js';

describe('standstillPeriod: end dates published in the TRIS record', () => {
  it.each([
    ['2017-10-05', {}, '2018-01-08'],
    ['2016-11-28', {}, '2017-03-01'],
    ['2014-04-30', {}, '2014-07-31'],
    ['2016-06-09', { detailedOpinion: true }, '2016-12-12'],
  ] as const)('received %s %j ends %s (TRIS)', (receivedOn, facts, expected) => {
    expect(standstillPeriod({ receivedOn, ...facts }).endsOn).toBe(expected);
  });

  it('explains the result: months, nominal end, skipped days, convention, basis', () => {
    const s = standstillPeriod({ receivedOn: '2017-10-05' });
    expect(s).toMatchObject({
      receivedOn: '2017-10-05',
      months: 3,
      nominalEndsOn: '2018-01-05',
      endsOn: '2018-01-08',
      convention: 'tris',
      calendar: 'tris-commission-core+united-kingdom',
      skipped: [
        { date: '2018-01-06', reason: 'saturday' },
        { date: '2018-01-07', reason: 'sunday' },
      ],
    });
    expect(s.basis.map((c) => `${c.document} ${c.clause ?? ''}`.trim())).toContain(
      'Directive (EU) 2015/1535 Art. 6(1)',
    );
  });

  it('gives the strict Regulation 1182/71 reading, one day earlier in the common case', () => {
    const s = standstillPeriod({ receivedOn: '2017-10-05', convention: 'regulation-1182-71' });
    expect(s.endsOn).toBe('2018-01-05');
    expect(s.convention).toBe('regulation-1182-71');
    expect(s.basis.map((c) => c.clause)).toEqual(expect.arrayContaining(['Art. 3(1)', 'Art. 3(2)(c)', 'Art. 3(4)']));
    // A period ending on a Saturday ends on the next working day (Art. 3(4)).
    expect(standstillPeriod({ receivedOn: '2017-10-07', convention: 'regulation-1182-71' }).endsOn).toBe('2018-01-08');
  });

  it('names the holidays it skips', () => {
    const s = standstillPeriod({ receivedOn: '2017-09-24' });
    expect(s.skipped).toEqual([
      { date: '2017-12-25', reason: 'holiday', holiday: 'Christmas Day' },
      { date: '2017-12-26', reason: 'holiday', holiday: 'Day after Christmas Day / Boxing Day' },
    ]);
  });

  it('treats the urgency procedure as no standstill', () => {
    expect(standstillPeriod({ receivedOn: '2012-03-09', urgency: true })).toMatchObject({
      months: 0,
      endsOn: '2012-03-10',
      skipped: [],
    });
    expect(standstillPeriod({ receivedOn: '2012-03-09', urgency: true, convention: 'regulation-1182-71' }).endsOn).toBe(
      '2012-03-09',
    );
  });

  it('uses the calendar given for another state, and needs one', () => {
    const fr = calendarFromDates('fr', ['2018-01-08']);
    expect(standstillPeriod({ receivedOn: '2017-10-05', notifyingState: 'F', stateCalendar: fr }).endsOn).toBe(
      '2018-01-09',
    );
    const e = errorOf(() => standstillPeriod({ receivedOn: '2017-10-05', notifyingState: 'F' }));
    expect(e.code).toBe('missing-calendar');
    expect(e.message).toContain('trisStateCalendar');
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ receivedOn: '2017-10-05', detailedOpinion: true } as const);
    expect(standstillPeriod(input).months).toBe(6);
  });
});

describe('standstillDuration: every case of Art. 6', () => {
  it.each([
    [{}, 3, 'Art. 6(1)'],
    [{ detailedOpinion: true }, 6, 'Art. 6(2)'],
    [{ detailedOpinion: true, measure: 'voluntary-agreement' }, 4, 'Art. 6(2)'],
    [{ detailedOpinion: true, measure: 'information-society-service' }, 4, 'Art. 6(2)'],
    [{ detailedOpinion: false, measure: 'information-society-service' }, 3, 'Art. 6(1)'],
    [{ commissionAction: 'intends-to-legislate' }, 12, 'Art. 6(3)'],
    [{ commissionAction: 'proposal-pending', detailedOpinion: true }, 12, 'Art. 6(4)'],
    [{ commissionAction: 'intends-to-legislate', councilFirstReadingPosition: true }, 18, 'Art. 6(5)'],
    [{ urgency: true }, 0, 'Art. 6(7)'],
  ] as const)('%j → %i months (%s)', (facts, months, clause) => {
    const d = standstillDuration({ receivedOn: '2017-10-05', ...facts });
    expect(d.months).toBe(months);
    expect(d.basis[0]?.clause).toBe(clause);
  });

  it.each([
    [{ urgency: true, detailedOpinion: true }, 'Art. 6(7)', 'detailedOpinion'],
    [{ urgency: true, commissionAction: 'intends-to-legislate' }, 'Art. 6(7)', 'commissionAction'],
    [{ councilFirstReadingPosition: true }, 'Art. 6(5)', 'councilFirstReadingPosition'],
    [{ measure: 'information-society-service', commissionAction: 'proposal-pending' }, 'Art. 6(4)', 'commissionAction'],
    [
      { measure: 'information-society-service', commissionAction: 'intends-to-legislate' },
      'Art. 6(3)',
      'commissionAction',
    ],
  ] as const)('refuses %j, citing %s', (facts, clause, path) => {
    const e = errorOf(() => standstillPeriod({ receivedOn: '2017-10-05', ...(facts as Partial<StandstillInput>) }));
    expect(e.code).toBe('invalid-combination');
    expect(e.message).toContain(clause);
    expect(e.source?.clause).toBe(clause);
    expect(e.path).toEqual([path]);
  });

  it('rejects malformed input with a typed error', () => {
    expect(errorOf(() => standstillPeriod({ receivedOn: '2017-02-29' })).code).toBe('invalid-date');
    expect(errorOf(() => standstillPeriod({ receivedOn: '2017-10-05', measure: 'law' as never })).code).toBe(
      'invalid-argument',
    );
    expect(errorOf(() => standstillPeriod({ receivedOn: '2017-10-05', convention: 'court' as never })).code).toBe(
      'invalid-argument',
    );
    expect(errorOf(() => standstillPeriod({ receivedOn: '2017-10-05', detailedOpinion: 'yes' as never })).code).toBe(
      'invalid-argument',
    );
    expect(errorOf(() => standstillPeriod(null as never)).code).toBe('invalid-argument');
  });
});

describe('standstill properties (fast-check)', () => {
  const day = 86_400_000;
  const date = fc
    .integer({ min: Date.UTC(2000, 0, 1) / day, max: Date.UTC(2040, 11, 31) / day })
    .map((d) => new Date(d * day).toISOString().slice(0, 10));
  const facts = fc.constantFrom<Partial<StandstillInput>>(
    {},
    { detailedOpinion: true },
    { detailedOpinion: true, measure: 'information-society-service' },
    { detailedOpinion: true, measure: 'voluntary-agreement' },
    { commissionAction: 'intends-to-legislate' },
    { commissionAction: 'proposal-pending', councilFirstReadingPosition: true },
  );
  const nonWorking = unionCalendar('check', trisCommissionCore, unitedKingdom);

  it('endsOn is never before received + N months, and (TRIS) is a working day', () => {
    fc.assert(
      fc.property(date, facts, (receivedOn, f) => {
        const s = standstillPeriod({ receivedOn, ...f });
        expect(compareDates(s.endsOn, addMonths(receivedOn, s.months))).toBeGreaterThanOrEqual(0);
        expect(isWorkingDay(s.endsOn, nonWorking)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is monotone in receivedOn', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 60 }),
        facts,
        fc.constantFrom('tris', 'regulation-1182-71') as fc.Arbitrary<'tris'>,
        (a, k, f, convention) => {
          const b = addDays(a, k);
          expect(
            compareDates(
              standstillPeriod({ receivedOn: a, convention, ...f }).endsOn,
              standstillPeriod({ receivedOn: b, convention, ...f }).endsOn,
            ),
          ).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('the TRIS date is never earlier than the 1182/71 date', () => {
    fc.assert(
      fc.property(date, facts, (receivedOn, f) => {
        const tris = standstillPeriod({ receivedOn, ...f, convention: 'tris' }).endsOn;
        const strict = standstillPeriod({ receivedOn, ...f, convention: 'regulation-1182-71' }).endsOn;
        expect(compareDates(tris, strict)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('skipped lists exactly the days between the first candidate and endsOn', () => {
    fc.assert(
      fc.property(date, facts, (receivedOn, f) => {
        const s = standstillPeriod({ receivedOn, ...f });
        const first = addDays(s.nominalEndsOn, 1);
        const expected: string[] = [];
        for (let d = first; d !== s.endsOn; d = addDays(d, 1)) expected.push(d);
        expect(s.skipped.map((x) => x.date)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('requiresEcNotification (dated rule)', () => {
  it('notifies GB measures until 31 December 2020 and Northern Ireland ones after', () => {
    expect(requiresEcNotification('2017-09-29', 'great-britain')).toBe(true);
    expect(requiresEcNotification('2020-12-31', 'great-britain')).toBe(true);
    expect(requiresEcNotification('2021-01-01', 'great-britain')).toBe(false);
    expect(requiresEcNotification('2021-01-01', 'northern-ireland')).toBe(true);
  });
  it('refuses what it cannot answer', () => {
    expect(errorOf(() => requiresEcNotification('1960-01-01', 'great-britain')).code).toBe('before-first-version');
    expect(errorOf(() => requiresEcNotification('2021-01-01', 'wales' as never)).code).toBe('invalid-argument');
  });
});
