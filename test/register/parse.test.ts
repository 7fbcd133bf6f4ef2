import { describe, expect, it } from 'vitest';
import { parseRegister, RegisterError } from '../../src/register/index.js';

function issuesOf(input: unknown) {
  try {
    parseRegister(input);
  } catch (e) {
    if (e instanceof RegisterError) return e.issues;
    throw e;
  }
  return [];
}

const refusedHistory = {
  id: 'MP084',
  path: 'authority-determination',
  raisedOn: '2019-09-10',
  history: [{ type: 'authority-decision', date: '2019-10-01', outcome: 'approve' }],
};

describe('parseRegister lists every problem in one error', () => {
  it('a schema error in one record and a refused history in another are both reported, schema first', () => {
    const issues = issuesOf({ proposals: [refusedHistory, { id: 'not-an-id' }] });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['schema', 'proposals.1.id'],
      ['history-refused', 'proposals.0.history.0'],
    ]);
  });
  it('a refused history alone is reported as before', () => {
    expect(issuesOf({ proposals: [refusedHistory] }).map((i) => i.code)).toEqual(['history-refused']);
  });
  it('a bad date is reported once, naming what is wrong with it', () => {
    const issues = issuesOf({ proposals: [{ id: 'SECMP0001', raisedOn: '2016-02-30' }] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'schema', path: ['proposals', 0, 'raisedOn'] });
    expect(issues[0]!.message).toContain('day must be 01-29 in 2016-02');
  });
  it('year 0000 is out of the supported range, once', () => {
    const issues = issuesOf({ proposals: [{ id: 'SECMP0001', raisedOn: '0000-01-01' }] });
    expect(issues.map((i) => i.path.join('.'))).toEqual(['proposals.0.raisedOn']);
  });
  it('an unknown event type in a history is named, with the nearest known type', () => {
    const issues = issuesOf({
      proposals: [
        { ...refusedHistory, history: [{ type: 'convert-to-propsal', date: '2019-10-01', route: 'refinement' }] },
      ],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(['proposals', 0, 'history', 0, 'type']);
    expect(issues[0]!.message).toContain(
      'unknown event type "convert-to-propsal" (did you mean "convert-to-proposal"?)',
    );
  });
  it('an unknown milestone kind in a timetable is named, with the nearest known kind', () => {
    const issues = issuesOf({
      proposals: [
        {
          id: 'MP100',
          path: 'self-governance',
          timetable: { milestones: [{ kind: 'changeboard', approved: '2019-05' }], extensions: [] },
        },
      ],
    });
    expect(issues[0]!.message).toContain('unknown milestone kind "changeboard" (did you mean "change-board"?)');
  });
});

describe('hostile registers get a coded error, never a raw one', () => {
  it('a circular object', () => {
    const register: { proposals: unknown[] } = { proposals: [] };
    register.proposals.push(register);
    expect(issuesOf(register).map((i) => [i.code, i.path.join('.')])).toEqual([['circular', 'proposals.0']]);
  });
  it('10 kB of nested brackets', () => {
    expect(issuesOf(`${'['.repeat(5000)}${']'.repeat(5000)}`).map((i) => i.code)).toEqual(['too-deep']);
  });
  it('a byte-order mark before the JSON is accepted', () => {
    expect(parseRegister('\uFEFF{"proposals":[]}')).toEqual({ proposals: [] });
  });
  it('lists the first 100 problems, then counts them all by code', () => {
    try {
      parseRegister({ proposals: Array.from({ length: 1000 }, (_, i) => ({ id: `bogus-${i}` })) });
      expect.unreachable();
    } catch (e) {
      if (!(e instanceof RegisterError)) throw e;
      expect(e.issues).toHaveLength(100);
      expect(e.total).toBe(1000);
      expect(e.counts).toEqual({ schema: 1000 });
      expect(e.message.split('\n').length).toBeLessThan(30);
    }
  });
});
