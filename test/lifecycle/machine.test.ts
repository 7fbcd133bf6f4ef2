import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  initialState,
  isSecmodError,
  LIFECYCLE_ERROR_CODES,
  nodeOf,
  replay,
  reportingStage,
  transition,
  type LifecycleEvent,
  type LifecycleState,
} from '../../src/lifecycle/index.js';
import { codeOf } from '../helpers.js';

/** A Fast-Track proposal approved by the Panel on 10 June 2022 and targeted at the November 2022 release. */
function fastTrackTargeted(): LifecycleState {
  const r = replay(initialState({ id: 'MP999', path: 'fast-track', raisedOn: '2022-05-20', raisedBy: 'panel' }), [
    { type: 'panel-decision', date: '2022-06-10', outcome: 'approve' },
    {
      type: 'target-release',
      date: '2022-06-10',
      release: { id: '2022-11', name: 'November 2022 SEC Release', date: '2022-11-03' },
    },
  ]);
  if (!r.ok) throw r.error;
  return r.state;
}

describe('an implementation that contradicts the facts the lifecycle holds is refused', () => {
  it('the appeal window after the Panel decision of 10 June 2022 closes at the end of 1 July 2022', () => {
    const s = fastTrackTargeted();
    expect(s.stage === 'pending-implementation' && s.decision.appealWindowEndsOn).toBe('2022-07-01');
  });
  it('release-mismatch: implemented on 30 June 2022 naming the November 2022 release (3 November 2022)', () => {
    const r = transition(fastTrackTargeted(), {
      type: 'implemented',
      date: '2022-06-30',
      release: { id: '2022-11', date: '2022-11-03' },
    });
    expect(!r.ok && r.error.code).toBe('release-mismatch');
    expect(!r.ok && r.error.message).toContain('goes live on 2022-11-03');
  });
  it('release-mismatch: implemented naming no release, off the date of the release it is targeted at', () => {
    const r = transition(fastTrackTargeted(), { type: 'implemented', date: '2022-11-10' });
    expect(!r.ok && r.error.code).toBe('release-mismatch');
  });
  it('appeal-window-open: implemented while an appeal may still be raised', () => {
    const r = transition(fastTrackTargeted(), { type: 'implemented', date: '2022-06-30', release: { id: 'ad hoc' } });
    expect(!r.ok && r.error.code).toBe('appeal-window-open');
    expect(!r.ok && r.error.message).toContain('2022-07-01');
  });
  it('appealWindowWorkingDays: 0 means no window, for a user who reads the Code so', () => {
    const r = transition(
      fastTrackTargeted(),
      { type: 'implemented', date: '2022-06-30', release: { id: 'ad hoc' } },
      { appealWindowWorkingDays: 0 },
    );
    // The window was fixed when the decision was taken (15 Working Days here), so the refusal stands:
    expect(!r.ok && r.error.code).toBe('appeal-window-open');
    const zero = replay(
      initialState({ id: 'MP999', path: 'fast-track', raisedOn: '2022-05-20', raisedBy: 'panel' }),
      [
        { type: 'panel-decision', date: '2022-06-10', outcome: 'approve' },
        { type: 'implemented', date: '2022-06-10' },
      ],
      { appealWindowWorkingDays: 0 },
    );
    expect(zero.ok && zero.state.stage).toBe('implemented');
  });
  it('implemented on the release date, after the window, is accepted', () => {
    const r = transition(fastTrackTargeted(), { type: 'implemented', date: '2022-11-03' });
    expect(r.ok && r.state.stage).toBe('implemented');
  });
});

