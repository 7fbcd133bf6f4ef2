import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { lifecycleEventSchema, modificationSchema } from '../../src/register/index.js';
import {
  parseRegister,
  recordStatus,
  RegisterError,
  registerJsonSchema,
  registerSchema,
  toScopeRegister,
  type Register,
} from '../../src/register/index.js';
import type { LifecycleEvent } from '../../src/lifecycle/index.js';
import { isSecmodError } from '../../src/errors/index.js';
import { isIsoDate } from '../../src/calendar/index.js';
import { validateReleaseScope } from '../../src/releases/index.js';
import { MP084, SECMP0062 } from '../lifecycle/histories.js';

const root = new URL('../../', import.meta.url);
const exampleText = readFileSync(new URL('examples/register-2017-10.json', root), 'utf8');

function problems(input: unknown): { code: string; path: string }[] {
  try {
    parseRegister(input);
  } catch (e) {
    if (e instanceof RegisterError) {
      expect(isSecmodError(e) && e.code).toBe('invalid-register');
      return e.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
    }
    throw e;
  }
  return [];
}

describe('the example register (examples/register-2017-10.json)', () => {
  it('parses: every proposal SECP_49_1310_11 names', () => {
    const r = parseRegister(exampleText);
    expect(r.proposals).toHaveLength(35);
    expect(r.proposals.map((p) => p.id)).toContain('SECMP0042');
  });
  it('is valid against the shipped JSON Schema (ajv, draft 2020-12), and the shipped file is current', () => {
    const shipped = JSON.parse(readFileSync(new URL('schema/register.schema.json', root), 'utf8')) as Record<
      string,
      unknown
    >;
    expect({ ...shipped, $id: undefined, title: undefined }).toEqual({
      ...registerJsonSchema,
      $id: undefined,
      title: undefined,
    });
    // The schema's `format: date` checked by secmod's own reading of a calendar date.
    const ajv = new Ajv2020({ allErrors: true, strict: false, formats: { date: (s: string) => isIsoDate(s) } });
    const validate = ajv.compile(shipped);
    expect(validate(JSON.parse(exampleText)), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ proposals: [{ id: 'SECMP0006', title: 'x', path: 'path-9' }] })).toBe(false);
    expect(validate({ proposals: [{ id: 'SECMP0006', raisedOn: '2017-02-29' }] })).toBe(false);
    expect(validate.errors?.map((e) => e.keyword).sort()).toEqual(['format', 'pattern']);
  });
  it('round-trips: parse, serialise, parse gives the same register', () => {
    const once = parseRegister(exampleText);
    expect(parseRegister(JSON.stringify(once))).toEqual(once);
    expect(registerSchema.parse(once)).toEqual(once);
  });
  it('states only what SECP_49_1310_11 and the stored SEC pages state (raised dates and paths only where a cited page or the report gives them)', () => {
    const r = parseRegister(exampleText);
    // Data change (issue 29): raised dates from five modification pages, each cited by URL in the record.
    const cites = (p: (typeof r.proposals)[number], words: string) =>
      (p.sources ?? []).some((s) => s.startsWith('https://smartenergycodecompany.co.uk/') && s.includes(words));
    expect(r.proposals.filter((p) => p.raisedOn !== undefined).map((p) => p.id)).toEqual([
      'SECMP0007',
      'SECMP0015',
      'SECMP0032',
      'SECMP0037',
      'SECMP0038',
    ]);
    for (const p of r.proposals.filter((x) => x.raisedOn !== undefined))
      expect(cites(p, 'Date raised'), p.id).toBe(true);
    // The report gives the route of SECMP0004, 0006 and 0008; SECMP0037's page names its path.
    expect(r.proposals.filter((p) => p.path !== undefined).map((p) => p.id)).toEqual([
      'SECMP0004',
      'SECMP0006',
      'SECMP0008',
      'SECMP0037',
    ]);
    expect(r.proposals.every((p) => p.timetable === undefined)).toBe(true);
    expect(r.proposals.every((p) => (p.sources ?? []).length > 0)).toBe(true);
  });
});

