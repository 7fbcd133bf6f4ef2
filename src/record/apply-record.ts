import type { Issue } from '../errors/issue.js';
import { deepFreeze, reachable } from '../internal/freeze.js';
import { checkRecord, keysOf } from '../internal/keys.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../meetings/calendars.js';
import { indexOf } from '../meetings/lookup.js';
import type { KnownMeeting, MeetingCalendar } from '../meetings/types.js';
import { scheduledIn } from '../releases/calendar.js';
import { assertPolicy } from '../releases/check.js';
import { SEC_RELEASE_POLICY } from '../releases/policy.js';
import type { RecordedRelease, ReleaseInput, ReleasePolicy } from '../releases/types.js';
import type { Citation } from '../sources/citation.js';
import { parseRecord } from './parse-record.js';
import type { RecordMeeting, RecordRelease, SecRecord } from './schema.js';

/** What {@link applyRecord} builds on: secmod's own calendars and policy where one is not given. */
export interface RecordBase {
  readonly panel?: MeetingCalendar | undefined;
  readonly changeBoard?: MeetingCalendar | undefined;
  readonly releasePolicy?: ReleasePolicy | undefined;
}

const BASE_KEYS = keysOf<RecordBase>()(['panel', 'changeBoard', 'releasePolicy']);

/** A supplied fact that contradicts one of the base's: the supplied one is used. */
export type RecordWarning = Issue<'contradicts-bundled'>;

/** The calendars and policy with the caller's record in them, and where it contradicted the base. */
export interface AppliedRecord {
  readonly panel: MeetingCalendar;
  readonly changeBoard: MeetingCalendar;
  readonly releasePolicy: ReleasePolicy;
  /** Each supplied fact that contradicts one of the base's (the same meeting month, the same release, on another date). */
  readonly warnings: readonly RecordWarning[];
}

/** @internal The citation of a supplied fact: its reference and URL, or "supplied by the caller". */
export function suppliedSource(fact: {
  readonly reference?: string | undefined;
  readonly url?: string | undefined;
  readonly modifications?: readonly string[] | undefined;
}): Citation {
  return {
    document: fact.reference ?? 'supplied by the caller',
    ...(fact.url === undefined ? {} : { url: fact.url }),
    // A release's modifications, as the record gives them: what the release implements.
    ...(fact.modifications === undefined ? {} : { records: fact.modifications }),
    status: 'observed',
    note: 'supplied by the caller (a record given to applyRecord)',
  };
}

/** A citation in a warning's words: its document and URL. */
const named = (c: Citation | undefined): string =>
  c === undefined
    ? 'no source'
    : `${c.document}${c.clause === undefined ? '' : `, ${c.clause}`}${c.url === undefined ? '' : ` <${c.url}>`}`;

/**
 * secmod's Panel and Change Board calendars and release policy (or the `base` given) with a record of the
 * caller's in them: each supplied date is known (`projected: false`, its source the supplied reference
 * and URL, or "supplied by the caller"); a supplied meeting replaces the projection in its month, and the
 * projection resumes after it; a supplied release on a scheduled release's month (or with a release's
 * name) sets that release's date, any other is an ad-hoc release. A supplied fact that contradicts one
 * of the base's (a known meeting in the same month, the same release on another date) wins, and is listed
 * in `warnings` naming both sources. The result is frozen; the inputs are not changed.
 *
 * @throws {RecordError} `invalid-record` for a record `parseRecord` refuses; {@link SecmodError}
 *   `invalid-argument` for a base that is not one.
 * @example
 * const { panel } = applyRecord({ meetings: [{ body: 'panel', date: '2020-11-13' }] });
 * nextMeeting(panel, '2020-11-01'); // { date: '2020-11-13', projected: false, ... }
 */
export function applyRecord(record: unknown, base: RecordBase = {}): AppliedRecord {
  const r = parseRecord(record);
  checkRecord(base, ['base'], 'RecordBase { panel?, changeBoard?, releasePolicy? }', BASE_KEYS);
  const panel = base.panel ?? SEC_PANEL;
  const changeBoard = base.changeBoard ?? SEC_CHANGE_BOARD;
  const policy = base.releasePolicy ?? SEC_RELEASE_POLICY;
  indexOf(panel, ['base', 'panel']);
  indexOf(changeBoard, ['base', 'changeBoard']);
  assertPolicy(policy, ['base', 'releasePolicy']);
  const warnings: RecordWarning[] = [];
  const applied: AppliedRecord = {
    panel: withMeetings(panel, r, warnings),
    changeBoard: withMeetings(changeBoard, r, warnings),
    releasePolicy: withReleases(policy, r, warnings),
    warnings,
  };
  // What this call made is frozen; the base's objects it reuses are the caller's, and stay as they were.
  const result = deepFreeze(applied, reachable(base.panel, base.changeBoard, base.releasePolicy));
  // Checked now, so a bad combination is the caller's error here, not a later lookup's.
  indexOf(result.panel, ['record']);
  indexOf(result.changeBoard, ['record']);
  assertPolicy(result.releasePolicy, ['record']);
  return result;
}