describe('a malformed state is named as such, never blamed on the event', () => {
  it('an unknown stage: invalid-state with the stage named, no raw JavaScript error text', () => {
    const r = transition({ stage: 'nope' } as unknown as LifecycleState, { type: 'withdraw', date: '2019-02-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-state');
    expect(r.error.path).toEqual(['state', 'stage']);
    expect(r.error.message).toContain('"nope"');
    expect(r.error.message).not.toMatch(/TypeError|is not a function|undefined/);
  });
  it.each([
    ['null', null, ['state']],
    ['no proposal', { stage: 'approved', since: '2019-01-01' }, ['state', 'proposal']],
    [
      'bad path',
      { stage: 'change-board', since: '2019-01-01', proposal: { id: 'X', path: 'path-5' } },
      ['state', 'proposal', 'path'],
    ],
    [
      'bad step',
      { stage: 'refinement', step: 'lunch', since: '2019-01-01', proposal: { id: 'X', path: 'self-governance' } },
      ['state', 'step'],
    ],
    [
      'bad since',
      { stage: 'change-board', since: 'yesterday', proposal: { id: 'X', path: 'self-governance' } },
      ['state', 'since'],
    ],
  ])('%s: invalid-state at its path', (_name, state, path) => {
    const r = transition(state as unknown as LifecycleState, { type: 'withdraw', date: '2019-02-01' });
    expect(!r.ok && r.error.code).toBe('invalid-state');
    expect(!r.ok && r.error.path).toEqual(path);
  });
  it('allowedEvents, nodeOf and reportingStage throw invalid-state for the same', () => {
    const bad = { stage: 'nope' } as unknown as LifecycleState;
    expect(codeOf(() => allowedEvents(bad))).toBe('invalid-state');
    expect(codeOf(() => nodeOf(bad))).toBe('invalid-state');
    expect(codeOf(() => reportingStage(bad))).toBe('invalid-state');
  });
  it('a malformed event field gives invalid-event without the raw error text', () => {
    const s = initialState({ id: 'MP1', path: 'self-governance', raisedOn: '2019-01-07' });
    const r = transition(s, { type: 'withdraw', date: { toString: null } } as unknown as LifecycleEvent);
    expect(!r.ok && r.error.code).toBe('invalid-event');
    expect(!r.ok && r.error.path).toEqual(['event', 'date']);
  });

  it('a refusal carries lifecycle codes only: bad options are invalid-options, the checked error its cause', () => {
    const s = initialState({ id: 'MP1', path: 'self-governance', raisedOn: '2019-01-07' });
    const event = { type: 'withdraw', date: '2019-02-01' } as const;
    const negative = transition(s, event, { appealWindowWorkingDays: -1 });
    expect(!negative.ok && negative.error.code).toBe('invalid-options');
    expect(!negative.ok && negative.error.path).toEqual(['options', 'appealWindowWorkingDays']);
    expect(!negative.ok && isSecmodError(negative.error.cause, 'invalid-argument')).toBe(true);
    const notCalendar = replay(s, [event], { calendar: {} as never });
    expect(!notCalendar.ok && notCalendar.error.code).toBe('invalid-options');
    const badState = replay({ stage: 'nope' } as never, [event]);
    expect(!badState.ok && badState.error.code).toBe('invalid-state');
    const badDate = replay(s, [
      { type: 'put-on-hold', date: '2019-02-01' },
      { type: 'withdraw', date: '2019-02-30' },
    ]);
    expect(!badDate.ok && [badDate.error.code, badDate.error.path]).toEqual(['invalid-event', ['events', 1, 'date']]);
    for (const r of [negative, notCalendar, badState, badDate])
      expect(LIFECYCLE_ERROR_CODES).toContain(!r.ok && r.error.code);
  });
});

describe('an unknown event type is named, with the nearest known type', () => {
  it('transition says what was meant', () => {
    const s = initialState({ id: 'MP1', path: 'self-governance', raisedOn: '2019-01-07' });
    const r = transition(s, { type: 'withdrawn', date: '2019-02-01' } as unknown as LifecycleEvent);
    expect(!r.ok && r.error.code).toBe('invalid-event');
    expect(!r.ok && r.error.path).toEqual(['event', 'type']);
    expect(!r.ok && r.error.message).toContain('unknown event type "withdrawn" (did you mean "withdraw"?)');
  });
});
