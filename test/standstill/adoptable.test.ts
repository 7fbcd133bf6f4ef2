import { describe, expect, it } from 'vitest';
import { requiresEcNotification, standstillPeriod, type StandstillStep } from '../../src/standstill/index.js';
import { standstillAdoptableFromDay } from '../../src/standstill/adoptable.js';
import { assumptions } from '../../src/sources/index.js';
import { isoOf } from '../../src/internal/days.js';
import { calendarFromDates } from '../../src/calendar/index.js';
import { errorOf } from '../helpers.js';

const step = (steps: readonly StandstillStep[], kind: StandstillStep['kind']) => steps.find((s) => s.kind === kind);

describe('adoptableFrom: the first day the measure may be adopted, whatever the convention', () => {
  it('Regulation 1182/71: the day after the period’s last day (received 2027-03-24: last day 2027-06-24)', () => {
    const s = standstillPeriod({ receivedOn: '2027-03-24', convention: 'regulation-1182-71' });
    expect(s.endsOn).toBe('2027-06-24');
    expect(s.adoptableFrom).toBe('2027-06-25');
    expect(step(s.steps, 'adoptable-from')?.source).toMatchObject({
      document: 'Regulation (EEC, Euratom) No 1182/71',
      clause: 'Art. 3(2)(c)',
      status: 'enacted',
    });
  });

  it('TRIS: the day after the published date, an unconfirmed reading listed in assumptions()', () => {
    const s = standstillPeriod({ receivedOn: '2017-10-05' });
    expect(s.endsOn).toBe('2018-01-08'); // unchanged: the date TRIS publishes
    expect(s.adoptableFrom).toBe('2018-01-09');
    const source = step(s.steps, 'adoptable-from')?.source;
    expect(source?.status).toBe('unconfirmed');
    const assumption = assumptions('unconfirmed').find((a) => a.id === 'tris-adoptable-from');
    expect(assumption?.source).toBe(source);
    expect(assumption?.parameter).toContain('regulation-1182-71');
  });

  it('why the safe reading: when the period’s last day is a Sunday, TRIS publishes the strict reading’s last day', () => {
    const tris = standstillPeriod({ receivedOn: '2017-10-07' });
    const strict = standstillPeriod({ receivedOn: '2017-10-07', convention: 'regulation-1182-71' });
    expect(tris.endsOn).toBe('2018-01-08');
    expect(strict.endsOn).toBe('2018-01-08'); // Sunday 7 January moved to Monday (Art. 3(4)): still the period
    expect(strict.adoptableFrom).toBe('2018-01-09');
    expect(tris.adoptableFrom).toBe('2018-01-09');
  });

  it('the urgency procedure: the day after endsOn too', () => {
    expect(standstillPeriod({ receivedOn: '2012-03-09', urgency: true }).adoptableFrom).toBe('2012-03-11');
    expect(
      standstillPeriod({ receivedOn: '2012-03-09', urgency: true, convention: 'regulation-1182-71' }).adoptableFrom,
    ).toBe('2012-03-10');
  });

  it('keeps endsOn as it was for every convention (the 2027 case, a clamped month, 6 months)', () => {
    expect(standstillPeriod({ receivedOn: '2027-03-24' }).endsOn).toBe('2027-06-25');
    expect(standstillPeriod({ receivedOn: '2016-11-30' }).endsOn).toBe('2017-03-01');
    expect(standstillPeriod({ receivedOn: '2016-06-09', detailedOpinion: true }).endsOn).toBe('2016-12-12');
  });
});

