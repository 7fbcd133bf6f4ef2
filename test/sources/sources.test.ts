import { describe, expect, it } from 'vitest';
import * as secmod from '../../src/index.js';
import { assumptions, sources, type Citation } from '../../src/sources/index.js';

/** Every citation reachable from a value (deep), by walking its plain objects and arrays. */
function citationsIn(value: unknown, seen = new Set<object>()): Citation[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const here =
    'document' in value && 'status' in value && typeof (value as Citation).document === 'string'
      ? [value as Citation]
      : [];
  return [...here, ...Object.values(value).flatMap((v) => citationsIn(v, seen))];
}

describe('one register of sources', () => {
  it('lists each document once, with a standing', () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sources) {
      expect(['enacted', 'observed', 'unconfirmed']).toContain(s.status);
      expect(s.standing.length).toBeGreaterThan(10);
    }
    expect(sources.filter((s) => s.status === 'enacted').map((s) => s.id)).toEqual(
      expect.arrayContaining(['directive-2015-1535', 'regulation-1182-71', 'bfda-1971']),
    );
  });

  it('every citation in the shipped tables names a registered document and carries a standing', () => {
    const titles = new Set(sources.map((s) => s.title));
    const shipped = [
      secmod.PATH_RULES,
      secmod.TRANSITIONS,
      secmod.ERAS,
      secmod.EC_NOTIFICATION_RULE,
      secmod.STANDSTILL_DURATIONS,
      secmod.SEC_RELEASE_POLICY,
      secmod.DCC_STANDARD_TIMESCALES,
      secmod.DCC_TIMESCALE_VERSIONS,
      secmod.MAJORITY_IN_EVERY_GROUP,
      secmod.MAJORITY_OF_VOTES_CAST,
      ...Object.values(secmod.builtInCalendars).map((c) => ('definition' in c ? c.definition : c.source)),
      secmod.standstillPeriod({ receivedOn: '2017-10-05' }).basis,
      secmod.standstillPeriod({ receivedOn: '2017-10-05', convention: 'regulation-1182-71' }).basis,
    ];
    const found = citationsIn(shipped);
    expect(found.length).toBeGreaterThan(60);
    for (const c of found) {
      // A union calendar cites its parts' documents, joined.
      for (const title of c.document.split('; ')) expect(titles, c.document).toContain(title);
      expect(['enacted', 'observed', 'unconfirmed']).toContain(c.status);
      if (c.status === 'observed')
        expect(c.records ?? sources.find((s) => c.document.startsWith(s.title))?.standing).toBeTruthy();
    }
  });

  it('nothing shipped cites a working note', () => {
    const text = JSON.stringify([sources, assumptions()]);
    expect(text).not.toMatch(/BRIEF|API\.md|the seed/i);
  });
});

describe('assumptions()', () => {
  it('lists the rules that are observed or unconfirmed, each with the parameter that overrides it', () => {
    const all = assumptions();
    expect(all.map((a) => a.id)).toEqual(
      expect.arrayContaining([
        'appeal-window',
        'working-day',
        'change-board-vote',
        'dcc-timescales',
        'release-calendar',
      ]),
    );
    for (const a of all) {
      expect(a.source.status).not.toBe('enacted');
      expect(a.default.length).toBeGreaterThan(0);
    }
    expect(all.find((a) => a.id === 'appeal-window')?.parameter).toBe('LifecycleOptions.appealWindowWorkingDays');
  });

  it('filters by standing', () => {
    const unconfirmed = assumptions('unconfirmed');
    expect(unconfirmed.length).toBeGreaterThan(0);
    expect(unconfirmed.every((a) => a.source.status === 'unconfirmed')).toBe(true);
    expect(assumptions('observed').every((a) => a.source.status === 'observed')).toBe(true);
    expect(unconfirmed.length + assumptions('observed').length).toBe(assumptions().length);
  });

  it('refuses a standing it does not know, naming the ones it does', () => {
    for (const bogus of ['bogus', 'enacted', 42, null]) {
      const call = () => assumptions(bogus as never);
      expect(call).toThrow(expect.objectContaining({ code: 'invalid-argument', path: ['status'] }));
      expect(call).toThrow(/observed, unconfirmed/);
    }
  });

  it('the defaults in use cite the same sources as their assumptions', () => {
    const byId = Object.fromEntries(assumptions().map((a) => [a.id, a.source]));
    expect(secmod.MAJORITY_IN_EVERY_GROUP.source).toBe(byId['change-board-vote']);
    expect(secmod.DCC_STANDARD_TIMESCALES.source).toBe(byId['dcc-timescales']);
    expect(secmod.EC_NOTIFICATION_RULE[1]?.source).toBe(byId['ec-notification-after-2020']);
  });
});
