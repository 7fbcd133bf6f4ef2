/**
 * The reproductions of the hostile-input report, each with the answer it must give. They run in the
 * fuzz workers under the same per-call budget, so a hang or a quadratic blow-up fails the suite
 * instead of stalling it.
 */
import * as secmod from '../../src/index.js';
import { matchers } from '../../src/vitest/index.js';
import { revoked } from './hostile.js';

const { calendarFromDates, englandAndWales, unionCalendar } = secmod;

/** What a case must do: return, or throw a SecmodError with this code. */
export interface HostileCase {
  readonly expect: 'returns' | string;
  readonly run: () => unknown;
}

const manyDates = (n: number) => Array.from({ length: n }, (_, i) => ({ date: '2017-06-01', name: `closure ${i}` }));
const manyReleases = Array.from({ length: 10_000 }, (_, i) => ({
  id: `r${i}`,
  name: `Release ${i}`,
  date: secmod.isoDate('2019-06-27'),
  kind: 'ad-hoc' as const,
}));
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** Empty, with a length of 2 ** 32 - 1: walked by its length, it never ends. */
const lying = (): never => {
  const a: unknown[] = [];
  a.length = 2 ** 32 - 1;
  return a as never;
};
const nulls = (n: number): null[] => new Array<null>(n).fill(null);
const timetableOf = (milestones: unknown[]) => ({
  proposal: 'MP1',
  path: 'self-governance',
  milestones,
  extensions: [],
});
const invalidRecords = (n: number) => ({ proposals: Array.from({ length: n }, (_, i) => ({ id: `bogus-${i}` })) });

/** A calendar of the right shape whose `holidaysIn` answers `list`, or is `holidaysIn` itself. */
const calendarWith = (holidaysIn: unknown) => ({ ...calendarFromDates('c', []), holidaysIn }) as never;
const ruleWith = (fields: Record<string, unknown>) =>
  ({
    code: 'house-rule',
    severity: 'error',
    source: { document: 'our calendar', status: 'observed' },
    check: () => [],
    ...fields,
  }) as never;

