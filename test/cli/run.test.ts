import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('secmod CLI', () => {
  it('lists a year of holidays', () => {
    const r = cli('holidays', '2026', '--calendar', 'england-and-wales');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'England and Wales bank holidays 2026',
      '2026-01-01  Thu  New Year’s Day',
      '2026-04-03  Fri  Good Friday',
      '2026-04-06  Mon  Easter Monday',
      '2026-05-04  Mon  Early May bank holiday',
      '2026-05-25  Mon  Spring bank holiday',
      '2026-08-31  Mon  Summer bank holiday',
      '2026-12-25  Fri  Christmas Day',
      '2026-12-28  Mon  Boxing Day (substitute day for 2026-12-26)',
    ]);
  });
  it('prints JSON on request', () => {
    const r = cli('holidays', '2017', '--calendar=scotland', '--json');
    expect(JSON.parse(r.out).holidays[0]).toEqual({ date: '2017-01-02', name: '2nd January' });
  });
  it('does working-day arithmetic', () => {
    expect(cli('working-days', 'add', '2017-10-06', '15')).toMatchObject({ code: 0, out: '2017-10-27' });
    expect(cli('working-days', 'add', '2017-10-27', '-15')).toMatchObject({ code: 0, out: '2017-10-06' });
    expect(cli('working-days', 'between', '2017-10-06', '2017-10-27')).toMatchObject({ code: 0, out: '15' });
    expect(cli('working-days', 'is', '2017-08-28')).toMatchObject({ code: 1, out: 'no' });
    expect(cli('working-days', 'is', '2017-08-28', '--calendar', 'scotland')).toMatchObject({ code: 0, out: 'yes' });
    expect(cli('working-days', 'next', '2017-12-23')).toMatchObject({ code: 0, out: '2017-12-27' });
    expect(JSON.parse(cli('working-days', 'add', '2017-10-06', '1', '--json').out)).toEqual({ calendar: 'england-and-wales', result: '2017-10-09' });
  });
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['working-days', 'add', '2017-02-29', '3'], 'invalid-date'],
    [['working-days', 'add', '2017-10-06', '1.5'], 'n must be a whole number'],
    [['working-days', 'add', '2017-10-06'], 'usage: secmod working-days add'],
    [['working-days', 'frob'], 'unknown working-days action'],
    [['holidays', '2026', '--calendar', 'atlantis'], 'unknown calendar'],
    [['holidays', '2026', '--bogus'], 'unknown option --bogus'],
    [['holidays', '2026', '--calendar'], 'option --calendar needs a value'],
    [['holidays'], 'usage: secmod holidays'],
    [['holidays', '1960'], 'out-of-range'],
  ])('%j exits 2 with one line on stderr', (argv, message) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain(message);
  });
  it('prints help', () => {
    expect(cli('help').out).toContain('usage: secmod <command>');
    expect(cli().code).toBe(2);
  });
});
