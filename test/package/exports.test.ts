import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';

/**
 * Checks the built package as a user gets it: `npm test` runs `npm run build` first. Node resolves
 * `secmod` here by the package's self-reference through its `exports` map.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as {
  exports: Record<string, unknown>;
  sideEffects: boolean | string[];
  typesVersions: Record<string, Record<string, string[]>>;
};
const node = (args: string[]) =>
  execFileSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Pacific/Kiritimati' },
  }).trim();

describe('the built package', () => {
  it('has been built (npm test runs `npm run build` first)', () => {
    expect(existsSync(`${root}/dist/index.js`), 'dist/ is missing: run `npm run build`').toBe(true);
  });

  it('loads from ESM: secmod and secmod/calendar share one SecmodError', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { addWorkingDays, englandAndWales, SecmodError } from 'secmod';
       import * as cal from 'secmod/calendar';
       let shared = false;
       try { cal.isoDate('2017-02-29'); } catch (e) { shared = e instanceof SecmodError; }
       console.log(addWorkingDays('2017-10-06', 15, englandAndWales), cal.addWorkingDays('2017-10-06', 15, cal.englandAndWales), shared);`,
    ]);
    expect(out).toBe('2017-10-27 2017-10-27 true');
  });

  it('loads from CommonJS', () => {
    const out = node([
      '-e',
      `const { addWorkingDays, englandAndWales, SecmodError } = require('secmod');
       const cal = require('secmod/calendar');
       let shared = false;
       try { cal.isoDate('2017-02-29'); } catch (e) { shared = e instanceof SecmodError && e.code === 'invalid-date'; }
       console.log(addWorkingDays('2017-10-06', 15, englandAndWales), cal.workingDaysBetween('2017-10-06', '2017-10-27', cal.englandAndWales), shared);`,
    ]);
    expect(out).toBe('2017-10-27 15 true');
  });

  it('loads secmod/standstill and secmod/date-holidays from both module systems', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      `import { standstillPeriod } from 'secmod/standstill';
       import { trisStateCalendar } from 'secmod/date-holidays';
       console.log(standstillPeriod({ receivedOn: '2017-10-05' }).endsOn, standstillPeriod({ receivedOn: '2017-10-05', notifyingState: 'F', stateCalendar: trisStateCalendar('F') }).endsOn);`,
    ]);
    expect(esm).toBe('2018-01-08 2018-01-08');
    const cjs = node([
      '-e',
      `const { standstillPeriod } = require('secmod/standstill'); const { trisStateCalendar } = require('secmod/date-holidays');
       console.log(standstillPeriod({ receivedOn: '2016-06-09', detailedOpinion: true }).endsOn, trisStateCalendar('D').isHoliday('2017-10-03'));`,
    ]);
    expect(cjs).toBe('2016-12-12 true');
  });

  it('loads every module entry point from ESM and CJS, and ships the JSON Schema', () => {
    const mods = ['lifecycle', 'timetable', 'releases', 'register', 'record', 'ical', 'report'];
    const esm = node([
      '--input-type=module',
      '-e',
      `${mods.map((m, i) => `import * as m${i} from 'secmod/${m}';`).join(' ')} console.log([${mods.map((_, i) => `Object.keys(m${i}).length > 0`).join(',')}].every(Boolean));`,
    ]);
    expect(esm).toBe('true');
    const cjs = node([
      '-e',
      `const r = require('secmod/register'); const rep = require('secmod/report'); const fs = require('fs');
      const reg = r.parseRegister(fs.readFileSync('examples/register-2017-10.json', 'utf8'));
      console.log(rep.statusReport(reg, { asOf: '2017-10-06' }).open.total, typeof require.resolve('secmod/schema/register.schema.json'));`,
    ]);
    expect(cjs).toBe('28 string');
    // A record read from CSV by the CJS build, and from iCalendar through ical.js's own CJS build.
    const record = node([
      '-e',
      `const { parseRecord, applyRecord, earliestRelease } = require('secmod'); const { parseIcsRecord } = require('secmod/ical'); const fs = require('fs');
      const r = parseRecord(fs.readFileSync('examples/record-2020-2022.csv', 'utf8'));
      const i = parseIcsRecord(fs.readFileSync('examples/record-2020-2022.ics', 'utf8'));
      console.log(r.meetings.length, i.meetings.length, typeof require.resolve('secmod/schema/record.schema.json'), earliestRelease({ approvedOn: '2026-12-07', policy: applyRecord({ releases: [{ date: '2027-06-17' }] }).releasePolicy }).date);`,
    ]);
    expect(record).toBe('15 15 string 2027-06-17');
  });

  it('runs the example scripts against the built package', () => {
    expect(node(['examples/working-days.mjs']).split('\n')).toEqual([
      'Panel meeting 2017-10-13: papers due 2017-10-06',
      '15 working days after the report date 2017-10-06: 2017-10-27',
      'Working days in 2017 (England and Wales): 252',
      'First working day on or after Christmas Day 2017: 2017-12-27',
    ]);
  });

  it('runs the CLI binary', () => {
    expect(node(['dist/cli/bin.js', 'working-days', 'add', '2017-10-06', '15'])).toBe('2017-10-27');
    expect(node(['dist/cli/bin.js', 'standstill', '2017-10-05', '--state', 'D', '--json'])).toContain(
      '"endsOn": "2018-01-08"',
    );
  });

  it('declares itself side-effect free with one export per module', () => {
    // Only the one-line setup that registers the test matchers has an effect.
    expect(pkg.sideEffects).toEqual(['./dist/vitest/setup.js', './dist/vitest/setup.cjs']);
    expect(Object.keys(pkg.exports)).toEqual(
      expect.arrayContaining([
        '.',
        './calendar',
        './standstill',
        './lifecycle',
        './timetable',
        './releases',
        './register',
        './record',
        './ical',
        './report',
        './date-holidays',
        './sources',
        './vitest',
        './vitest/setup',
        './schema/register.schema.json',
        './schema/record.schema.json',
      ]),
    );
  });

  it('types fit a strict consumer project (exactOptionalPropertyTypes, no skipLibCheck), by the published names', () => {
    // test/package/strict-consumer: optional inputs take undefined, isSecmodError narrows to a code,
    // and every entry point re-exports the types its signatures mention.
    expect(() =>
      execFileSync(
        process.execPath,
        [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/test/package/strict-consumer`],
        {
          cwd: root,
          encoding: 'utf8',
        },
      ),
    ).not.toThrow();
  });

  it('maps every subpath for the node10 resolution of TypeScript too (typesVersions), to a built file', () => {
    for (const key of Object.keys(pkg.exports).filter(
      (k) => k !== '.' && k !== './package.json' && !k.endsWith('.json'),
    )) {
      const target = pkg.typesVersions['*']?.[key.slice(2)]?.[0];
      expect(target, key).toBeDefined();
      expect(existsSync(`${root}/${target}`), `${key} -> ${target}`).toBe(true);
    }
  });

  it('an app importing only addWorkingDays + englandAndWales bundles no zod, no ts-pattern and no other calendar', async () => {
    const result = await build({
      stdin: {
        contents: `import { addWorkingDays, englandAndWales } from 'secmod/calendar'; console.log(addWorkingDays('2017-10-06', 1, englandAndWales));`,
        resolveDir: root,
      },
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => /node_modules\/(zod|ts-pattern)/.test(p))).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toContain('St Andrew');
    expect(code).not.toContain('Boyne');
    expect(code).not.toContain('Schuman');
  });
});