export const HOSTILE_CASES: Readonly<Record<string, HostileCase>> = {
  // Found by the fuzz suite's hostile mode under other seeds (424242, 777, 31337, 2024, 6, 7, 10, 14).
  'workingDaysBetween with a calendar whose holidaysIn is a revoked Proxy': {
    expect: 'invalid-argument',
    run: () => secmod.workingDaysBetween('2017-01-02', '2017-03-01', calendarWith(revoked(() => []))),
  },
  'workingDaysBetween with a calendar whose holidaysIn returns a lying length': {
    expect: 'invalid-argument',
    run: () =>
      secmod.workingDaysBetween(
        '2017-01-02',
        '2017-03-01',
        calendarWith(() => lying()),
      ),
  },
  'defineTimetableRule with a revoked Proxy as source, check or plan': {
    expect: 'returns',
    run: () => {
      for (const fields of [{ source: revoked({}) }, { check: revoked(() => []) }, { plan: revoked(() => undefined) }])
        try {
          secmod.defineTimetableRule(ruleWith(fields));
          throw new Error(`accepted ${Object.keys(fields)[0]}`);
        } catch (e) {
          if (!secmod.isSecmodError(e, 'invalid-rule')) throw e;
        }
    },
  },
  'prepareTimetableOptions with a revoked Proxy as panelMeetings': {
    expect: 'invalid-argument',
    run: () => secmod.prepareTimetableOptions({ panelMeetings: revoked([]) as never }),
  },
  'reportingStage of a state whose proposal is a revoked Proxy': {
    expect: 'invalid-state',
    run: () =>
      secmod.reportingStage({
        ...secmod.initialState({ id: 'MP1', path: 'fast-track', raisedOn: '2021-02-16', raisedBy: 'panel' }),
        proposal: revoked({}),
      } as never),
  },
  'standstillPeriod with a state calendar whose name is an object without a prototype': {
    expect: 'returns',
    run: () =>
      secmod.standstillPeriod({
        receivedOn: '2017-10-05',
        notifyingState: 'F',
        stateCalendar: { ...calendarFromDates('fr', []), name: Object.create(null) as never },
      }),
  },
  'changeBoardVote with a rule whose carries is a revoked Proxy': {
    expect: 'invalid-argument',
    run: () =>
      secmod.changeBoardVote({ suppliers: { for: 1, against: 0 } }, 'self-governance', {
        ...secmod.MAJORITY_OF_VOTES_CAST,
        carries: revoked(() => true),
      }),
  },
  "toEndOn's message with a step whose date claims 2 ** 32 - 1 elements": {
    expect: 'returns',
    run: () => {
      const standstill = secmod.standstillPeriod({ receivedOn: '2017-10-05' });
      const steps = [{ ...standstill.steps[0], date: lying() }];
      const result = matchers.toEndOn.call({ isNot: false } as never, { ...standstill, steps } as never, '2018-01-09');
      if (result.pass || !result.message().includes('an object { kind, date'))
        throw new Error(result.message().slice(0, 200));
    },
  },
  'unionCalendar of a calendar whose source is a revoked Proxy': {
    expect: 'invalid-argument',
    run: () => unionCalendar('u', englandAndWales, { ...calendarFromDates('c', []), source: revoked({}) } as never),
  },
  'defineTimetableRule with plans.kinds of a lying length': {
    expect: 'invalid-rule',
    run: () => secmod.defineTimetableRule(ruleWith({ plan: () => undefined, plans: { kinds: lying() } })),
  },
  'englandAndWales.holidaysIn(30000000000000)': {
    expect: 'out-of-range',
    run: () => englandAndWales.holidaysIn(30_000_000_000_000),
  },
  'calendarFromRules substitute rule, holidaysIn(30000000000000)': {
    expect: 'out-of-range',
    run: () =>
      secmod
        .calendarFromRules({
          id: 'x',
          name: 'X',
          source: { document: 'd', status: 'enacted' },
          rules: [
            {
              id: 'r',
              name: 'R',
              versions: [
                {
                  from: secmod.isoDate('2000-01-01'),
                  value: { date: { kind: 'fixed', month: 12, day: 25 }, substitute: true },
                  source: { document: 'd', status: 'enacted' },
                },
              ],
            },
          ],
        })
        .holidaysIn(30_000_000_000_000),
  },
  "addWorkingDays('2017-01-02', 2 ** 31 - 1, empty calendar)": {
    expect: 'out-of-range',
    run: () => secmod.addWorkingDays('2017-01-02', 2 ** 31 - 1, calendarFromDates('none', [])),
  },
  "addWorkingDays('2017-01-02', 1e8, empty calendar)": {
    expect: 'out-of-range',
    run: () => secmod.addWorkingDays('2017-01-02', 1e8, calendarFromDates('none', [])),
  },
  "addWorkingDays('2017-01-02', -3e8, union calendar)": {
    expect: 'out-of-range',
    run: () =>
      secmod.addWorkingDays('2017-01-02', -3e8, unionCalendar('u', englandAndWales, calendarFromDates('none', []))),
  },
  'dccDueDate with a 2 ** 31 - 1 Working Day timescale': {
    expect: 'invalid-argument',
    run: () => secmod.dccDueDate('2019-01-07', 'impact', { ...secmod.DCC_STANDARD_TIMESCALES, impact: 2 ** 31 - 1 }),
  },
  'transition with a 1e8 Working Day appeal window': {
    expect: 'returns',
    run: () => {
      const r = secmod.transition(
        secmod.initialState({ id: 'MP1', path: 'fast-track', raisedOn: '2021-02-16', raisedBy: 'panel' }),
        { type: 'panel-decision', date: '2021-03-19', outcome: 'approve' },
        { appealWindowWorkingDays: 1e8 },
      );
      if (r.ok || r.error.code !== 'invalid-options') throw new Error('expected a refusal');
    },
  },
  'calendarFromDates with 40,000 dates in one year': {
    expect: 'returns',
    run: () => calendarFromDates('many', manyDates(40_000)).holidaysIn(2017),
  },
  'releasesToIcs of 10,000 releases': { expect: 'returns', run: () => secmod.releasesToIcs(manyReleases) },
  'parseRegister of 10 kB of nested brackets': {
    expect: 'invalid-register',
    run: () => secmod.parseRegister(nested(5_000)),
  },
  'parseRegister of a circular object': {
    expect: 'invalid-register',
    run: () => {
      const register: { proposals: unknown[] } = { proposals: [] };
      register.proposals.push(register);
      return secmod.parseRegister(register);
    },
  },
  'parseRegister of 20,000 invalid records': {
    expect: 'invalid-register',
    run: () => secmod.parseRegister(invalidRecords(20_000)),
  },
  // A long list of bad elements costs by its elements (10,000,000 null milestones aborted V8, out of
  // memory; 1,000,000 took 4 s and 700 MB): no issue is held past the listed ones.
  'parseTimetable with 5,000,000 null milestones': {
    expect: 'invalid-timetable',
    run: () => secmod.parseTimetable(timetableOf(nulls(5_000_000))),
  },
  'parseTimetable of JSON text with 1,000,000 null milestones': {
    expect: 'invalid-timetable',
    run: () => secmod.parseTimetable(JSON.stringify(timetableOf(nulls(1_000_000)))),
  },
  'parseRegister with 1,000,000 null records': {
    expect: 'invalid-register',
    run: () => secmod.parseRegister({ proposals: nulls(1_000_000) }),
  },
  'parseEvents of 1,000,000 nulls': { expect: 'invalid-events', run: () => secmod.parseEvents(nulls(1_000_000)) },
  "calendarFromDates('x', a sparse array of length 2 ** 32 - 1)": {
    expect: 'invalid-argument',
    run: () => calendarFromDates('x', lying()),
  },
  'parseRegister with a sparse array of length 2 ** 32 - 1': {
    expect: 'invalid-register',
    run: () => secmod.parseRegister({ proposals: lying() }),
  },
  'parseEvents of a sparse array of length 2 ** 32 - 1': {
    expect: 'invalid-events',
    run: () => secmod.parseEvents(lying()),
  },
  "isoDate('2'.repeat(1e8))": { expect: 'invalid-date', run: () => secmod.isoDate('2'.repeat(1e8)) },
  "workingDaysBetween('0001-01-01', '9999-12-31', englandAndWales)": {
    expect: 'returns',
    run: () => secmod.workingDaysBetween('0001-01-01', '9999-12-31', calendarFromDates('none', [])),
  },
};
