/**
 * A typo in a key changes the answer without a word (`minConsultationWorkingDay` skips the consultation
 * check): every entrance refuses an input or options object with a key its type does not have, with the
 * key's path and the nearest known key. One case per kind of entrance.
 */
import { describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import * as secmod from '../../src/index.js';
import { dateHolidaysCalendar } from '../../src/date-holidays/index.js';
import { errorOf } from '../helpers.js';

const timetable: secmod.Timetable = {
  proposal: 'MP112',
  path: 'authority-determination',
  milestones: [
    { kind: 'working-group-consultation', approved: '2020-03-17', until: '2020-04-07' },
    { kind: 'draft-modification-report', approved: '2020-04-17' },
  ],
  extensions: [],
};

/** The refusal: `invalid-argument` (or the code given) at `path`, naming the nearest known key. */
function refused(fn: () => unknown, path: readonly (string | number)[], guess?: string, code = 'invalid-argument') {
  const e = errorOf(fn);
  expect(e.code).toBe(code);
  expect(e.path).toEqual(path);
  expect(e.message).toContain(`unknown key ${JSON.stringify(path.at(-1))}`);
  if (guess !== undefined) expect(e.message).toContain(`(did you mean "${guess}"?)`);
  return e;
}

describe('options objects', () => {
  it('validateTimetable: minConsultationWorkingDay does not silently skip the consultation check', () => {
    const e = refused(
      () => secmod.validateTimetable(timetable, { minConsultationWorkingDay: 20 } as never),
      ['options', 'minConsultationWorkingDay'],
      'minConsultationWorkingDays',
    );
    expect(e.message).toMatch(/^invalid argument options: unknown key "minConsultationWorkingDay" \(did you mean/);
    // Spelt right, the check runs: 15 Working Days is short of 20.
    expect(secmod.validateTimetable(timetable, { minConsultationWorkingDays: 20 }).map((i) => i.code)).toContain(
      'consultation-too-short',
    );
  });

  it('prepareTimetableOptions and planTimetable read their options as validateTimetable does', () => {
    refused(
      () => secmod.prepareTimetableOptions({ panelMeeting: ['2020-04-17'] } as never),
      ['options', 'panelMeeting'],
      'panelMeetings',
    );
    refused(
      () =>
        secmod.planTimetable({ proposal: 'MP1', path: 'self-governance', raisedOn: '2020-01-06' }, {
          panelMeetings: secmod.SEC_PANEL,
          calender: secmod.englandAndWales,
        } as never),
      ['options', 'calender'],
      'calendar',
    );
    // A prepared options object is checked once, when it is prepared.
    const prepared = secmod.prepareTimetableOptions({ minConsultationWorkingDays: 20 });
    expect(secmod.validateTimetable(timetable, prepared).map((i) => i.code)).toContain('consultation-too-short');
  });

  it('the options of the other modules', () => {
    refused(() => secmod.nextRelease('2019-01-01', undefined, { scheduled: true } as never), ['options', 'scheduled']);
    refused(() => secmod.releasesToIcs(2020, { nmae: 'x' } as never), ['options', 'nmae'], 'name');
    refused(() => secmod.lifecycleDiagram({ directon: 'LR' } as never), ['options', 'directon'], 'direction');
    refused(
      () => secmod.timetableGantt([timetable], { asOf: '2020-05-01', titel: 'x' } as never),
      ['options', 'titel'],
      'title',
    );
    const register = secmod.parseRegister({ proposals: [] });
    refused(
      () => secmod.statusReport(register, { asOf: '2017-10-06', sinec: '2017-09-01' } as never),
      ['options', 'sinec'],
      'since',
    );
    const report = secmod.statusReport(register, { asOf: '2017-10-06' });
    refused(
      () => secmod.renderStatusReport(report, { format: 'text', mermiad: true } as never),
      ['options', 'mermiad'],
      'mermaid',
    );
    refused(
      () => dateHolidaysCalendar(new Holidays('FR'), { type: ['public'] } as never),
      ['options', 'type'],
      'types',
    );
  });

  it('the lifecycle answers with its own codes, never a throw', () => {
    const raised = secmod.initialState({ id: 'MP100', path: 'self-governance', raisedOn: '2019-01-07' });
    const r = secmod.transition(raised, { type: 'withdraw', date: '2019-02-01' }, {
      appealWindowWorkingDay: 10,
    } as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('invalid-options');
    expect(!r.ok && r.error.path).toEqual(['options', 'appealWindowWorkingDay']);
    expect(!r.ok && r.error.message).toContain('(did you mean "appealWindowWorkingDays"?)');
  });
});

describe('input objects', () => {
  it('a timetable, its milestones, extensions and DCC assessments', () => {
    refused(
      () => secmod.progressStatus({ ...timetable, milestone: [] } as never, '2020-05-01'),
      ['timetable', 'milestone'],
      'milestones',
    );
    refused(
      () =>
        secmod.validateTimetable(
          { ...timetable, milestones: [{ kind: 'change-board', aproved: '2020-06-24' }] } as never,
          {},
        ),
      ['timetable', 'milestones', 0, 'aproved'],
      'approved',
    );
    refused(
      () =>
        secmod.applyExtension(timetable, {
          agreedOn: '2020-04-17',
          months: 1,
          reason: 'x',
          by: 'panel',
          form: 'change-board',
        } as never),
      ['extension', 'form'],
      'from',
    );
    refused(
      () =>
        secmod.dccAssessmentStatus(
          { kind: 'impact', requestedOn: '2019-01-07', originalDueOn: '2019-04-01', returnOn: '2019-03-01' } as never,
          '2019-05-01',
          'original',
        ),
      ['assessment', 'returnOn'],
      'returnedOn',
    );
    refused(
      () =>
        secmod.dccDueDate('2019-01-07', 'impact', {
          ...secmod.DCC_STANDARD_TIMESCALES,
          impactWorkingDays: 30,
        } as never),
      ['timescales', 'impactWorkingDays'],
    );
  });

  it('the lifecycle: the facts of a new proposal, an event (invalid-event), a tally', () => {
    refused(
      () => secmod.initialState({ id: 'MP100', path: 'self-governance', raisedon: '2019-01-07' } as never),
      ['raisedon'],
      'raisedOn',
    );
    const raised = secmod.initialState({ id: 'MP100', path: 'fast-track', raisedOn: '2021-02-16', raisedBy: 'panel' });
    const r = secmod.transition(raised, {
      type: 'panel-decision',
      date: '2021-03-19',
      outcome: 'approve',
      outcom: 'reject',
    } as never);
    expect(!r.ok && [r.error.code, r.error.path]).toEqual(['invalid-event', ['event', 'outcom']]);
    expect(!r.ok && r.error.message).toContain('(did you mean "outcome"?); expected one of type, date, outcome');
    refused(
      () => secmod.changeBoardVote({ suppliers: { for: 3, againts: 1 } } as never, 'self-governance'),
      ['tally', 'suppliers', 'againts'],
      'against',
    );
  });

  it('calendars: date parts, named dates, rule definitions, dated rules', () => {
    refused(() => secmod.isoDate({ year: 2018, month: 1, day: 8, hour: 9 } as never), ['input', 'hour']);
    refused(
      () => secmod.calendarFromDates('c', [{ date: '2017-12-27', nmae: 'Closure' }] as never),
      ['dates', 0, 'nmae'],
      'name',
    );
    refused(
      () =>
        secmod.calendarFromRules({
          id: 'x',
          name: 'X',
          source: { document: 'd', status: 'enacted' },
          rules: [
            {
              id: 'r',
              name: 'R',
              versions: [
                {
                  from: '2000-01-01',
                  value: { date: { kind: 'fixed', month: 12, day: 25, weekday: 1 }, substitute: true },
                  source: { document: 'd', status: 'enacted' },
                },
              ],
            },
          ],
        } as never),
      ['definition', 'rules', 0, 'versions', 0, 'value', 'date', 'weekday'],
    );
    refused(
      () =>
        secmod.inForce(
          [{ from: '2000-01-01', value: 1, source: { document: 'd', status: 'enacted', clasue: 'Art. 1' } }] as never,
          '2001-01-01',
        ),
      ['versions', 0, 'source', 'clasue'],
      'clause',
    );
  });

  it('meetings, releases and release scope', () => {
    refused(
      () => secmod.meetingCalendar({ name: 'Panel', body: 'panel', dates: ['2019-01-11'], projecton: [] } as never),
      ['input', 'projecton'],
      'projection',
    );
    refused(
      () => secmod.nextMeeting({ ...secmod.SEC_PANEL, workingDay: secmod.englandAndWales } as never, '2019-01-12'),
      ['calendar', 'workingDay'],
      'workingDays',
    );
    refused(
      () => secmod.releasesIn(2020, { ...secmod.SEC_RELEASE_POLICY, adhoc: [] } as never),
      ['policy', 'adhoc'],
      'adHoc',
    );
    refused(
      () =>
        secmod.scopeReleases(
          { proposals: [{ id: 'MP1', targets: [{ release: '2020-06', noEarlierThen: true }] }] } as never,
          '2020-01-01',
        ),
      ['register', 'proposals', 0, 'targets', 0, 'noEarlierThen'],
      'noEarlierThan',
    );
  });

  it('register records: read by their schema, which names the nearest key too', () => {
    const e = refused(
      () => secmod.recordStatus({ id: 'MP100', implementedon: '2019-06-27' } as never, '2020-01-01'),
      ['record', 'implementedon'],
      'implementedOn',
    );
    expect(e.message).toMatch(/^invalid argument record\.implementedon: unknown key "implementedon"/);
    try {
      secmod.parseRegister({ proposals: [{ id: 'MP100', titel: 'x' }] });
      expect.unreachable();
    } catch (error) {
      const issues = (error as secmod.RegisterError).issues;
      expect(issues.map((i) => [i.code, i.path])).toEqual([['schema', ['proposals', 0, 'titel']]]);
      expect(issues[0]?.message).toContain('unknown key "titel" (did you mean "title"?)');
    }
  });
});
