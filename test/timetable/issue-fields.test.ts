import { describe, expect, it } from 'vitest';
import { prepareTimetableOptions, validateTimetable, type Timetable } from '../../src/timetable/index.js';
import { toScopeRegister, parseRegister } from '../../src/register/index.js';
import { validateReleaseScope } from '../../src/releases/index.js';
import { readFileSync } from 'node:fs';

const t = (milestones: Timetable['milestones']): Timetable => ({
  proposal: 'MP1',
  path: 'self-governance',
  milestones,
  extensions: [],
});

describe('issues carry their figures: a test asserts on fields, not on the message', () => {
  it('consultation-too-short: workingDays, minimum, opens, closes (MP112)', () => {
    const issue = validateTimetable(
      t([{ kind: 'working-group-consultation', approved: '2020-03-17', until: '2020-04-07' }]),
      { minConsultationWorkingDays: 16 },
    ).find((i) => i.code === 'consultation-too-short');
    expect(issue).toMatchObject({
      code: 'consultation-too-short',
      workingDays: 15,
      minimum: 16,
      opens: '2020-03-17',
      closes: '2020-04-07',
    });
  });

  it('implementation-not-on-release: the nearest release date', () => {
    const issues = validateTimetable(
      t([
        { kind: 'change-board', approved: '2020-06-24' },
        { kind: 'implementation', approved: '2020-11-22' },
      ]),
    );
    expect(issues.find((i) => i.code === 'implementation-not-on-release')).toMatchObject({
      approved: '2020-11-22',
      nearestRelease: '2020-11-29',
    });
    expect(issues.find((i) => i.code === 'non-working-day')).toMatchObject({
      kind: 'implementation',
      field: 'approved',
      date: '2020-11-22',
    });
  });

  it('panel-date-not-meeting: the nearest Panel meeting', () => {
    const [issue] = validateTimetable(t([{ kind: 'panel-decision', approved: '2020-04-15' }]), {
      panelMeetings: ['2020-03-13', '2020-04-17', '2020-06-19'],
    }).filter((i) => i.code === 'panel-date-not-meeting');
    expect(issue).toMatchObject({ kind: 'panel-decision', approved: '2020-04-15', nearestMeeting: '2020-04-17' });
  });

  it('milestones-out-of-order, unknown-milestone, milestone-not-on-path: which milestones', () => {
    const issues = validateTimetable(
      t([
        { kind: 'change-board', approved: '2020-06-24' },
        { kind: 'draft-modification-report', approved: '2020-07-17' },
        { kind: 'autority-decision' as never, approved: '2020-08-01' },
        { kind: 'authority-decision', approved: '2020-09-01' },
      ]),
    );
    expect(issues.find((i) => i.code === 'milestones-out-of-order')).toMatchObject({
      kind: 'change-board',
      field: 'approved',
      precedes: 'draft-modification-report',
    });
    expect(issues.find((i) => i.code === 'unknown-milestone')).toMatchObject({
      kind: 'autority-decision',
      nearest: 'authority-decision',
    });
    expect(issues.find((i) => i.code === 'milestone-not-on-path')).toMatchObject({
      kind: 'authority-decision',
      modificationPath: 'self-governance',
    });
  });

  it('a refused release scope names the proposal and the releases (SECP_49_1310_11 section 5)', () => {
    const register = parseRegister(readFileSync('examples/register-2017-10.json', 'utf8'));
    const issues = validateReleaseScope(toScopeRegister(register, '2017-10-06'), '2017-10-06');
    expect(issues.find((i) => i.code === 'scoped-twice' && i.proposal === 'SECMP0006')).toMatchObject({
      releases: ['2018-06', '2019-06'],
    });
  });
});

describe('prepareTimetableOptions: options checked and read once for a batch', () => {
  const options = { panelMeetings: ['2020-03-13', '2020-04-17'], minConsultationWorkingDays: 16 };
  const batch = [
    t([{ kind: 'working-group-consultation', approved: '2020-03-17', until: '2020-04-07' }]),
    t([{ kind: 'panel-decision', approved: '2020-04-15' }]),
  ];

  it('gives the same issues as the options themselves', () => {
    const prepared = prepareTimetableOptions(options);
    for (const timetable of batch)
      expect(validateTimetable(timetable, prepared)).toEqual(validateTimetable(timetable, options));
  });

  it('is a frozen copy: changing the options afterwards changes nothing', () => {
    const mine = { panelMeetings: ['2020-04-17'] };
    const prepared = prepareTimetableOptions(mine);
    mine.panelMeetings.push('2020-04-15');
    expect(Object.isFrozen(prepared) && Object.isFrozen(prepared.panelMeetings)).toBe(true);
    expect(validateTimetable(batch[1]!, prepared).map((i) => i.code)).toContain('panel-date-not-meeting');
  });

  it('refuses bad options when preparing, as validateTimetable would', () => {
    expect(() => prepareTimetableOptions({ panelMeetings: ['2020-02-30'] })).toThrow(/day must be 01-29/);
  });
});
