import { describe, expect, it } from 'vitest';
import { matchers } from '../../src/vitest/index.js';
import { initialState, transition } from '../../src/lifecycle/index.js';
import { isoDate } from '../../src/calendar/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import { validateTimetable, type Timetable } from '../../src/timetable/index.js';

expect.extend(matchers);

const good: Timetable = {
  proposal: 'MP1',
  path: 'self-governance',
  milestones: [{ kind: 'change-board', approved: '2020-06-24' }],
  extensions: [],
};
const bad: Timetable = {
  ...good,
  milestones: [
    { kind: 'change-board', approved: '2020-06-28' },
    { kind: 'working-group-consultation', approved: '2020-03-17', until: '2020-04-07' },
  ],
};

/** The message a failing assertion prints. */
function failure(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('secmod/vitest matchers', () => {
  it('toBeValidTimetable: every error listed with its path; warnings fail only when asked', () => {
    expect(good).toBeValidTimetable();
    const message = failure(() => expect(bad).toBeValidTimetable({ minConsultationWorkingDays: 16 }));
    expect(message).toContain('MP1 to be a valid timetable; validateTimetable found 2 problem(s):');
    expect(message).toContain('milestones.0.approved');
    expect(message).toContain('non-working-day');
    expect(message).toContain('milestones.1.until');
    expect(message).not.toContain('"source"');
    const noDecision: Timetable = { ...good, milestones: [] };
    expect(noDecision).toBeValidTimetable();
    expect(failure(() => expect(noDecision).toBeValidTimetable({ warnings: 'fail' }))).toContain('milestone-missing');
    expect(bad).not.toBeValidTimetable();
  });

  it('toHaveIssue: by code, path, severity and the code figures', () => {
    const issues = validateTimetable(bad, { minConsultationWorkingDays: 16 });
    expect(issues).toHaveIssue('consultation-too-short', {
      workingDays: 15,
      minimum: 16,
      path: ['milestones', 1, 'until'],
    });
    expect(issues).not.toHaveIssue('duplicate-milestone');
    expect(failure(() => expect(issues).toHaveIssue('consultation-too-short', { workingDays: 14 }))).toContain(
      '"workingDays":15',
    );
    expect(failure(() => expect([]).toHaveIssue('milestone-missing'))).toContain('(none)');
  });

  it('toBeAccepted and toBeRefused for transitions', () => {
    const raised = initialState({ id: 'MP153', path: 'fast-track', raisedOn: '2021-02-16' });
    expect(transition(raised, { type: 'panel-decision', date: '2021-03-19', outcome: 'approve' })).toBeAccepted();
    const refused = transition(raised, { type: 'change-board-vote', date: '2021-03-19', vote: 'approve' });
    expect(refused).toBeRefused();
    expect(refused).toBeRefused('event-not-allowed');
    expect(failure(() => expect(refused).toBeAccepted())).toContain('refused: event-not-allowed');
    expect(failure(() => expect(refused).toBeRefused('path-forbids'))).toContain('got event-not-allowed');
  });

  it('toThrowSecmodError', () => {
    expect(() => isoDate('2017-02-29')).toThrowSecmodError('invalid-date');
    expect(() => isoDate('2017-02-28')).not.toThrowSecmodError();
    expect(failure(() => expect(() => isoDate('2017-02-29')).toThrowSecmodError('out-of-range'))).toContain(
      'got invalid-date at input',
    );
    expect(failure(() => expect(() => JSON.parse('{')).toThrowSecmodError())).toContain('but got SyntaxError');
  });

  it('toEndOn shows the days it skipped', () => {
    const standstill = standstillPeriod({ receivedOn: '2017-10-05' });
    expect(standstill).toEndOn('2018-01-08');
    const message = failure(() => expect(standstill).toEndOn('2018-01-06'));
    expect(message).toContain('it ends on 2018-01-08 (tris convention)');
    expect(message).toContain('skipped 2018-01-06 (saturday), 2018-01-07 (sunday)');
  });
});