/** The calendar with the record's meetings of its body: each supplied month's meetings replace the base's. */
function withMeetings(calendar: MeetingCalendar, record: SecRecord, warnings: RecordWarning[]): MeetingCalendar {
  const supplied = record.meetings.map((m, i) => [m, i] as const).filter(([m]) => m.body === calendar.body);
  if (supplied.length === 0) return calendar;
  const months = new Set(supplied.map(([m]) => m.date.slice(0, 7)));
  const dates = new Set(supplied.map(([m]) => m.date));
  const kept: KnownMeeting[] = [];
  for (const known of calendar.meetings) {
    if (!months.has(known.date.slice(0, 7)) || dates.has(known.date)) {
      if (!dates.has(known.date)) kept.push(known);
      continue;
    }
    const [m, i] = supplied.find(([s]) => s.date.slice(0, 7) === known.date.slice(0, 7)) as readonly [
      RecordMeeting,
      number,
    ];
    warnings.push({
      code: 'contradicts-bundled',
      severity: 'warning',
      message: `the record's ${calendar.name} meeting on ${m.date} (${named(suppliedSource(m))}) replaces the known one on ${known.date} in the same month (${named(known.source)})`,
      path: ['record', 'meetings', i, 'date'],
      source: known.source,
    });
  }
  // A date both give is kept with the base's source and number: the same fact.
  const bundled = new Map(calendar.meetings.map((k) => [k.date, k]));
  const meetings = [
    ...kept,
    ...supplied.map(([m]): KnownMeeting => bundled.get(m.date) ?? { date: m.date, source: suppliedSource(m) }),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    ...calendar,
    id: `${calendar.id}+record`,
    name: `${calendar.name} (with the caller's record)`,
    meetings,
  };
}

/**
 * The policy with the record's releases: a scheduled release recorded on the supplied date (so known), or a
 * known ad-hoc release added.
 */
function withReleases(policy: ReleasePolicy, record: SecRecord, warnings: RecordWarning[]): ReleasePolicy {
  if (record.releases.length === 0) return policy;
  const recorded = new Map<string, RecordedRelease>((policy.recorded ?? []).map((r) => [r.id, r]));
  const adHoc = new Map<string, ReleaseInput>(policy.adHoc.map((r) => [r.id, r]));
  record.releases.forEach((supplied, i) => {
    const source = suppliedSource(supplied);
    const year = Number(supplied.date.slice(0, 4));
    const scheduled = scheduledIn(year, policy).find(
      (r) => r.id === supplied.date.slice(0, 7) || (supplied.name !== undefined && r.name === supplied.name),
    );
    if (scheduled !== undefined) {
      // Only a bundled fact (a release the record shows, or a recorded move) is contradicted, not a projection.
      const move = policy.moves.find((m) => m.id === scheduled.id);
      if (scheduled.date !== supplied.date && (!scheduled.projected || move !== undefined))
        warn(warnings, supplied, i, scheduled, scheduled.source);
      // The release keeps the policy's name; the name you gave stays in its source, not dropped.
      const named =
        supplied.name === undefined || supplied.name === scheduled.name
          ? source
          : { ...source, note: `${source.note ?? ''}; named ${JSON.stringify(supplied.name)} in the record` };
      recorded.set(scheduled.id, { id: scheduled.id, date: supplied.date, source: named });
      return;
    }
    const same = policy.adHoc.find(
      (r) => r.date === supplied.date || (supplied.name !== undefined && r.name === supplied.name),
    );
    if (same !== undefined) {
      if (same.date !== supplied.date && same.projected !== true) warn(warnings, supplied, i, same, same.source);
      adHoc.delete(same.id);
    }
    const id = `ad-hoc-${supplied.date}`;
    adHoc.set(id, {
      id,
      name: supplied.name ?? same?.name ?? `Release ${supplied.date}`,
      date: supplied.date,
      kind: 'ad-hoc',
      source,
      projected: false,
    });
  });
  return {
    ...policy,
    adHoc: [...adHoc.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    recorded: [...recorded.values()],
  };
}

function warn(
  warnings: RecordWarning[],
  supplied: RecordRelease,
  i: number,
  bundled: ReleaseInput,
  source: Citation | undefined,
): void {
  warnings.push({
    code: 'contradicts-bundled',
    severity: 'warning',
    message: `the record's release on ${supplied.date} (${named(suppliedSource(supplied))}) replaces ${bundled.name} on ${bundled.date} (${named(source)})`,
    path: ['record', 'releases', i, 'date'],
    ...(source === undefined ? {} : { source }),
  });
}