describe('parseRegister lists every problem with its path', () => {
  it('schema problems, duplicate ids and forbidden keys together', () => {
    const bad = JSON.parse(
      '{"proposals":[{"id":"SECMP0006","raisedOn":"2017-02-29"},{"id":"SECMP0006","path":"path-9"},{"id":"MP1","title":""},{"id":"MP084","__proto__":{"polluted":true}}]}',
    );
    const found = problems(bad);
    expect(found).toEqual(
      expect.arrayContaining([
        { code: 'schema', path: 'proposals.0.raisedOn' },
        { code: 'schema', path: 'proposals.1.path' },
        { code: 'schema', path: 'proposals.2.id' },
        { code: 'schema', path: 'proposals.2.title' },
        { code: 'forbidden-key', path: 'proposals.3.__proto__' },
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('duplicate ids', () => {
    expect(problems({ proposals: [{ id: 'SECMP0006' }, { id: 'SECMP0008' }, { id: 'SECMP0006' }] })).toEqual([
      { code: 'duplicate-id', path: 'proposals.2.id' },
    ]);
  });
  it('text that is not JSON', () => {
    expect(problems('{ proposals: ')).toEqual([{ code: 'invalid-json', path: '' }]);
  });
  it('histories the lifecycle refuses, with the proposal id and the event', () => {
    const r = {
      proposals: [
        {
          id: 'MP084',
          path: 'authority-determination',
          raisedOn: '2019-09-10',
          history: [
            { type: 'convert-to-proposal', date: '2019-11-15', route: 'refinement' },
            { type: 'panel-decision', date: '2019-12-01', outcome: 'approve' },
          ],
        },
      ],
    };
    try {
      parseRegister(r);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RegisterError);
      const err = e as RegisterError;
      expect(err.issues[0]).toMatchObject({ code: 'history-refused', path: ['proposals', 0, 'history', 1] });
      expect(err.message).toContain('MP084');
      expect(err.message).toContain('panel-decision');
    }
  });
  it('a history needs raisedOn and path, and excludes a status snapshot', () => {
    expect(problems({ proposals: [{ id: 'MP084', history: [], status: { state: 'open' } }] })).toEqual([
      { code: 'schema', path: 'proposals.0.raisedOn' },
      { code: 'schema', path: 'proposals.0.path' },
      { code: 'schema', path: 'proposals.0.status' },
    ]);
  });
  it('does not mutate its input', () => {
    const input = JSON.parse(exampleText);
    const copy = structuredClone(input);
    parseRegister(input);
    expect(input).toEqual(copy);
  });
});

describe('records with histories', () => {
  const register: Register = parseRegister({
    proposals: [
      { id: MP084.init.id, path: MP084.init.path, raisedOn: MP084.init.raisedOn, history: MP084.events },
      {
        id: SECMP0062.init.id,
        path: SECMP0062.init.path,
        raisedOn: SECMP0062.init.raisedOn,
        history: SECMP0062.events,
        releases: [
          { release: '2020-06', part: 1 },
          { release: '2020-11', part: 2 },
        ],
      },
    ],
  });
  it('are replayed to the state on a date', () => {
    const [mp084, mp062] = register.proposals;
    expect(recordStatus(mp084!, '2019-12-01')).toMatchObject({
      state: 'open',
      category: 'refinement',
      refinement: 'wg-solution-development',
    });
    expect(recordStatus(mp084!, '2020-06-01')).toMatchObject({ state: 'closed', outcome: 'rejected' });
    expect(recordStatus(mp062!, '2020-03-01')).toMatchObject({ state: 'open', category: 'pending-implementation' });
    expect(recordStatus(mp062!, '2021-01-01')).toMatchObject({
      state: 'closed',
      outcome: 'approved',
      implemented: true,
    });
  });
  it('feed release scoping', () => {
    expect(validateReleaseScope(toScopeRegister(register, '2021-01-01'), '2021-01-01')).toEqual([]);
  });
});

describe('the zod schemas are the single source of the types', () => {
  it('a stored event is a lifecycle event', () => {
    expectTypeOf<ReturnType<typeof lifecycleEventSchema.parse>['type']>().toEqualTypeOf<LifecycleEvent['type']>();
    expectTypeOf<ReturnType<typeof modificationSchema.parse>>().toHaveProperty('id');
  });
});
