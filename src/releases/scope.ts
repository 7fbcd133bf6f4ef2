import { checkScopeRegister } from './check.js';
import { adoptableFromDay } from '../standstill/adoptable.js';
import { APPEAL_WINDOW } from '../sources/assumptions.js';
import { STANDSTILL_BARS_ADOPTION } from '../sources/cite.js';
import type { IssueOf } from '../errors/issue.js';
import type { InputPath } from '../errors/secmod-error.js';
import { civilFromDays, dayOf, isoOf, type IsoDate } from '../internal/days.js';
import { parseDay } from '../internal/check.js';
import { longDate } from '../internal/long-date.js';
import { adHocOf, asRelease, firstPolicyYear, monthsBefore, scheduledIn, versionOn } from './calendar.js';
import { SEC_RELEASE_POLICY } from './policy.js';
import type { Release, ReleaseInput, ScopeProposal, ScopeRegister, ScopeTarget } from './types.js';

// The scope types sit in types.ts, below the checks that read them; their names are exported from here too.
export { SCOPE_STATUSES, type ScopeStatus, type ScopeTarget, type ScopeProposal, type ScopeRegister } from './types.js';

/** One proposal in a release's scope, in the report's terms. */
export interface ScopeEntry {
  readonly proposal: string;
  readonly status: 'Implemented' | 'Approved' | 'Targeted' | 'TBC';
  readonly footnotes: readonly string[];
}

/** One release and its scope: a row group of the report's release table. */
export interface ReleaseScope {
  readonly release: Release;
  /** "No earlier than 27 June 2019" where the scope says so. */
  readonly label: string;
  readonly entries: readonly ScopeEntry[];
}

/**
 * The release a target names, by id or date: one in `register.releases`, an ad-hoc or scheduled release
 * of the policy, or (for a date no release has) a release of that date; `undefined` for none. @internal
 */
