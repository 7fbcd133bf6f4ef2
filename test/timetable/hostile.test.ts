import { describe, expect, it } from 'vitest';
import {
  DCC_STANDARD_TIMESCALES,
  dccDueDate,
  extensionSummary,
  validateTimetable,
  type Timetable,
} from '../../src/timetable/index.js';
import { initialState, transition } from '../../src/lifecycle/index.js';
import { errorOf } from '../helpers.js';

const t: Timetable = {
  proposal: 'MP112',
  path: 'authority-determination',
  milestones: [{ kind: 'working-group-consultation', approved: '2020-03-17', until: '2020-04-07' }],
  extensions: [],
};

describe('nonsense options are refused, never silently skipped', () => {
  it.each(['ten', Number.NaN, -5, 1.5])('minConsultationWorkingDays %s', (value) => {
    const e = errorOf(() => validateTimetable(t, { minConsultationWorkingDays: value as number }));
    expect(e).toMatchObject({ code: 'invalid-argument', path: ['options', 'minConsultationWorkingDays'] });
  });
  it('a negative DCC timescale', () => {
    expect(errorOf(() => dccDueDate('2019-01-07', 'impact', { ...DCC_STANDARD_TIMESCALES, impact: -5 })).path).toEqual([
      'timescales',
      'impact',
    ]);
  });
  it('a negative appeal window', () => {
    const r = transition(
      initialState({ id: 'MP1', path: 'fast-track', raisedOn: '2021-02-16', raisedBy: 'panel' }),
      { type: 'panel-decision', date: '2021-03-19', outcome: 'approve' },
      { appealWindowWorkingDays: -5 },
    );
    expect(!r.ok && r.error.code).toBe('invalid-options');
    expect(!r.ok && r.error.path).toEqual(['options', 'appealWindowWorkingDays']);
  });
  it("extensionSummary with months: '3'", () => {
    const bad = {
      ...t,
      extensions: [{ agreedOn: '2020-01-10', months: '3', reason: 'r', by: 'panel' }],
    } as unknown as Timetable;
    expect(errorOf(() => extensionSummary(bad)).path).toEqual(['timetable', 'extensions', 0, 'months']);
  });
});

describe('malformed timetables are refused at the entrance with their path', () => {
  it.each<[string, unknown, readonly (string | number)[]]>([
    ['null', null, ['timetable']],
    ['a null milestone', { ...t, milestones: [null] }, ['timetable', 'milestones', 0]],
    ['an unknown path', { ...t, path: 'bogus' }, ['timetable', 'path']],
  ])('%s', (_name, value, path) => {
    expect(errorOf(() => validateTimetable(value as Timetable)).path).toEqual(path);
  });
  it('panelMeetings that are not an array', () => {
    expect(errorOf(() => validateTimetable(t, { panelMeetings: 5 as never })).path).toEqual([
      'options',
      'panelMeetings',
    ]);
  });
});
