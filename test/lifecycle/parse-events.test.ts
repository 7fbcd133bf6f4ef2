import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/errors/parse-error.js';
import { EVENT_TYPES, initialState, lifecycleEventSchema, parseEvents, replay } from '../../src/lifecycle/index.js';

const issuesOf = (json: unknown) => {
  try {
    parseEvents(json);
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error('parsed');
};

describe('parseEvents: a history read at the edge', () => {
  const history = [
    { type: 'initial-consideration', date: '2016-05-13', route: 'refinement' },
    { type: 'refinement-concluded', date: '2017-03-10' },
  ];

  it('returns the events, from JSON text (with a byte-order mark) or a value, for replay', () => {
    expect(parseEvents(`\uFEFF${JSON.stringify(history)}`)).toEqual(history);
    const events = parseEvents(history);
    expect(events).not.toBe(history);
    const raised = initialState({ id: 'SECMP0004', path: 'authority-determination', raisedOn: '2016-05-01' });
    expect(replay(raised, events)).toMatchObject({ ok: true, state: { stage: 'report-phase' } });
  });

  it('lists every problem with its path, an unknown event type by name with the nearest one', () => {
    const e = issuesOf([
      { type: 'withdrawl', date: '2017-01-01' },
      { type: 'panel-decision', date: '2017-02-30', outcome: 'approve' },
      { type: 'change-board-vote', date: '2017-03-01' },
      { type: 'resume', date: '2017-04-01', extra: 1 },
    ]);
    expect(e.code).toBe('invalid-events');
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown-event-type', '0.type'],
      ['schema', '1.date'],
      ['schema', '2.vote'],
      ['schema', '3.extra'],
    ]);
    expect(e.issues[0]?.message).toContain('unknown event type "withdrawl" (did you mean "withdraw"?)');
    expect(e.issues[1]?.message).toContain('day must be 01-28 in 2017-02');
    expect(e.issues[3]?.message).toBe('unknown key "extra"; expected one of type, date');
    expect(e.total).toBe(4);
  });

  it('refuses what is not a history: bad JSON, a non-array, a prototype key', () => {
    expect(issuesOf('[').issues[0]?.code).toBe('invalid-json');
    expect(issuesOf({}).issues[0]?.code).toBe('schema');
    const polluted = JSON.parse('[{"type":"withdraw","date":"2017-01-01","__proto__":{"x":1}}]') as unknown;
    expect(issuesOf(polluted).issues.map((i) => i.code)).toEqual(['forbidden-key']);
  });

  it('the schema knows every event type the machine knows, and no other', () => {
    const schemaTypes = lifecycleEventSchema.options.map((o) => o.shape.type.value);
    expect([...schemaTypes].sort()).toEqual([...EVENT_TYPES].sort());
  });
});