export function findRelease(target: ScopeTarget, register: ScopeRegister): Release | undefined {
  const policy = register.policy ?? SEC_RELEASE_POLICY;
  const extra = register.releases ?? [];
  const adHoc = adHocOf(policy);
  const key = target.release;
  const byId = extra.find((r) => r.id === key) ?? adHoc.find((r) => r.id === key);
  if (byId) return asRelease(byId);
  const day = DATE.test(key) ? dayOf(key) : Number.NaN;
  if (DATE.test(key) && Number.isNaN(day)) return undefined; // shaped like a date, but not one
  const year = Number.isNaN(day) ? Number(key.slice(0, 4)) : civilFromDays(day)[0];
  const scheduled = Number.isInteger(year) && year >= firstPolicyYear(policy) ? scheduledIn(year, policy) : [];
  const named = (r: ReleaseInput) => r.id === key || r.date === key;
  const found = extra.find(named) ?? adHoc.find(named) ?? scheduled.find(named);
  if (found) return asRelease(found);
  if (Number.isNaN(day)) return undefined;
  const date = isoOf(day);
  // A date the register names and no release has: the register's own record, not a projection.
  return { id: date, name: `Release of ${longDate(date)}`, date, kind: 'ad-hoc', projected: false };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function entryStatus(p: ScopeProposal, t: ScopeTarget, release: Release, asOf: number): ScopeEntry['status'] {
  const implemented = [...(p.implementedParts ?? []), ...(p.implementedOn === undefined ? [] : [p.implementedOn])];
  if (implemented.some((d) => d === release.date && parseDay(d, []) <= asOf)) return 'Implemented';
  if (t.status === 'tbc') return 'TBC';
  if (p.outcome === 'approved' && p.decidedOn !== undefined && parseDay(p.decidedOn, []) <= asOf) return 'Approved';
  return 'Targeted';
}

/**
 * The release table of the status report: each release with the proposals in its scope and their
 * status (Implemented, Approved, Targeted, TBC) as of a date, with footnotes such as "approved subject
 * to EC notification". Releases are sorted by date; entries keep the register's order. A target naming
 * no known release is left out here and reported by {@link validateReleaseScope}.
 *
 * @example
 * scopeReleases(register, '2017-10-06')[0]; // { release: { date: '2017-03-15', ... }, entries: [{ proposal: 'SECMP0026', status: 'Implemented', ... }] }
 */
export function scopeReleases(register: ScopeRegister, asOf: string): ReleaseScope[] {
  checkScopeRegister(register);
  const as = parseDay(asOf, ['asOf']);
  const groups = new Map<string, { release: Release; noEarlierThan: boolean; entries: ScopeEntry[] }>();
  register.proposals.forEach((p) => {
    p.targets.forEach((t) => {
      const release = findRelease(t, register);
      if (release === undefined) return; // an unknown release: validateReleaseScope reports it (unknown-release)
      const group = groups.get(release.id) ?? { release, noEarlierThan: false, entries: [] };
      group.noEarlierThan ||= t.noEarlierThan === true;
      const footnotes =
        p.subjectToEcNotification === true && p.outcome === 'approved' ? ['approved subject to EC notification'] : [];
      group.entries.push({ proposal: p.id, status: entryStatus(p, t, release, as), footnotes });
      groups.set(release.id, group);
    });
  });
  return [...groups.values()]
    .sort((a, b) => (a.release.date < b.release.date ? -1 : a.release.date > b.release.date ? 1 : 0))
    .map((g) => ({
      release: g.release,
      label: g.noEarlierThan ? `No earlier than ${longDate(g.release.date)}` : longDate(g.release.date),
      entries: g.entries,
    }));
}

/** The codes {@link validateReleaseScope} reports. */
export type ReleaseScopeIssueCode = keyof ReleaseScopeIssueFields;

/** The fields each code of {@link validateReleaseScope} carries beside its message (`proposal`: its id). */
export interface ReleaseScopeIssueFields {
  /** `releases`: the ids of the releases it is in. */
  'scoped-twice': { proposal: string; releases: readonly string[] };
  'closed-proposal-scoped': { proposal: string; outcome: 'withdrawn' | 'rejected'; release: string };
  'implemented-before-decision': { proposal: string; implementedOn: IsoDate; decidedOn: IsoDate };
  'release-before-standstill-end': {
    proposal: string;
    release: string;
    releaseDate: IsoDate;
    standstillEndsOn: IsoDate;
  };
  'appeal-window-open-at-release': {
    proposal: string;
    release: string;
    releaseDate: IsoDate;
    appealWindowEndsOn: IsoDate;
  };
  /** `baseline`: the DCC baseline date, `dccBaselineMonths` before the release. */
  'dcc-change-after-baseline': {
    proposal: string;
    release: string;
    joinedOn: IsoDate;
    baseline: IsoDate;
    dccBaselineMonths: number;
  };
  /** `release`: the target as given. */
  'unknown-release': { proposal: string; release: string };
}

/** One problem {@link validateReleaseScope} reports: a union keyed on `code`, with the fields of its code. */
export type ReleaseScopeIssue = IssueOf<ReleaseScopeIssueFields>;

/**
 * Checks release scopes for mistakes and returns every one as an {@link Issue} (never throws on a
 * well-typed register):
 * - `scoped-twice`: a proposal in more than one release (parts of a proposal implemented in parts excepted);
 * - `closed-proposal-scoped`: a withdrawn or rejected proposal still in a release's scope;
 * - `implemented-before-decision`: an implemented release dated before the proposal's decision;
 * - `release-before-standstill-end`: a release on or before the end of the proposal's EC standstill (the date
 *   TRIS publishes, `standstillEndsOn`: adoption from the day after, as `earliestRelease` decides);
 * - `appeal-window-open-at-release`: a decision whose appeal window has not closed by the release;
 * - `dcc-change-after-baseline` (warning): a DCC-impacting change approved or added after the DCC baseline;
 * - `unknown-release`: a target naming no known release.
 *
 * @example
 * validateReleaseScope(seedRegister, '2017-10-06').map((i) => i.message);
 * // ['SECMP0006 is in the scope of 2 releases: 2018-06 (28 June 2018), 2019-06 (27 June 2019)', ...]
 */
export function validateReleaseScope(register: ScopeRegister, asOf: string): ReleaseScopeIssue[] {
  checkScopeRegister(register);
  const as = parseDay(asOf, ['asOf']);
  const policy = register.policy ?? SEC_RELEASE_POLICY;
  const issues: ReleaseScopeIssue[] = [];
  register.proposals.forEach((p, i) => {
    const resolved: { release: Release; t: (typeof p.targets)[number]; j: number }[] = [];
    p.targets.forEach((t, j) => {
      const release = findRelease(t, register);
      if (release !== undefined) resolved.push({ release, t, j });
      else {
        issues.push({
          code: 'unknown-release',
          severity: 'error',
          message: `${p.id} targets ${JSON.stringify(t.release)}, which is no known release`,
          path: ['proposals', i, 'targets', j, 'release'],
          proposal: p.id,
          release: t.release,
        });
      }
    });
    const open = resolved.filter((r) => r.t.part === undefined);
    if (open.length > 1) {
      issues.push({
        code: 'scoped-twice',
        severity: 'error',
        message: `${p.id} is in the scope of ${open.length} releases: ${open.map((r) => `${r.release.id} (${longDate(r.release.date)})`).join(', ')}`,
        path: ['proposals', i, 'targets'],
        proposal: p.id,
        releases: open.map((r) => r.release.id),
      });
    }
    const decided =
      p.decidedOn !== undefined && parseDay(p.decidedOn, []) <= as ? parseDay(p.decidedOn, []) : undefined;
    for (const { release, t, j } of resolved) {
      const day = parseDay(release.date, []);
      const at: InputPath = ['proposals', i, 'targets', j];
      if ((p.outcome === 'withdrawn' || p.outcome === 'rejected') && p.implementedOn === undefined) {
        issues.push({
          code: 'closed-proposal-scoped',
          severity: 'error',
          message: `${p.id} was ${p.outcome} but is still in the scope of ${release.id} (${longDate(release.date)})`,
          path: at,
          proposal: p.id,
          outcome: p.outcome,
          release: release.id,
        });
      }
      if (p.implementedOn !== undefined && decided !== undefined && parseDay(p.implementedOn, []) < decided) {
        issues.push({
          code: 'implemented-before-decision',
          severity: 'error',
          message: `${p.id} was implemented on ${p.implementedOn}, before its decision of ${p.decidedOn}`,
          path: ['proposals', i, 'implementedOn'],
          proposal: p.id,
          implementedOn: isoOf(parseDay(p.implementedOn, [])),
          decidedOn: isoOf(decided),
        });
      }
      // standstillEndsOn is the date TRIS publishes: adoption from the day after, as earliestRelease decides.
      if (p.standstillEndsOn !== undefined && day < adoptableFromDay(parseDay(p.standstillEndsOn, []), 'tris')) {
        issues.push({
          code: 'release-before-standstill-end',
          severity: 'error',
          message: `${p.id}'s release ${release.id} (${longDate(release.date)}) is not after the end of its EC standstill (${p.standstillEndsOn})`,
          path: at,
          source: STANDSTILL_BARS_ADOPTION,
          proposal: p.id,
          release: release.id,
          releaseDate: release.date,
          standstillEndsOn: isoOf(parseDay(p.standstillEndsOn, [])),
        });
      }
      if (p.appealWindowEndsOn !== undefined && day <= parseDay(p.appealWindowEndsOn, [])) {
        issues.push({
          code: 'appeal-window-open-at-release',
          severity: 'error',
          message: `${p.id}'s appeal window is open until ${p.appealWindowEndsOn}, on or after its release ${release.id} (${longDate(release.date)})`,
          path: at,
          source: APPEAL_WINDOW.source,
          proposal: p.id,
          release: release.id,
          releaseDate: release.date,
          appealWindowEndsOn: isoOf(parseDay(p.appealWindowEndsOn, [])),
        });
      }
      const version = versionOn(day, policy);
      if (p.dccSystemImpact === true && version !== undefined) {
        const baseline = monthsBefore(day, version.value.leadTimes.dccBaselineMonths);
        const joined = t.addedOn !== undefined ? parseDay(t.addedOn, [...at, 'addedOn']) : decided;
        if (joined !== undefined && joined > baseline) {
          issues.push({
            code: 'dcc-change-after-baseline',
            severity: 'warning',
            message: `${p.id} changes DCC systems and joined ${release.id} on ${isoOf(joined)}, after its DCC baseline (${isoOf(baseline)}, ${version.value.leadTimes.dccBaselineMonths} months ahead)`,
            path: at,
            source: version.value.leadTimes.source,
            proposal: p.id,
            release: release.id,
            joinedOn: isoOf(joined),
            baseline: isoOf(baseline),
            dccBaselineMonths: version.value.leadTimes.dccBaselineMonths,
          });
        }
      }
    }
  });
  return issues;
}
