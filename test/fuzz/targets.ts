/**
 * Every public function of the package, with what a caller may pass it: `typed` arguments a well-typed
 * caller could write (plausible and edge values) and an arity for junk. The fuzz suite calls each one
 * in both modes and fails on anything but a result or a SecmodError.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as secmod from '../../src/index.js';
import Holidays from 'date-holidays';
import * as adapter from '../../src/date-holidays/index.js';
import * as ical from '../../src/ical/index.js';
import { addIssueCodes, matchers } from '../../src/vitest/index.js';

const {
  MILESTONE_ORDER,
  MODIFICATION_PATHS,
  EVENT_TYPES,
  ACTIVE_NODES,
  englandAndWales,
  scotland,
  unitedKingdom,
  europeanCommission,
  trisCommissionCore,
  calendarFromDates,
  initialState,
  parseRegister,
} = secmod;

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
/** Mostly ordinary dates, sometimes the ends of the supported range, sometimes plausible-looking strings that are not dates. */
export const date = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .integer({ min: Date.UTC(1971, 0, 1) / DAY, max: Date.UTC(2060, 11, 31) / DAY })
      .map((d) => iso(d * DAY)),
  },
  { weight: 1, arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '9999-12-30', '2020-02-29', '1970-01-01') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2017-02-29', '2017-13-01', '17-10-05', '2017-10-5', '', '2017-10-05T00:00:00Z'),
  },
);
const month = fc
  .integer({ min: 0, max: 60 })
  .map((i) => `${2016 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const dayOrMonth = fc.oneof(date, month);
const count = fc.oneof(
  fc.integer({ min: -400, max: 400 }),
  fc.constantFrom(0, 2 ** 31 - 1, -(2 ** 31), 1e8, -1e8, 2_600_000, Number.MAX_SAFE_INTEGER),
);
const year = fc.oneof(fc.integer({ min: 1971, max: 2060 }), fc.constantFrom(1, 9999, 0, 10000, -1, 30_000_000_000_000));
const meetingCalendar = fc.constantFrom(
  secmod.SEC_PANEL,
  secmod.SEC_CHANGE_BOARD,
  { ...secmod.SEC_PANEL, projection: undefined },
  secmod.meetingCalendar({ name: 'two', body: 'panel', dates: ['2019-01-11', '2019-02-08'] }),
);
const calendar = fc.constantFrom(
  englandAndWales,
  scotland,
  unitedKingdom,
  europeanCommission,
  trisCommissionCore,
  calendarFromDates('fuzz', ['2017-12-27']),
  calendarFromDates('none', []),
);
const path = fc.constantFrom(...MODIFICATION_PATHS);
const milestone = fc.record(
  {
    kind: fc.constantFrom(...MILESTONE_ORDER),
    approved: dayOrMonth,
    until: fc.option(dayOrMonth, { nil: undefined }),
    actual: fc.option(dayOrMonth, { nil: undefined }),
  },
  { requiredKeys: ['kind', 'approved'] },
);
const extension = fc.record({
  agreedOn: date,
  months: fc.integer({ min: -1, max: 24 }),
  reason: fc.string(),
  by: fc.constant('panel' as const),
});
const timetable = fc.record({
  proposal: fc.constantFrom('MP100', 'SECMP0023'),
  path,
  milestones: fc.array(milestone, { maxLength: 6 }),
  extensions: fc.array(
    extension.filter((e) => e.months > 0),
    { maxLength: 2 },
  ),
});
const assessment = fc.record(
  {
    kind: fc.constantFrom('preliminary', 'impact'),
    requestedOn: date,
    originalDueOn: date,
    revisedDueOn: fc.array(date, { maxLength: 2 }),
    returnedOn: date,
    onHold: fc.array(fc.record({ from: date, to: date }, { requiredKeys: ['from'] }), { maxLength: 2 }),
  },
  { requiredKeys: ['kind', 'requestedOn', 'originalDueOn'] },
);
/** The keys each type of event has (an event with another is refused). */
const EVENT_FIELDS = new Map(
  secmod.lifecycleEventSchema.options.map((o) => [o.shape.type.value, Object.keys(o.shape)]),
);
const event = fc
  .record(
    {
      type: fc.constantFrom(...EVENT_TYPES),
      date,
      route: fc.constantFrom('refinement', 'report-phase'),
      vote: fc.constantFrom('approve', 'reject', 'recommend-approval', 'recommend-rejection'),
      outcome: fc.constantFrom('approve', 'reject', 'upheld', 'overturned'),
      release: fc.record({ id: fc.string({ maxLength: 8 }), date }, { requiredKeys: [] }),
      part: fc.integer({ min: 0, max: 3 }),
      of: fc.integer({ min: 0, max: 3 }),
    },
    { requiredKeys: ['type', 'date'] },
  )
  .map(
    (e) =>
      Object.fromEntries(
        Object.entries(e).filter(([k]) => EVENT_FIELDS.get(e.type)?.includes(k)),
      ) as unknown as secmod.LifecycleEvent,
  );
const init = fc.record({ id: fc.constantFrom('MP100', 'SECMP0004', 'DP200'), path, raisedOn: date });
const lifecycleOptions = fc.record(
  { appealWindowWorkingDays: fc.oneof(fc.integer({ min: 0, max: 60 }), count), calendar },
  { requiredKeys: [] },
);
/** A state reached by replaying random events (the refusals stop the history where they fall). */
const state = fc.tuple(init, fc.array(event, { maxLength: 8 })).map(([i, events]) => {
  try {
    let s = initialState(i);
    for (const e of events) {
      const r = secmod.transition(s, e);
      if (r.ok) s = r.state;
    }
    return s;
  } catch {
    return initialState({ id: 'MP100', path: 'self-governance', raisedOn: '2019-01-07' });
  }
});
const standstillInput = fc.record(
  {
    receivedOn: date,
    measure: fc.constantFrom('technical-regulation', 'voluntary-agreement', 'information-society-service'),
    detailedOpinion: fc.boolean(),
    commissionAction: fc.constantFrom('none', 'intends-to-legislate', 'proposal-pending'),
    councilFirstReadingPosition: fc.boolean(),
    urgency: fc.boolean(),
    convention: fc.constantFrom('tris', 'regulation-1182-71'),
    notifyingState: fc.constantFrom('UK', 'F', 'XI'),
    stateCalendar: calendar,
  },
  { requiredKeys: ['receivedOn'] },
);
const exampleRegister = parseRegister(
  readFileSync(new URL('../../examples/register-2017-10.json', import.meta.url), 'utf8'),
);
const record = fc.record(
  {
    id: fc.integer({ min: 100, max: 999 }).map((n) => `MP${n}`),
    path,
    raisedOn: date,
    status: fc.record({ state: fc.constantFrom('open', 'approved', 'rejected', 'withdrawn', 'implemented') }),
    timetable: fc.record({ milestones: fc.array(milestone, { maxLength: 3 }), extensions: fc.constant([]) }),
    releases: fc.array(fc.record({ release: fc.constantFrom('2019-06', '2020-11', '2018-06-28', 'nope') }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['id'] },
);
/** The example register, or a small random one as the caller may hand it over (not necessarily parsed). */
const register = fc.oneof(
  fc.constant(exampleRegister),
  fc.array(record, { maxLength: 6 }).map((proposals) => ({ proposals })),
);
const scopeRegister = register.map((r) => {
  try {
    return secmod.toScopeRegister(parseRegister(r), '2019-01-01');
  } catch {
    return { proposals: [] };
  }
});
const policy = fc.constant(secmod.SEC_RELEASE_POLICY);
const release = fc.record({
  id: fc.string({ minLength: 1, maxLength: 10 }),
  name: fc.string({ maxLength: 30 }),
  date,
  kind: fc.constantFrom('scheduled', 'ad-hoc'),
});
const tally = fc.dictionary(
  fc.constantFrom('suppliers', 'networks', 'others'),
  fc.record({ for: fc.nat(5), against: fc.nat(5), abstain: fc.nat(2) }, { requiredKeys: ['for', 'against'] }),
);
const holidayInput = fc.oneof(date, fc.record({ date, name: fc.string({ maxLength: 20 }) }));
const ruleDefinition = fc.record({
  id: fc.string({ minLength: 1, maxLength: 10 }),
  name: fc.string({ minLength: 1, maxLength: 10 }),
  source: fc.constant({ document: 'fuzz', status: 'observed' }),
  rules: fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 5 }),
      name: fc.string({ maxLength: 10 }),
      versions: fc.array(
        fc.record({
          from: date,
          value: fc.record({
            date: fc.oneof(
              fc.record({
                kind: fc.constant('fixed' as const),
                month: fc.integer({ min: 1, max: 12 }),
                day: fc.integer({ min: 1, max: 28 }),
              }),
              fc.record({ kind: fc.constant('easter' as const), offset: fc.integer({ min: -50, max: 60 }) }),
              fc.record({
                kind: fc.constant('nth-weekday' as const),
                month: fc.integer({ min: 1, max: 12 }),
                weekday: fc.integer({ min: 1, max: 7 }),
                n: fc.integer({ min: 1, max: 4 }),
              }),
              fc.record({
                kind: fc.constant('last-weekday' as const),
                month: fc.integer({ min: 1, max: 12 }),
                weekday: fc.integer({ min: 1, max: 7 }),
              }),
            ),
            substitute: fc.boolean(),
          }),
          source: fc.constant({ document: 'fuzz', status: 'observed' }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
    { maxLength: 6 },
  ),
});

/** A target: how to call it, with well-typed arguments and how many arguments junk replaces. */
export interface Target {
  readonly typed: fc.Arbitrary<readonly unknown[]>;
  readonly call: (...args: never[]) => unknown;
}

const t = (call: (...args: never[]) => unknown, ...args: fc.Arbitrary<unknown>[]): Target => ({
  typed: fc.tuple(...args),
  call,
});

/** Methods of a calendar object, as a caller calls them. */
const calendarMethods = (name: string, c: secmod.HolidayCalendar): Record<string, Target> => ({
  [`${name}.isHoliday`]: t((d: never) => c.isHoliday(d), date),
  [`${name}.holidaysIn`]: t((y: never) => c.holidaysIn(y), year),
});

/** A caller's rule: well formed, or answering junk, or throwing. */
const houseRule = fc.record({
  code: fc.constantFrom('house', 'x', ''),
  severity: fc.constantFrom('error', 'warning', 'fatal'),
  source: fc.constantFrom({ document: 'house practice', status: 'observed' }, undefined),
  check: fc.constantFrom(
    () => [],
    () => [{ message: 'found', path: ['milestones', 0] }],
    () => 'junk',
    () => [{ text: 'no message' }],
    () => {
      throw new RangeError('a bug in the rule');
    },
  ),
});
/** The rules option: a subset of the SEC's, with or without a caller's rule. */
const rules = fc.oneof(
  fc.subarray([...secmod.SEC_TIMETABLE_RULES] as unknown[]),
  fc.tuple(fc.subarray([...secmod.SEC_TIMETABLE_RULES] as unknown[]), houseRule).map(([a, r]) => [...a, r]),
);

/** A caller's record of meetings and releases (`secmod/record`): facts, and text of any kind in them. */
const recordText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 20 }),
  fc.constantFrom('=HYPERLINK("x")', '<script>', 'a,"b"\nc'),
);
const userRecord = fc.record(
  {
    meetings: fc.array(
      fc.record(
        {
          body: fc.constantFrom('panel', 'change-board'),
          date,
          reference: recordText,
          url: fc.constant('https://x.example/'),
        },
        { requiredKeys: ['body', 'date'] },
      ),
      { maxLength: 4 },
    ),
    releases: fc.array(fc.record({ date, name: recordText, reference: recordText }, { requiredKeys: ['date'] }), {
      maxLength: 4,
    }),
  },
  { requiredKeys: [] },
);
const userRecordCsv = userRecord.map(
  (r) =>
    `kind,date,name,reference,url\n${[
      ...(r.meetings ?? []).map((m) => `${m.body},${m.date},,"${(m.reference ?? '').replace(/"/g, '""')}",`),
      ...(r.releases ?? []).map((x) => `release,${x.date},"${(x.name ?? '').replace(/"/g, '""')}",,`),
    ].join('\n')}\n`,
);
const userRecordIcs = userRecord.map(
  (r) =>
    `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//fuzz//EN\r\n${(r.meetings ?? [])
      .map(
        (m, i) =>
          `BEGIN:VEVENT\r\nUID:${i}\r\nDTSTART;VALUE=DATE:${m.date.replace(/-/g, '')}\r\nCATEGORIES:${m.body}\r\nEND:VEVENT\r\n`,
      )
      .join('')}END:VCALENDAR\r\n`,
);

export const TARGETS: Readonly<Record<string, Target>> = {
  // secmod/calendar
  isoDate: t(
    secmod.isoDate as never,
    fc.oneof(
      date,
      fc.record({
        year: fc.integer({ min: -5, max: 10_005 }),
        month: fc.integer({ min: 0, max: 13 }),
        day: fc.integer({ min: 0, max: 32 }),
      }),
      fc.date({ noInvalidDate: false }),
    ),
  ),
  isIsoDate: t(secmod.isIsoDate as never, date),
  addDays: t(secmod.addDays as never, date, count),
  addMonths: t(secmod.addMonths as never, date, count),
  compareDates: t(secmod.compareDates as never, date, date),
  differenceInDays: t(secmod.differenceInDays as never, date, date),
  dayOfWeek: t(secmod.dayOfWeek as never, date),
  dateParts: t(secmod.dateParts as never, date),
  isWorkingDay: t(secmod.isWorkingDay as never, date, calendar),
  nextWorkingDay: t(secmod.nextWorkingDay as never, date, calendar),
  previousWorkingDay: t(secmod.previousWorkingDay as never, date, calendar),
  addWorkingDays: t(secmod.addWorkingDays as never, date, count, calendar),
  workingDaysBetween: t(secmod.workingDaysBetween as never, date, date, calendar),
  calendarById: t(
    secmod.calendarById as never,
    fc.constantFrom(
      'england-and-wales',
      'scotland',
      'northern-ireland',
      'united-kingdom',
      'european-commission',
      'tris-commission-core',
      'atlantis',
    ),
  ),
  calendarFromDates: t(
    secmod.calendarFromDates as never,
    fc.string({ maxLength: 10 }),
    fc.array(holidayInput, { maxLength: 20 }),
    fc.option(fc.string(), { nil: undefined }),
  ),
  calendarFromRules: t((d: never) => secmod.calendarFromRules(d).holidaysIn(2020), ruleDefinition),
  unionCalendar: t(
    (id: never, a: never, b: never) => secmod.unionCalendar(id, a, b).holidaysIn(2020),
    fc.string({ maxLength: 10 }),
    calendar,
    calendar,
  ),
  ...calendarMethods('englandAndWales', englandAndWales),
  ...calendarMethods('scotland', scotland),
  ...calendarMethods('northernIreland', secmod.northernIreland),
  ...calendarMethods('unitedKingdom', unitedKingdom),
  ...calendarMethods('europeanCommission', europeanCommission),
  ...calendarMethods('trisCommissionCore', trisCommissionCore),
  // secmod/standstill
  standstillPeriod: t(secmod.standstillPeriod as never, standstillInput),
  standstillDuration: t(secmod.standstillDuration as never, standstillInput),
  requiresEcNotification: t(
    secmod.requiresEcNotification as never,
    date,
    fc.constantFrom('great-britain', 'northern-ireland', 'bogus'),
  ),
  // secmod/date-holidays
  dateHolidaysCalendar: t(
    (h: never, o: never) => adapter.dateHolidaysCalendar(h, o).holidaysIn(2020),
    fc.constant(new Holidays('FR')),
    fc.record({ types: fc.array(fc.constantFrom('public', 'bank')) }, { requiredKeys: [] }),
  ),
  trisStateCalendar: t(
    (c: never) => adapter.trisStateCalendar(c).isHoliday('2020-07-14'),
    fc.constantFrom('F', 'D', 'UK', 'IRL', 'XX', 'f'),
  ),
  parseEvents: t(
    secmod.parseEvents as never,
    fc.oneof(
      fc.array(event, { maxLength: 8 }),
      fc.array(event, { maxLength: 4 }).map((x) => JSON.stringify(x)),
    ),
  ),
  // secmod/sources
  inForce: t(
    secmod.inForce as never,
    fc.constantFrom(
      secmod.ERAS,
      secmod.EC_NOTIFICATION_RULE,
      secmod.SEC_RELEASE_POLICY.versions,
      secmod.DCC_TIMESCALE_VERSIONS,
    ),
    date,
  ),
  assumptions: t(secmod.assumptions as never, fc.constantFrom(undefined, 'observed', 'unconfirmed', 'enacted')),
  recordHorizon: t(secmod.recordHorizon as never),
  // secmod/lifecycle
  pathRules: t(secmod.pathRules as never, path),
  eraOn: t(secmod.eraOn as never, date),
  initialState: t(secmod.initialState as never, init),
  transition: t(secmod.transition as never, state, event, lifecycleOptions),
  replay: t(secmod.replay as never, state, fc.array(event, { maxLength: 10 }), lifecycleOptions),
  allowedEvents: t(secmod.allowedEvents as never, state),
  nodeOf: t(secmod.nodeOf as never, state),
  reportingStage: t(secmod.reportingStage as never, state),
  nodePhase: t(secmod.nodePhase as never, fc.constantFrom(...ACTIVE_NODES, 'approved', 'withdrawn')),
  lifecycleDiagram: t(
    secmod.lifecycleDiagram as never,
    fc.record({ direction: fc.constantFrom('TB', 'LR') }, { requiredKeys: [] }),
  ),
  changeBoardVote: t(
    secmod.changeBoardVote as never,
    tally,
    path,
    fc.constantFrom(secmod.MAJORITY_IN_EVERY_GROUP, secmod.MAJORITY_OF_VOTES_CAST),
  ),
  // secmod/timetable
  applyExtension: t(secmod.applyExtension as never, timetable, extension),
  replanTimetable: t(
    secmod.replanTimetable as never,
    timetable,
    extension,
    fc.record(
      {
        panelMeetings: fc.oneof(fc.array(date, { maxLength: 5 }), meetingCalendar),
        changeBoardMeetings: fc.oneof(fc.array(date, { maxLength: 5 }), meetingCalendar),
        minConsultationWorkingDays: count,
        paperDeadlineWorkingDays: count,
        calendar,
        rules,
      },
      { requiredKeys: [] },
    ),
  ),
  extensionSummary: t(secmod.extensionSummary as never, timetable),
  progressStatus: t(secmod.progressStatus as never, timetable, date),
  extensionStatus: t(secmod.extensionStatus as never, timetable, date),
  dccAssessmentStatus: t(secmod.dccAssessmentStatus as never, assessment, date, fc.constantFrom('original', 'revised')),
  dccDueDate: t(
    secmod.dccDueDate as never,
    date,
    fc.constantFrom('preliminary', 'impact'),
    fc.record(
      {
        preliminary: count,
        impact: count,
        calendar,
        source: fc.constant(secmod.DCC_STANDARD_TIMESCALES.source),
      },
      { requiredKeys: ['calendar', 'source'] },
    ),
  ),
  parseTimetable: t(
    secmod.parseTimetable as never,
    fc.oneof(
      timetable,
      timetable.map((x) => JSON.stringify(x)),
      fc.string({ maxLength: 50 }),
    ),
  ),
  parseValidateOptions: t(
    secmod.parseValidateOptions as never,
    fc.record(
      { panelMeetings: fc.array(date, { maxLength: 3 }), minConsultationWorkingDays: count },
      { requiredKeys: [] },
    ),
  ),
  prepareTimetableOptions: t(
    secmod.prepareTimetableOptions as never,
    fc.record(
      { panelMeetings: fc.array(date, { maxLength: 3 }), minConsultationWorkingDays: count },
      { requiredKeys: [] },
    ),
  ),
  validateTimetable: t(
    secmod.validateTimetable as never,
    timetable,
    fc.record(
      {
        panelMeetings: fc.oneof(fc.array(date, { maxLength: 5 }), meetingCalendar),
        changeBoardMeetings: fc.oneof(fc.array(date, { maxLength: 5 }), meetingCalendar),
        paperDeadlineWorkingDays: count,
        authorityDecisionWorkingDays: count,
        dccSystemImpact: fc.boolean(),
        minConsultationWorkingDays: count,
        calendar,
        standstillEndsOn: date,
        rules,
      },
      { requiredKeys: [] },
    ),
  ),
  defineTimetableRule: t(secmod.defineTimetableRule as never, houseRule),
  planTimetable: t(
    secmod.planTimetable as never,
    fc.oneof(
      // A plain request, so that the options are often read (and an unknown key in them refused) ...
      fc.record({ proposal: fc.constant('MP1'), path, raisedOn: date }),
      // ... or any request a caller may write.
      fc.record(
        {
          proposal: fc.constantFrom('MP1', ''),
          path,
          raisedOn: date,
          convertedOn: date,
          dccAssessments: fc.constantFrom(...secmod.DCC_ASSESSMENT_NEEDS, 'all'),
          ecNotification: fc.oneof(fc.boolean(), fc.record({ receivedOn: date }, { requiredKeys: [] })),
          workingGroupMeetings: count,
          refinementMonths: count,
          dccSystemImpact: fc.boolean(),
        },
        { requiredKeys: ['proposal', 'path'] },
      ),
    ),
    fc.record(
      {
        panelMeetings: fc.oneof(fc.array(date, { maxLength: 5 }), meetingCalendar),
        changeBoardMeetings: fc.oneof(fc.array(date, { maxLength: 5 }), meetingCalendar),
        minConsultationWorkingDays: count,
        paperDeadlineWorkingDays: count,
        authorityDecisionWorkingDays: count,
        calendar,
        rules,
      },
      { requiredKeys: [] },
    ),
  ),
  timetableGantt: t(
    secmod.timetableGantt as never,
    fc.array(timetable, { maxLength: 4 }),
    fc.record({ asOf: date, title: fc.string({ maxLength: 20 }) }, { requiredKeys: ['asOf'] }),
  ),
  // secmod/meetings
  meetingsBetween: t(secmod.meetingsBetween as never, meetingCalendar, date, date),
  nextMeeting: t(secmod.nextMeeting as never, meetingCalendar, date),
  paperDeadline: t(secmod.paperDeadline as never, date, count, calendar),
  meetingCalendar: t(
    secmod.meetingCalendar as never,
    fc.record(
      {
        name: fc.constantFrom('mine', ''),
        body: fc.constantFrom('panel', 'change-board', 'board'),
        dates: fc.array(date, { maxLength: 5 }),
        projection: fc.constant(secmod.SEC_PANEL.projection),
      },
      { requiredKeys: ['name', 'body', 'dates'] },
    ),
  ),
  // secmod/releases
  releasesIn: t(secmod.releasesIn as never, year, policy),
  nextRelease: t(secmod.nextRelease as never, date, policy),
  earliestRelease: t(
    secmod.earliestRelease as never,
    fc.record(
      {
        approvedOn: date,
        dccSystemImpact: fc.boolean(),
        // a standstill (or, when the date is not one, the string); with standstillEndsOn too: invalid-argument
        standstill: date.map((receivedOn) => {
          try {
            return secmod.standstillPeriod({ receivedOn });
          } catch {
            return receivedOn;
          }
        }),
        standstillEndsOn: date,
        byException: fc.boolean(),
      },
      { requiredKeys: ['approvedOn'] },
    ),
  ),
  releasesToIcs: t(secmod.releasesToIcs as never, fc.oneof(year, fc.array(release, { maxLength: 5 }))),
  scopeReleases: t(secmod.scopeReleases as never, scopeRegister, date),
  validateReleaseScope: t(secmod.validateReleaseScope as never, scopeRegister, date),
  // secmod/register
  registerAsOf: t(secmod.registerAsOf as never, register, date),
  parseRegister: t(
    secmod.parseRegister as never,
    fc.oneof(
      register,
      register.map((r) => JSON.stringify(r)),
    ),
  ),
  recordStatus: t(secmod.recordStatus as never, fc.constantFrom(...exampleRegister.proposals), date),
  recordTimetable: t(secmod.recordTimetable as never, fc.constantFrom(...exampleRegister.proposals)),
  recordExtensions: t(secmod.recordExtensions as never, fc.constantFrom(...exampleRegister.proposals)),
  toScopeRegister: t(secmod.toScopeRegister as never, register, date),
  // secmod/record
  parseRecord: t(
    secmod.parseRecord as never,
    fc.oneof(
      userRecord,
      userRecord.map((r) => JSON.stringify(r)),
      userRecordCsv,
      fc.string(),
    ),
    fc.option(fc.record({ format: fc.constantFrom('json', 'csv', 'ics') }, { requiredKeys: [] }), { nil: undefined }),
  ),
  serializeRecord: t(secmod.serializeRecord as never, userRecord, fc.constantFrom('json', 'csv')),
  applyRecord: t(
    secmod.applyRecord as never,
    userRecord,
    fc.option(
      fc.record(
        {
          panel: meetingCalendar,
          changeBoard: fc.constant(secmod.SEC_CHANGE_BOARD),
          releasePolicy: fc.constant(secmod.SEC_RELEASE_POLICY),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  ),
  recordWarnings: t(secmod.recordWarnings as never, userRecord),
  // secmod/ical
  parseIcsRecord: t(
    ical.parseIcsRecord as never,
    fc.oneof(userRecordIcs, fc.string()),
    fc.option(fc.record({ kind: fc.constantFrom('panel', 'change-board', 'release') }, { requiredKeys: [] }), {
      nil: undefined,
    }),
  ),
  // secmod/report
  statusReport: t(
    secmod.statusReport as never,
    register,
    fc.record({ asOf: date, since: date }, { requiredKeys: ['asOf'] }),
  ),
  renderStatusReport: t(
    secmod.renderStatusReport as never,
    fc.constant(secmod.statusReport(exampleRegister, { asOf: '2017-10-06' })),
    fc.record(
      { format: fc.constantFrom('markdown', 'text', 'html'), mermaid: fc.boolean() },
      { requiredKeys: ['format'] },
    ),
  ),
  // errors
  isSecmodError: t(secmod.isSecmodError as never, fc.anything()),
  // secmod/lifecycle: the vote rules' methods
  'MAJORITY_IN_EVERY_GROUP.carries': t((x: never) => secmod.MAJORITY_IN_EVERY_GROUP.carries(x), tally),
  'MAJORITY_OF_VOTES_CAST.carries': t((x: never) => secmod.MAJORITY_OF_VOTES_CAST.carries(x), tally),
  // secmod/vitest: each matcher as vitest calls it (with `isNot`), its message read too
  ...matcherTargets(),
  addIssueCodes: t(
    addIssueCodes as never,
    fc.constantFrom('house-rule', 'x', ''),
    fc.record({ code: fc.constantFrom('house-rule', '') }),
  ),
};

/** A matcher called as vitest calls it, plain and negated, and its message built. */
function matcher(name: keyof typeof matchers, ...args: fc.Arbitrary<unknown>[]): Target {
  const m = matchers[name] as (this: { isNot: boolean }, ...x: unknown[]) => { message: () => string };
  return t((isNot: never, ...x: never[]) => m.call({ isNot }, ...x).message(), fc.boolean(), ...args);
}

/** Targets for the matchers of secmod/vitest. */
function matcherTargets(): Record<string, Target> {
  const issues = timetable.map((x) => {
    try {
      return secmod.validateTimetable(x);
    } catch {
      return [];
    }
  });
  const transitionResult = fc.tuple(state, event).map(([s, e]) => secmod.transition(s, e) as unknown);
  const thrower = fc.constantFrom(
    () => secmod.isoDate('2017-02-29'),
    () => 1,
    () => {
      throw new TypeError('not secmod');
    },
  );
  const standstill = standstillInput.map((x) => {
    try {
      return secmod.standstillPeriod(x) as unknown;
    } catch {
      return secmod.standstillPeriod({ receivedOn: '2017-10-05' });
    }
  });
  return {
    'matchers.toBeValidTimetable': matcher(
      'toBeValidTimetable',
      timetable,
      fc.record({ warnings: fc.constantFrom('fail', 'pass') }, { requiredKeys: [] }),
    ),
    'matchers.toHaveIssue': matcher(
      'toHaveIssue',
      issues,
      fc.constantFrom('non-working-day', 'milestone-order', 'x'),
      fc.option(fc.record({ severity: fc.constantFrom('error', 'warning') }, { requiredKeys: [] }), {
        nil: undefined,
      }),
    ),
    'matchers.toBeRefused': matcher(
      'toBeRefused',
      transitionResult,
      fc.option(fc.constantFrom(...secmod.LIFECYCLE_ERROR_CODES), { nil: undefined }),
    ),
    'matchers.toBeAccepted': matcher('toBeAccepted', transitionResult),
    'matchers.toThrowSecmodError': matcher(
      'toThrowSecmodError',
      thrower,
      fc.option(fc.constantFrom('invalid-date', 'invalid-argument'), { nil: undefined }),
    ),
    'matchers.toEndOn': matcher('toEndOn', standstill, date),
  };
}

/**
 * Exported objects whose methods the suite does not call, each with why. zod's schemas are zod's: their
 * `safeParse` walks an array by its `length` (a sparse array of length 2 ** 32 - 1 never returns), which
 * is why secmod's parsers (parseRegister, parseTimetable, parseEvents, parseValidateOptions) walk the
 * input first; the schemas are exported for composing and for the JSON Schema.
 */
export const NOT_FUZZED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(secmod)
    .filter(
      ([, v]) => typeof v === 'object' && v !== null && typeof (v as { safeParse?: unknown }).safeParse === 'function',
    )
    .map(([n]) => [n, "a zod schema: zod's methods, not secmod's; the parsers walk the input before it"]),
);

/** Exports that are not functions to call with data: classes (constructed by the library) and data. */
export const NOT_CALLED = new Set(['SecmodError', 'RegisterError', 'ParseError', 'RecordError']);

/**
 * The arguments (`target#index`) that may still take an unknown key, each with why. Every other object
 * argument of every target (an object, or the first object of a list; behaviour such as a calendar is
 * not data) must be refused with an unknown key added, at the key's path. Entrances still to be done
 * name their owner; an entry whose argument is refused now fails the suite, so the list only shrinks.
 */