describe('steps: every step from receipt to adoption, with its reason and source', () => {
  it('TRIS: months, the "+1 day" to the published date, the skipped days, then adoption', () => {
    const s = standstillPeriod({ receivedOn: '2017-10-05' });
    expect(s.steps.map((x) => [x.kind, x.date])).toEqual([
      ['months', '2018-01-05'],
      ['day-after', '2018-01-06'],
      ['working-day', '2018-01-08'],
      ['adoptable-from', '2018-01-09'],
    ]);
    const dayAfter = step(s.steps, 'day-after');
    expect(dayAfter?.reason).toMatch(/^\+1 day: TRIS publishes the day after the period's last day/);
    expect(dayAfter?.source).toMatchObject({ status: 'observed', records: ['TRIS notifications 2012-2017'] });
    expect(step(s.steps, 'months')?.source.clause).toBe('Art. 3(2)(c)');
    expect(step(s.steps, 'working-day')?.reason).toContain('2018-01-06 saturday, 2018-01-07 sunday');
  });

  it('Regulation 1182/71: no "+1 day" to the end; the move past non-working days cites Art. 3(4)', () => {
    const s = standstillPeriod({ receivedOn: '2017-10-07', convention: 'regulation-1182-71' });
    expect(s.steps.map((x) => x.kind)).toEqual(['months', 'working-day', 'adoptable-from']);
    expect(step(s.steps, 'working-day')?.source.clause).toBe('Art. 3(4)');
  });

  it('names a clamped month', () => {
    expect(step(standstillPeriod({ receivedOn: '2016-11-30' }).steps, 'months')?.reason).toContain(
      "clamped to the month's last day",
    );
  });
});

describe('after 2020: Great Britain is not notified, Northern Ireland is (under its own holidays)', () => {
  it('a UK notification received after 2020 is computed with a warning citing the rule requiresEcNotification reads', () => {
    expect(requiresEcNotification('2026-12-07', 'great-britain')).toBe(false);
    for (const notifyingState of [undefined, 'UK', 'GB', 'uk']) {
      const s = standstillPeriod({ receivedOn: '2026-12-07', ...(notifyingState ? { notifyingState } : {}) });
      expect(s.warnings).toHaveLength(1);
      expect(s.warnings[0]).toMatchObject({
        code: 'not-notified-after-2020',
        severity: 'warning',
        path: ['notifyingState'],
        source: { document: 'Withdrawal Agreement, Protocol on Ireland/Northern Ireland', status: 'unconfirmed' },
      });
      expect(s.warnings[0]?.message).toContain("notifyingState 'XI'");
    }
  });

  it('no warning on or before 31 December 2020, for Northern Ireland, or for another state', () => {
    expect(standstillPeriod({ receivedOn: '2020-12-31' }).warnings).toEqual([]);
    expect(standstillPeriod({ receivedOn: '2017-10-05' }).warnings).toEqual([]);
    expect(standstillPeriod({ receivedOn: '2026-12-07', notifyingState: 'XI' }).warnings).toEqual([]);
    const fr = calendarFromDates('fr', []);
    expect(standstillPeriod({ receivedOn: '2026-12-07', notifyingState: 'F', stateCalendar: fr }).warnings).toEqual([]);
  });

  it("XI (Northern Ireland) skips Northern Ireland's bank holidays, not Scotland's, and cites the Protocol", () => {
    // 2026-08-02 is a Sunday; 2026-08-03 is Scotland's Summer bank holiday, a working day in Northern Ireland.
    const ni = standstillPeriod({ receivedOn: '2026-05-02', notifyingState: 'XI' });
    expect(ni.calendar).toBe('tris-commission-core+northern-ireland');
    expect(ni.endsOn).toBe('2026-08-03');
    expect(ni.adoptableFrom).toBe('2026-08-04');
    expect(standstillPeriod({ receivedOn: '2026-05-02' }).endsOn).toBe('2026-08-04'); // UK: Scotland's too
    const protocol = ni.basis.find((c) => c.document.includes('Northern Ireland'));
    expect(protocol).toMatchObject({
      url: 'https://eur-lex.europa.eu/eli/treaty/withd_2020/oj',
      status: 'unconfirmed',
    });
    expect(protocol?.note).toContain('XI');
    expect(assumptions().find((a) => a.id === 'tris-northern-ireland')?.source).toBe(protocol);
  });

  it('XI moves past a Northern Ireland holiday (Battle of the Boyne, 12 July 2027)', () => {
    // received 2027-04-11: + 3 months = Sunday 11 July, + 1 day = Monday 12 July, a bank holiday in Northern Ireland.
    const ni = standstillPeriod({ receivedOn: '2027-04-11', notifyingState: 'XI' });
    expect(ni.endsOn).toBe('2027-07-13');
    expect(ni.skipped).toEqual([{ date: '2027-07-12', reason: 'holiday', holiday: expect.stringMatching(/Boyne/) }]);
  });
});

describe('standstillAdoptableFromDay: the one reading of both inputs', () => {
  const day = (input: Parameters<typeof standstillAdoptableFromDay>[0]) => {
    const d = standstillAdoptableFromDay(input, ['input']);
    return d === undefined ? undefined : isoOf(d);
  };

  it('a standstill: its adoptableFrom; standstillEndsOn (the TRIS date): the day after; neither: undefined', () => {
    expect(day({ standstill: standstillPeriod({ receivedOn: '2027-03-24', convention: 'regulation-1182-71' }) })).toBe(
      '2027-06-25',
    );
    expect(day({ standstillEndsOn: '2018-01-08' })).toBe('2018-01-09');
    expect(day({ standstill: standstillPeriod({ receivedOn: '2017-10-05' }) })).toBe(
      day({ standstillEndsOn: '2018-01-08' }),
    );
    expect(day({})).toBeUndefined();
  });

  it('refuses both, and what is not a standstill', () => {
    const s = standstillPeriod({ receivedOn: '2017-10-05' });
    const both = errorOf(() => day({ standstill: s, standstillEndsOn: '2018-01-08' }));
    expect(both.code).toBe('invalid-argument');
    expect(both.path).toEqual(['input', 'standstillEndsOn']);
    expect(errorOf(() => day({ standstill: '2018-01-08' as never })).path).toEqual(['input', 'standstill']);
    expect(errorOf(() => day({ standstill: { ...s, adoptableFrom: undefined } as never })).code).toBe(
      'invalid-argument',
    );
    expect(errorOf(() => day({ standstill: { ...s, adoptableFrom: '2018-01-08' } as never })).path).toEqual([
      'input',
      'standstill',
      'adoptableFrom',
    ]);
    expect(errorOf(() => day({ standstillEndsOn: '2018-02-30' })).code).toBe('invalid-date');
  });
});
