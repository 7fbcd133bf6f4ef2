import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, EXIT_CODE_HELP, NEGATIVE_ANSWERS } from '../../src/cli/exit-codes.js';
import { commands, run } from '../../src/cli/run.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A history whose one event the lifecycle refuses: `replay` answers no. */
function refusedHistory(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'secmod-')), 'refused.json');
  writeFileSync(
    file,
    JSON.stringify({
      id: 'MP153',
      path: 'fast-track',
      raisedOn: '2021-03-19',
      events: [{ type: 'change-board-vote', date: '2021-03-20', vote: 'approve' }],
    }),
  );
  return file;
}

describe('secmod CLI', () => {
  it('lists a year of holidays', async () => {
    const r = await cli('holidays', '2026', '--calendar', 'england-and-wales');
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
  it('prints JSON on request', async () => {
    const r = await cli('holidays', '2017', '--calendar=scotland', '--json');
    expect(JSON.parse(r.out).holidays[0]).toEqual({ date: '2017-01-02', name: '2nd January' });
  });
  it('does working-day arithmetic', async () => {
    expect(await cli('working-days', 'add', '2017-10-06', '15')).toMatchObject({ code: 0, out: '2017-10-27' });
    expect(await cli('working-days', 'add', '2017-10-27', '-15')).toMatchObject({ code: 0, out: '2017-10-06' });
    expect(await cli('working-days', 'between', '2017-10-06', '2017-10-27')).toMatchObject({ code: 0, out: '15' });
    expect(await cli('working-days', 'is', '2017-08-28')).toMatchObject({ code: 1, out: 'no' });
    expect(await cli('working-days', 'is', '2017-08-28', '--calendar', 'scotland')).toMatchObject({
      code: 0,
      out: 'yes',
    });
    expect(await cli('working-days', 'next', '2017-12-23')).toMatchObject({ code: 0, out: '2017-12-27' });
    expect(JSON.parse((await cli('working-days', 'add', '2017-10-06', '1', '--json')).out)).toEqual({
      calendar: 'england-and-wales',
      result: '2017-10-09',
    });
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
    [
      ['report', 'examples/register-2017-10.json', '--as-of', '2017-10-06', '--since', '2017-10-10'],
      '--since 2017-10-10 must be before --as-of 2017-10-06',
    ],
  ])("%j exits 2: the problem on one line of stderr, then (bad usage) the command's usage", async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    const [first, ...rest] = r.err.split('\n');
    expect(first).toContain(message);
    if (rest.length > 0) expect(rest[0]).toMatch(/^usage: secmod /);
  });
  it("prints every command's help, its own or through help, and the version", async () => {
    const help = await cli('standstill', '--help');
    expect(help).toMatchObject({ code: 0, err: '' });
    expect(help.out).toContain('usage: secmod standstill <received>');
    expect(help.out).toContain('exit codes (the same with --json');
    expect((await cli('help', 'standstill')).out).toBe(help.out);
    expect(await cli('help', 'frob')).toMatchObject({ code: 2 });
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli('--version')).toMatchObject({ code: 0, out: version });
    for (const name of [
      'holidays',
      'working-days',
      'standstill',
      'diagram',
      'replay',
      'releases',
      'earliest-release',
      'validate',
      'plan',
      'gantt',
      'report',
      'sources',
    ]) {
      expect((await cli(name, '--help')).out, name).toMatch(/^usage: secmod /);
    }
  });
  it('one exit-code rule, with or without --json: 0 done, 1 a negative answer, 2 bad input; --help and README say it', async () => {
    // Every command that can answer no answers it with exit 1, in text and in JSON alike.
    const no: Record<keyof typeof NEGATIVE_ANSWERS, string[]> = {
      'working-days is': ['working-days', 'is', '2017-08-28'],
      validate: ['validate', 'examples/timetables/proposed.json'],
      replay: ['replay', refusedHistory()],
    };
    expect(Object.keys(no).sort()).toEqual(Object.keys(NEGATIVE_ANSWERS).sort());
    for (const argv of Object.values(no)) {
      expect((await cli(...argv)).code, argv.join(' ')).toBe(EXIT.no);
      expect((await cli(...argv, '--json')).code, `${argv.join(' ')} --json`).toBe(EXIT.no);
      expect((await cli('--json', ...argv)).code, `--json ${argv.join(' ')}`).toBe(EXIT.no);
    }
    expect(await cli('working-days', 'is', '2017-08-28', '--json')).toMatchObject({
      code: 1,
      out: '{"calendar":"england-and-wales","result":false}',
    });
    expect((await cli('working-days', 'is', '2017-08-29', '--json')).code).toBe(EXIT.done);
    expect((await cli('working-days', 'add', '2017-02-29', '1', '--json')).code).toBe(EXIT.badInput);
    // The rule as --help prints it, and as README's "Command line" section quotes it.
    const help = (await cli('--help')).out;
    const stated = EXIT_CODE_HELP.join('\n');
    expect(help.endsWith(stated)).toBe(true);
    expect((await cli('help', 'validate')).out.endsWith(stated)).toBe(true);
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`text\n${stated}\n\`\`\``);
  });
  it('a bug exits 3, apart from every answer: one line on stderr, no stack trace', async () => {
    const diagram = commands.find((c) => c.name === 'diagram');
    if (diagram === undefined) throw new Error('no diagram command');
    const load = vi.spyOn(diagram, 'load').mockRejectedValue(new TypeError('boom'));
    try {
      expect(await cli('diagram')).toEqual({
        code: EXIT.bug,
        out: '',
        err: 'secmod: unexpected TypeError: boom (please report it)',
      });
    } finally {
      load.mockRestore();
    }
  });
  it("refuses an unknown flag with the command's usage", async () => {
    const r = await cli('releases', '2026', '--frob');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toEqual([
      'secmod: unknown option --frob',
      expect.stringMatching(/^usage: secmod releases <year>/),
    ]);
  });
  it('computes a standstill period and explains it', async () => {
    const r = await cli('standstill', '2017-10-05');
    expect(r.code).toBe(0);
    expect(r.out).toContain('ends on:      2018-01-08');
    expect(r.out).toContain('2018-01-06 saturday, 2018-01-07 sunday');
    expect(r.out).toContain('Directive (EU) 2015/1535 Art. 6(1)');
    const strict = JSON.parse(
      (await cli('standstill', '2017-10-05', '--convention', 'regulation-1182-71', '--json')).out,
    );
    expect(strict).toMatchObject({ endsOn: '2018-01-05', convention: 'regulation-1182-71' });
    expect(JSON.parse((await cli('standstill', '2016-06-09', '--detailed-opinion', '--json')).out).endsOn).toBe(
      '2016-12-12',
    );
    expect(JSON.parse((await cli('standstill', '2017-10-05', '--state', 'F', '--json')).out).calendar).toBe(
      'tris-commission-core+public-holidays-fr',
    );
  });
  it.each([
    [['standstill', '2017-10-05', '--urgency', '--detailed-opinion'], 'invalid-combination'],
    [['standstill', '2017-10-05', '--state', 'XX'], 'unknown-state'],
    [['standstill', '2017-10-05', '--measure', 'law'], 'invalid-argument'],
    [['standstill'], 'usage: secmod standstill'],
  ])('standstill %j exits 2', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });
  it('prints the lifecycle diagram and replays a history file', async () => {
    const diagram = await cli('diagram');
    expect(diagram.code).toBe(0);
    expect(diagram.out.split('\n')[0]).toBe('stateDiagram-v2');
    expect((await cli('diagram', '--direction', 'LR')).out).toContain('direction LR');
    const r = await cli('replay', 'examples/histories/SECMP0004.json');
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain('SECMP0004 (authority-determination, original process): rejected since 2017-09-29');
    expect(
      JSON.parse((await cli('replay', 'examples/histories/SECMP0004.json', '--json')).out).state.decision.decidedBy,
    ).toBe('authority');
  });
  it('reports the first refused event of a history with exit 1', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/secmod-`);
    writeFileSync(
      `${dir}/h.json`,
      JSON.stringify({
        id: 'MP153',
        path: 'fast-track',
        raisedOn: '2021-03-19',
        events: [{ type: 'change-board-vote', date: '2021-03-20', vote: 'approve' }],
      }),
    );
    const r = await cli('replay', `${dir}/h.json`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'refused: event-not-allowed: event 0: MP153 (awaiting-panel-decision): change-board-vote refused',
    );
    writeFileSync(`${dir}/bad.json`, '{ not json');
    expect(await cli('replay', `${dir}/bad.json`)).toMatchObject({ code: 2 });
    expect((await cli('replay', `${dir}/missing.json`)).err).toContain('cannot read');
    expect((await cli('diagram', '--direction', 'UP')).code).toBe(2);
  });
  it('replay prints an id with a newline on one line, the newline shown', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'secmod-'));
    writeFileSync(
      `${dir}/h.json`,
      JSON.stringify({ id: 'MP1\nrefused: forged', path: 'fast-track', raisedOn: '2021-03-19', events: [] }),
    );
    const r = await cli('replay', `${dir}/h.json`);
    expect(r.out.split('\n')[0]).toMatch(/^MP1␊refused: forged \(fast-track/);
    expect(r.out.split('\n')).toHaveLength(2);
  });
  it('lists a year of releases, as text, JSON or iCalendar', async () => {
    const r = await cli('releases', '2019');
    expect(r.out.split('\n')).toEqual([
      'SEC releases 2019',
      // The February and June 2019 dates are not in the stored record: the rule's dates, marked projected.
      '2019-02-28  Thu  February 2019 SEC Release  projected',
      '2019-06-27  Thu  June 2019 SEC Release  projected',
      '2019-11-29  Fri  November 2019 SEC Release (moved from 2019-11-07)',
      'projected: from the policy rule, not in the record, which runs to 2022-11-03 (--record <file> supplies yours)',
    ]);
    expect(JSON.parse((await cli('releases', '2026', '--json')).out)).toHaveLength(3);
    expect((await cli('releases', '2026', '--ics')).out).toContain('BEGIN:VCALENDAR');
    // The CLI adds a LF after each line: the last line of the file ends with CRLF like every other.
    expect((await cli('releases', '2026', '--ics')).out).toMatch(/END:VCALENDAR\r$/);
    expect(await cli('releases', '2017')).toMatchObject({ code: 2 });
    expect(await cli('releases', 'next')).toMatchObject({ code: 2 });
  });
  it('finds the earliest release, with the standstill from its receipt date', async () => {
    const r = await cli('earliest-release', '--approved', '2017-09-29', '--standstill-received', '2017-10-05');
    expect(r.code).toBe(0);
    expect(r.out).toContain('EC standstill ends 2018-01-08');
    expect(r.out).toContain('Earliest release: June 2018 SEC Release, 2018-06-28');
    const late = await cli(
      'earliest-release',
      '--approved',
      '2017-09-29',
      '--standstill-received',
      '2018-04-10',
      '--json',
    );
    expect(JSON.parse(late.out)).toMatchObject({ date: '2018-11-01', passedOver: [{ release: { id: '2018-06' } }] });
    expect((await cli('earliest-release', '--approved', '2020-12-01', '--dcc-impact')).out).toContain(
      'passed over November 2021 SEC Release',
    );
    expect(await cli('earliest-release')).toMatchObject({ code: 2 });
    expect(await cli('earliest-release', '--approved', '2017-09-31')).toMatchObject({ code: 2 });
  });
  it('validates a timetable file: issues listed, exit 1 on an error', async () => {
    const r = await cli('validate', 'examples/timetables/proposed.json');
    expect(r.code).toBe(1);
    expect(r.out).toContain('milestone-not-on-path');
    expect(r.out).toContain('consultation-too-short');
    expect(r.out).toContain('implementation-not-on-release');
    expect(r.out).toContain('2019-04-19 is not a Working Day'); // Good Friday
    expect(r.out).toMatch(/4 error\(s\), 0 warning\(s\)$/);
    const json = JSON.parse((await cli('validate', 'examples/timetables/proposed.json', '--json')).out) as {
      code: string;
    }[];
    expect(json.map((i) => i.code)).toEqual([
      'milestone-not-on-path',
      'consultation-too-short',
      'implementation-not-on-release',
      'non-working-day',
    ]);
    expect(await cli('validate')).toMatchObject({ code: 2 });
  });
  it('plans the earliest timetable, each date with its reason; JSON that validates', async () => {
    const r = await cli('plan', 'examples/plan-request.json');
    expect(r.code).toBe(0);
    expect(r.out).toContain('MP999 (authority-determination): the earliest timetable');
    // The Authority now takes five weeks after the Change Board (its published target), so the decision
    // (28 July 2027) misses the June 2028 release's DCC baseline: November 2028.
    expect(r.out).toMatch(/2028-11-02 {2}implementation +release +November 2028 SEC Release/);
    expect(r.out).toContain('Some meetings are projected');
    const plan = JSON.parse((await cli('plan', 'examples/plan-request.json', '--json')).out) as {
      timetable: { milestones: { kind: string; approved: string }[] };
      options: object;
    };
    expect(plan.timetable.milestones.at(-1)).toEqual({ kind: 'implementation', approved: '2028-11-02' });
    const { validateTimetable } = await import('../../src/timetable/index.js');
    const { SEC_PANEL, SEC_CHANGE_BOARD } = await import('../../src/meetings/index.js');
    expect(
      validateTimetable(plan.timetable as never, {
        ...plan.options,
        panelMeetings: SEC_PANEL,
        changeBoardMeetings: SEC_CHANGE_BOARD,
      }),
    ).toEqual([]);
    expect(await cli('plan')).toMatchObject({ code: 2 });
    expect((await cli('plan', 'examples/timetables/proposed.json')).code).toBe(2);
  });
  it('charts timetables as a Mermaid gantt from a timetable, a plan or a register', async () => {
    const r = await cli('gantt', 'examples/timetables/proposed.json', '--as-of', '2019-03-01');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 7)).toEqual([
      'gantt',
      '  title Progression timetables as of 2019-03-01',
      '  dateFormat YYYY-MM-DD',
      '  axisFormat %b %Y',
      '  todayMarker off',
      '  section MP070',
      '    Refinement (late) :crit, p0m0, 2019-01-01, 31d',
    ]);
    const register = await cli('gantt', 'examples/register-2017-10.json', '--as-of', '2017-10-06');
    expect(register).toMatchObject({
      code: 0,
      err: 'examples/register-2017-10.json: no timetable recorded, so the chart has no bars',
    });
    expect(await cli('gantt', 'examples/timetables/proposed.json')).toMatchObject({ code: 2 });
  });
  it('prints the October 2017 report from the example register, in three formats', async () => {
    const text = await cli('report', 'examples/register-2017-10.json', '--as-of', '2017-10-06');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Total open                             28');
    expect(
      (await cli('report', 'examples/register-2017-10.json', '--as-of', '2017-10-06', '--format', 'markdown')).out,
    ).toContain('| Pending Implementation | 2 |');
    expect(
      JSON.parse(
        (await cli('report', 'examples/register-2017-10.json', '--as-of', '2017-10-06', '--format', 'json')).out,
      ).open.total,
    ).toBe(28);
    expect(
      (await cli('report', 'examples/register-2017-10.json', '--as-of', '2017-10-06', '--since', '2017-09-30')).out,
    ).not.toContain('APPROVED');
  });
  it('refuses a bad register with every problem listed, exit 2 and nothing on stdout', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/secmod-`);
    writeFileSync(
      `${dir}/bad.json`,
      '{"proposals":[{"id":"SECMP0006"},{"id":"SECMP0006","__proto__":{"x":1}},{"id":"nope"}]}',
    );
    const r = await cli('report', `${dir}/bad.json`, '--as-of', '2017-10-06');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('invalid register: 3 problem(s)');
    expect(r.err).toContain('proposals.1.__proto__');
    expect(r.err).toContain('proposals.2.id');
    writeFileSync(`${dir}/text.json`, 'not json');
    expect(await cli('report', `${dir}/text.json`, '--as-of', '2017-10-06')).toMatchObject({ code: 2, out: '' });
    expect(await cli('report', 'examples/register-2017-10.json')).toMatchObject({ code: 2 });
    expect(
      await cli('report', 'examples/register-2017-10.json', '--as-of', '2017-10-06', '--format', 'pdf'),
    ).toMatchObject({ code: 2 });
  });
  it('lists the sources and the assumptions, filtered by standing, as text or JSON', async () => {
    const all = await cli('sources');
    expect(all.code).toBe(0);
    expect(all.out).toContain('enacted     Directive (EU) 2015/1535 <https://eur-lex.europa.eu/eli/dir/2015/1535/oj>');
    expect(all.out).toContain('override: LifecycleOptions.appealWindowWorkingDays');
    const unconfirmed = await cli('sources', '--status', 'unconfirmed', '--json');
    const parsed = JSON.parse(unconfirmed.out) as {
      sources: { status: string }[];
      assumptions: { id: string; source: { status: string } }[];
    };
    expect(parsed.sources.length).toBeGreaterThan(0);
    expect(parsed.sources.every((s) => s.status === 'unconfirmed')).toBe(true);
    expect(parsed.assumptions.map((a) => a.id)).toContain('appeal-window');
    expect(parsed.assumptions.every((a) => a.source.status === 'unconfirmed')).toBe(true);
    expect(await cli('sources', '--status', 'maybe')).toMatchObject({ code: 2 });
    expect(await cli('sources', 'extra')).toMatchObject({ code: 2 });
  });

  it('prints help', async () => {
    expect((await cli('help')).out).toContain('usage: secmod <command>');
    expect((await cli()).code).toBe(2);
  });
});
