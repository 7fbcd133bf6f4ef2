import { expect as jestExpect } from 'expect';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/calendar/index.js';
import { initialState, transition } from '../../src/lifecycle/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import { validateTimetable, type Timetable } from '../../src/timetable/index.js';
import { matchers } from '../../src/vitest/index.js';

/**
 * The matchers with jest's `expect` (the `expect` package jest itself runs): the matcher protocol the
 * two share (`this.isNot`, `{ pass, message }`), so `expect.extend(matchers)` works in a jest suite.
 */
jestExpect.extend(matchers as never);
type SecmodJest = {
  toBeValidTimetable(options?: object): void;
  toHaveIssue(code: string, partial?: object): void;
  toBeAccepted(): void;
  toBeRefused(code?: string): void;
  toThrowSecmodError(code?: string): void;
  toEndOn(date: string): void;
};
const j = (value: unknown) => jestExpect(value) as unknown as SecmodJest & { not: SecmodJest };

const good: Timetable = {
  proposal: 'MP1',
  path: 'self-governance',
  milestones: [
    { kind: 'change-board', approved: '2020-06-24' },
    { kind: 'draft-modification-report', approved: '2020-04-17' },
  ],
  extensions: [],
};
const bad: Timetable = {
  ...good,
  milestones: [{ kind: 'change-board', approved: '2020-06-28' }, good.milestones[1]!],
};

describe("the matchers with jest's expect", () => {
  it('pass and fail as with vitest, with the same messages', () => {
    j(good).toBeValidTimetable();
    j(bad).not.toBeValidTimetable();
    expect(() => j(bad).toBeValidTimetable()).toThrow(
      // Under the SEC defaults a Sunday is no Change Board meeting either.
      /expected MP1 to be a valid timetable; validateTimetable found 2 problem\(s\):\n {2}error {3}milestones\.0\.approved +change-board-date-not-meeting: .*\n {2}error {3}milestones\.0\.approved +non-working-day/,
    );
    j(validateTimetable(bad)).toHaveIssue('non-working-day', { date: '2020-06-28' });
    j(validateTimetable(good)).not.toHaveIssue('non-working-day');
    expect(() => j(validateTimetable(good)).not.toHaveIssue('non-workng-day')).toThrow(
      "unknown issue code 'non-workng-day'; did you mean 'non-working-day'?",
    );
    const raised = initialState({ id: 'MP1', path: 'self-governance', raisedOn: '2019-01-07' });
    j(transition(raised, { type: 'withdraw', date: '2019-02-01' })).toBeAccepted();
    j(transition(raised, { type: 'panel-decision', date: '2019-02-01', outcome: 'approve' })).toBeRefused(
      'event-not-allowed',
    );
    j(() => isoDate('2017-02-29')).toThrowSecmodError('invalid-date');
    j(standstillPeriod({ receivedOn: '2017-10-05' })).toEndOn('2018-01-08');
    expect(() => j(standstillPeriod({ receivedOn: '2017-10-05' })).toEndOn('2018-01-05')).toThrow(/2018-01-06/);
  });
});
