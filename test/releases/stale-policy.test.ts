/**
 * A release policy changed after its first use is checked and indexed again (issue 30): an ad-hoc
 * release or a move added is seen by the next answer, in `secmod/releases` and in the timetable
 * options that take a policy. SEC_RELEASE_POLICY is deep-frozen and keeps its caches without a check.
 */
import { describe, expect, it } from 'vitest';
import { isDeepFrozen } from '../../src/internal/fresh.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import { earliestRelease, nextRelease, releasesIn, SEC_RELEASE_POLICY } from '../../src/releases/index.js';
import type { ReleaseInput, ReleaseMove, ReleasePolicy } from '../../src/releases/types.js';
import {
  planTimetable,
  prepareTimetableOptions,
  validateTimetable,
  type Timetable,
  type ValidateTimetableOptions,
} from '../../src/timetable/index.js';

const source = { document: 'Authority letter', status: 'observed' } as const;
/** A caller's policy: SEC's, with lists of its own to change. */
const callerPolicy = (): ReleasePolicy & { moves: ReleaseMove[]; adHoc: ReleaseInput[] } => ({
  ...SEC_RELEASE_POLICY,
  moves: [...SEC_RELEASE_POLICY.moves],
  adHoc: [...SEC_RELEASE_POLICY.adHoc],
});
const adHoc = (date: string) =>
  ({ id: `ad-hoc-${date}`, name: `Ad hoc ${date}`, date, kind: 'ad-hoc' }) as ReleaseInput;
const move = (id: string, to: string) => ({ id, to, source }) as ReleaseMove;

describe('secmod/releases with a policy changed after first use', () => {
  it('an ad-hoc release added: releasesIn and nextRelease see it', () => {
    const policy = callerPolicy();
    expect(releasesIn(2031, policy).map((r) => r.date)).toEqual(['2031-02-27', '2031-06-26', '2031-11-06']);
    expect(nextRelease('2031-03-01', policy).date).toBe('2031-06-26');
    policy.adHoc.push(adHoc('2031-03-06'));
    expect(releasesIn(2031, policy).map((r) => r.date)).toEqual([
      '2031-02-27',
      '2031-03-06',
      '2031-06-26',
      '2031-11-06',
    ]);
    expect(nextRelease('2031-03-01', policy).date).toBe('2031-03-06');
  });

  it('a move added: releasesIn, nextRelease and earliestRelease see it', () => {
    const policy = callerPolicy();
    expect(earliestRelease({ approvedOn: '2030-06-26', policy }).date).toBe('2031-02-27');
    expect(nextRelease('2031-01-01', policy).date).toBe('2031-02-27');
    policy.moves.push(move('2031-02', '2031-03-13'));
    expect(releasesIn(2031, policy)[0]).toMatchObject({ id: '2031-02', date: '2031-03-13', movedFrom: '2031-02-27' });
    expect(nextRelease('2031-01-01', policy).date).toBe('2031-03-13');
    expect(earliestRelease({ approvedOn: '2030-06-26', policy }).date).toBe('2031-03-13');
  });

  it('a change that breaks the policy is refused with a code', () => {
    const policy = callerPolicy();
    releasesIn(2031, policy);
    policy.adHoc.push({ ...adHoc('2031-02-30') });
    expect(() => releasesIn(2031, policy)).toThrow(expect.objectContaining({ code: 'invalid-date' }));
  });

  it('SEC_RELEASE_POLICY is deep-frozen (its caches are kept without a check); a copy is not', () => {
    expect(isDeepFrozen(SEC_RELEASE_POLICY)).toBe(true);
    expect(isDeepFrozen(callerPolicy())).toBe(false);
  });
});

describe('validateTimetable and planTimetable with a policy changed after first use', () => {
  const options: ValidateTimetableOptions = {
    panelMeetings: SEC_PANEL,
    changeBoardMeetings: SEC_CHANGE_BOARD,
    minConsultationWorkingDays: 15,
    paperDeadlineWorkingDays: 5,
  };
  const request = { proposal: 'MP3', path: 'self-governance', raisedOn: '2030-01-20' } as const;
  const implementation = (t: Timetable) => t.milestones.find((m) => m.kind === 'implementation')?.approved;
  const implementedOn = (t: Timetable, date: string): Timetable => ({
    ...t,
    milestones: t.milestones.map((m) => (m.kind === 'implementation' ? { ...m, approved: date } : m)),
  });
  const notOnRelease = (t: Timetable, o: ValidateTimetableOptions) =>
    validateTimetable(t, o).some((i) => i.code === 'implementation-not-on-release');

  it('validateTimetable: an implementation date becomes a release once the ad-hoc release is added', () => {
    const policy = callerPolicy();
    const t = implementedOn(planTimetable(request, options).timetable, '2031-03-06');
    expect(notOnRelease(t, { ...options, releasePolicy: policy })).toBe(true);
    policy.adHoc.push(adHoc('2031-03-06'));
    expect(notOnRelease(t, { ...options, releasePolicy: policy })).toBe(false);
  });

  it('validateTimetable with prepared options: the same', () => {
    const policy = callerPolicy();
    const prepared = prepareTimetableOptions({ ...options, releasePolicy: policy });
    const t = implementedOn(planTimetable(request, options).timetable, '2031-03-06');
    expect(notOnRelease(t, prepared)).toBe(true);
    policy.adHoc.push(adHoc('2031-03-06'));
    expect(notOnRelease(t, prepared)).toBe(false);
  });

  it('planTimetable: the implementation follows a move added to the policy', () => {
    const policy = callerPolicy();
    expect(implementation(planTimetable(request, { ...options, releasePolicy: policy }).timetable)).toBe('2031-02-27');
    policy.moves.push(move('2031-02', '2031-03-13'));
    expect(implementation(planTimetable(request, { ...options, releasePolicy: policy }).timetable)).toBe('2031-03-13');
  });
});