export const UNKNOWN_KEY_EXCEPTIONS: Readonly<Record<string, string>> = {
  // Values secmod made and the caller passes back: checked as sound, not read for typos.
  'transition#0': 'a LifecycleState, made by initialState and transition',
  'replay#0': 'a LifecycleState, made by initialState and transition',
  'allowedEvents#0': 'a LifecycleState, made by initialState and transition',
  'nodeOf#0': 'a LifecycleState, made by initialState and transition',
  'reportingStage#0': 'a LifecycleState, made by initialState and transition',
  'renderStatusReport#0': 'a StatusReport, made by statusReport',
  'isSecmodError#0': 'a type guard: any value is its input',
  // A matcher's received value is what the test checks: a key too many fails (or passes) the assertion, as it says.
  'matchers.toBeValidTimetable#1':
    "the received value: an unknown key is a failed assertion (validateTimetable's issue)",
  'matchers.toHaveIssue#1': 'the received value: a list of issues, compared, not read for typos',
  'matchers.toHaveIssue#3': "a partial issue: a field no issue has fails the match, naming the issues' fields",
  'matchers.toBeRefused#1': 'the received value: a TransitionResult, made by transition',
  'matchers.toBeAccepted#1': 'the received value: a TransitionResult, made by transition',
  'matchers.toEndOn#1': 'the received value: a Standstill, made by standstillPeriod',
  'addIssueCodes#1': 'a rule: any object with a code (a whole TimetableRule is one)',
};
