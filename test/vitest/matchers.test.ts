import { describe, expect, it } from 'vitest';
import { addIssueCodes, matchers, SECMOD_ISSUE_CODES } from '../../src/vitest/index.js';
import { initialState, transition } from '../../src/lifecycle/index.js';
import { isoDate } from '../../src/calendar/index.js';
import { standstillPeriod } from '../../src/standstill/index.js';
import {
  defineTimetableRule,
  SEC_TIMETABLE_RULES,
  validateTimetable,
  type Timetable,
} from '../../src/timetable/index.js';
import { validateReleaseScope } from '../../src/releases/index.js';
import { parseRegister } from '../../src/register/index.js';
import { isSecmodError, type Issue } from '../../src/errors/index.js';

expect.extend(matchers);

const good: Timetable = {
  proposal: 'MP1',
  path: 'self-governance',
  // The Panel of 17 April 2020 and the Change Board of 24 June 2020: valid under the SEC defaults.
  milestones: [
    { kind: 'change-board', approved: '2020-06-24' },
    { kind: 'draft-modification-report', approved: '2020-04-17' },
  ],
  extensions: [],
};
const bad: Timetable = {
  ...good,
  milestones: [
    { kind: 'change-board', approved: '2020-06-28' },
    { kind: 'working-group-consultation', approved: '2020-03-17', until: '2020-04-07' },
    { kind: 'draft-modification-report', approved: '2020-04-17' },
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
    // An empty timetable lacks the path's required milestones: an error under the SEC defaults (it was a
    // warning, so the assertion passed).
    const noDecision: Timetable = { ...good, milestones: [] };
    expect(failure(() => expect(noDecision).toBeValidTimetable())).toContain('milestone-missing');
    const byMonth = [{ ...good.milestones[0]!, approved: '2020-06' }, good.milestones[1]!];
    expect({ ...good, milestones: byMonth }).toBeValidTimetable();
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

  it('toHaveIssue: a code that is not in the list and that secmod never reports fails, with .not too, naming the nearest', () => {
    const issues = validateTimetable(bad, { minConsultationWorkingDays: 16 });
    const typo = 'consultation-to-short' as 'consultation-too-short';
    expect(failure(() => expect(issues).toHaveIssue(typo))).toBe(
      "unknown issue code 'consultation-to-short'; did you mean 'consultation-too-short'?",
    );
    expect(failure(() => expect(issues).not.toHaveIssue(typo))).toBe(
      "unknown issue code 'consultation-to-short'; did you mean 'consultation-too-short'?",
    );
    expect(failure(() => expect([]).not.toHaveIssue('non-workng-day' as 'non-working-day'))).toContain(
      "did you mean 'non-working-day'?",
    );
    // Far from every code: no guess, and how to declare a code of one's own.
    expect(failure(() => expect(issues).not.toHaveIssue<'zzz'>('zzz'))).toBe(
      "unknown issue code 'zzz': no issue in the list has it and secmod reports no such code (a code of your own rule: addIssueCodes(rule) first)",
    );
    expect(failure(() => expect(issues).toHaveIssue(42 as never))).toContain(
      'expected an issue code (a string), got 42',
    );
    // Codes secmod reports, in the list or not, are never taken for typos (on an untyped list, any of them).
    const untyped: readonly Issue[] = issues;
    expect(untyped).not.toHaveIssue('scoped-twice');
    expect(untyped).not.toHaveIssue('history-refused');
  });

  it("toHaveIssue: a house rule's code is known once an issue has it, or once addIssueCodes is told", () => {
    const noJune = defineTimetableRule({
      code: 'no-june-milestone',
      severity: 'warning',
      source: { document: 'Our change calendar', status: 'observed' },
      check: (timetable, context) =>
        context.milestones
          .filter((m) => m.milestone.approved.slice(5, 7) === '06')
          .map((m) => ({ message: `${timetable.proposal}: ${m.kind} in June`, path: ['milestones', m.index] })),
    });
    const rules = [...SEC_TIMETABLE_RULES, noJune];
    expect(validateTimetable(bad, { rules })).toHaveIssue('no-june-milestone', { severity: 'warning' });
    const clean = validateTimetable({ ...good, milestones: [] }, { rules });
    expect(failure(() => expect(clean).not.toHaveIssue('no-june-milestone'))).toContain(
      "unknown issue code 'no-june-milestone'",
    );
    expect(addIssueCodes(noJune, 'no-july-milestone')).toContain('no-june-milestone');
    expect(clean).not.toHaveIssue('no-june-milestone');
    expect(clean).not.toHaveIssue<'no-july-milestone'>('no-july-milestone');
    expect(failure(() => expect(clean).not.toHaveIssue<'no-jun-milestone'>('no-jun-milestone'))).toContain(
      "did you mean 'no-june-milestone'?",
    );
    expect(() => addIssueCodes({ code: 7 } as never)).toThrow(/invalid argument 0/);
  });

  it('SECMOD_ISSUE_CODES: every code of the timetable rules, the reader, release scoping and the parsers, once each', () => {
    expect(new Set(SECMOD_ISSUE_CODES).size).toBe(SECMOD_ISSUE_CODES.length);
    for (const rule of SEC_TIMETABLE_RULES) expect(SECMOD_ISSUE_CODES).toContain(rule.code);
    for (const code of ['invalid-date', 'unknown-milestone', 'duplicate-milestone', 'scoped-twice', 'schema'])
      expect(SECMOD_ISSUE_CODES).toContain(code);
    // The codes that checking functions and parsers report in practice are all on the list.
    const scope = validateReleaseScope(
      { proposals: [{ id: 'MP1', targets: [{ release: 'nowhere' }] }], releases: [] },
      '2020-01-01',
    );
    expect(scope).toHaveIssue('unknown-release');
    let parsed: unknown;
    try {
      parseRegister({ proposals: [{ id: 'MP1' }, { id: 'MP1' }] });
    } catch (error) {
      parsed = isSecmodError(error) ? (error as unknown as { issues: unknown }).issues : undefined;
    }
    expect(parsed).toHaveIssue('duplicate-id');
    expect(SECMOD_ISSUE_CODES.length).toBe(3 + SEC_TIMETABLE_RULES.length + 7 + 9 - 1);
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
