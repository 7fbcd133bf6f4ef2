import { describe, expect, expectTypeOf, it } from 'vitest';
import fc from 'fast-check';
import { match } from 'ts-pattern';
import {
  ACTIVE_NODES,
  allowedEvents,
  changeBoardVote,
  EVENT_TYPES,
  MAJORITY_IN_EVERY_GROUP,
  MAJORITY_OF_VOTES_CAST,
  eraOn,
  initialState,
  lifecycleDiagram,
  nodeOf,
  NODE_LABELS,
  pathRules,
  replay,
  reportingStage,
  transition,
  TRANSITIONS,
  type DiagramNode,
  type LifecycleEvent,
  type LifecycleState,
  type StageHandlers,
  type TransitionRule,
  type EventType,
} from '../../src/lifecycle/index.js';
import { isSecmodError } from '../../src/errors/index.js';
import { MP083, MP084, MP153, SECMP0004, SECMP0006, SECMP0062, type History } from './histories.js';

function run(h: History): LifecycleState {
  const result = replay(initialState(h.init), h.events);
  if (!result.ok) throw result.error;
  return result.state;
}

describe('real histories replay', () => {
  it(`SECMP0004: Path 2, Change Board recommended rejection 23 Aug 2017, Authority rejected 29 Sep 2017 (${SECMP0004.source})`, () => {
    const s = run(SECMP0004);
    expect(s.stage).toBe('rejected');
    if (s.stage !== 'rejected') return;
    expect(s.decision).toEqual({
      outcome: 'rejected',
      decidedOn: '2017-09-29',
      decidedBy: 'authority',
      subjectToEcNotification: false,
      recommendation: 'reject',
    });
    expect(reportingStage(s)).toMatchObject({ status: 'closed', outcome: 'rejected' });
  });

  it(`SECMP0006: approved 29 Sep 2017 subject to EC notification, targeted at 28 June 2018 (${SECMP0006.source})`, () => {
    const s = run(SECMP0006);
    expect(s.stage).toBe('pending-implementation');
    if (s.stage !== 'pending-implementation') return;
    expect(s.decision).toMatchObject({
      outcome: 'approved',
      decidedOn: '2017-09-29',
      decidedBy: 'authority',
      subjectToEcNotification: true,
      recommendation: 'approve',
    });
    expect(s.target.date).toBe('2018-06-28');
    expect(reportingStage(s).label).toBe('Pending Implementation');
  });

  it(`SECMP0062: Path 3, approved by the Change Board 7 Feb 2020, implemented in two parts (${SECMP0062.source})`, () => {
    const events = SECMP0062.events;
    const afterPart1 = replay(initialState(SECMP0062.init), events.slice(0, -1));
    expect(afterPart1.ok && afterPart1.state.stage).toBe('pending-implementation');
    const s = run(SECMP0062);
    expect(s.stage).toBe('implemented');
    if (s.stage !== 'implemented') return;
    expect(s.decision).toMatchObject({ outcome: 'approved', decidedOn: '2020-02-07', decidedBy: 'change-board' });
    expect(s.decision.appealWindowEndsOn).toBe('2020-02-28'); // 15 working days (unconfirmed default)
    expect(s.partsImplemented).toEqual(['2020-06-25', '2020-11-29']);
    expect(s.proposal.era).toBe('original');
  });

  it(`MP084: draft raised 10 Sep 2019, converted 15 Nov 2019, Authority rejected 27 May 2020 (${MP084.source})`, () => {
    expect(initialState(MP084.init).stage).toBe('draft-proposal');
    const afterConversion = replay(initialState(MP084.init), MP084.events.slice(0, 1));
    expect(afterConversion.ok && reportingStage(afterConversion.state).label).toBe(
      'Refinement: WG Solution Development',
    );
    const s = run(MP084);
    expect(s.stage).toBe('rejected');
    expect(s.proposal.era).toBe('section-d-review');
    if (s.stage === 'rejected') expect(s.decision).toMatchObject({ decidedOn: '2020-05-27', decidedBy: 'authority' });
  });

  it(`MP153: Fast-Track, decided by the Panel with no Refinement and no report (${MP153.source})`, () => {
    const init = initialState(MP153.init);
    expect(init.stage).toBe('awaiting-panel-decision');
    expect(allowedEvents(init)).toEqual(['panel-decision', 'withdraw', 'put-on-hold']);
    const s = run(MP153);
    expect(s.stage).toBe('implemented');
    if (s.stage === 'implemented') expect(s.decision.decidedBy).toBe('panel');
    expect(() => initialState({ ...MP153.init, raisedBy: 'sec-party' })).toThrow(
      /Path 4: Fast-Track proposals may be raised by panel/,
    );
  });

  it(`MP083: withdrawn (${MP083.source})`, () => {
    const s = run(MP083);
    expect(s).toMatchObject({ stage: 'withdrawn', withdrawnFrom: 'refinement', since: '2020-01-10' });
    expect(reportingStage(s)).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
  });
});

describe('transition refuses what the rules do not allow, and never throws', () => {
  const sg = initialState({ id: 'SECMP0026', path: 'self-governance', raisedOn: '2017-01-02' });
  const atBoard = (path: 'self-governance' | 'authority-determination') => {
    const r = replay(initialState({ id: 'X', path, raisedOn: '2017-01-02' }), [
      { type: 'initial-consideration', date: '2017-01-13', route: 'report-phase' },
      { type: 'draft-report-approved', date: '2017-02-10' },
      { type: 'report-consultation-closed', date: '2017-03-10' },
    ]);
    if (!r.ok) throw r.error;
    return r.state;
  };

  it('event-not-allowed names the state, the event and what is allowed', () => {
    const r = transition(sg, { type: 'authority-decision', date: '2017-02-01', outcome: 'approve' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('event-not-allowed');
    expect(r.error.message).toContain('SECMP0026 (initial-modification-report): authority-decision refused');
    expect(r.error.message).toContain('allowed: initial-consideration, withdraw, put-on-hold');
  });

  it('path-forbids: a Change Board decision on Path 2, a recommendation on Path 3', () => {
    const p2 = transition(atBoard('authority-determination'), {
      type: 'change-board-vote',
      date: '2017-03-22',
      vote: 'approve',
    });
    expect(!p2.ok && p2.error.code).toBe('path-forbids');
    const p3 = transition(atBoard('self-governance'), {
      type: 'change-board-vote',
      date: '2017-03-22',
      vote: 'recommend-approval',
    });
    expect(!p3.ok && p3.error.code).toBe('path-forbids');
    expect(!p3.ok && p3.error.source?.clause).toBe('D2');
  });

  it('date-before-previous', () => {
    const r = transition(sg, { type: 'withdraw', date: '2016-12-31' });
    expect(!r.ok && r.error.code).toBe('date-before-previous');
  });

  it('appeals: within the window on Path 3, not on Path 2, not after the window, not twice', () => {
    const approved = transition(atBoard('self-governance'), {
      type: 'change-board-vote',
      date: '2017-03-22',
      vote: 'approve',
    });
    if (!approved.ok) throw approved.error;
    expect(approved.state.stage === 'approved' && approved.state.decision.appealWindowEndsOn).toBe('2017-04-12'); // 15 WD after 22 Mar 2017
    const late = transition(approved.state, { type: 'appeal-raised', date: '2017-04-13' });
    expect(!late.ok && late.error.code).toBe('appeal-window-closed');
    const appeal = transition(approved.state, { type: 'appeal-raised', date: '2017-04-12' });
    if (!appeal.ok) throw appeal.error;
    const overturned = transition(appeal.state, { type: 'appeal-decided', date: '2017-06-01', outcome: 'overturned' });
    if (!overturned.ok) throw overturned.error;
    expect(overturned.state).toMatchObject({
      stage: 'rejected',
      decision: { decidedBy: 'authority', appeal: 'overturned' },
    });
    expect(transition(overturned.state, { type: 'appeal-raised', date: '2017-06-02' }).ok).toBe(false);
    const p2 = replay(initialState(SECMP0004.init), SECMP0004.events);
    if (!p2.ok) throw p2.error;
    const noAppeal = transition(p2.state, { type: 'appeal-raised', date: '2017-10-02' });
    expect(!noAppeal.ok && noAppeal.error.code).toBe('path-forbids');
    expect(allowedEvents(p2.state)).toEqual([]);
  });

  it('the appeal window is a parameter', () => {
    const r = transition(
      atBoard('self-governance'),
      { type: 'change-board-vote', date: '2017-03-22', vote: 'approve' },
      { appealWindowWorkingDays: 5 },
    );
    expect(r.ok && r.state.stage === 'approved' && r.state.decision.appealWindowEndsOn).toBe('2017-03-29');
  });

  it('on hold and resumed: back to where it was', () => {
    const wg = transition(sg, { type: 'initial-consideration', date: '2017-01-13', route: 'refinement' });
    if (!wg.ok) throw wg.error;
    const ia = transition(wg.state, { type: 'dcc-impact-assessment-requested', date: '2017-02-01' });
    if (!ia.ok) throw ia.error;
    const held = transition(ia.state, {
      type: 'put-on-hold',
      date: '2017-03-01',
      reason: 'proposer request (as SECMP0037)',
    });
    if (!held.ok) throw held.error;
    expect(reportingStage(held.state)).toMatchObject({
      category: 'refinement',
      refinement: 'dcc-assessment',
      onHold: true,
    });
    expect(allowedEvents(held.state)).toEqual(['withdraw', 'resume']);
    const resumed = transition(held.state, { type: 'resume', date: '2017-05-01' });
    expect(resumed.ok && resumed.state).toMatchObject({
      stage: 'refinement',
      step: 'dcc-impact-assessment',
      since: '2017-05-01',
    });
  });

  it('eras: a draft proposal only after 1 Nov 2018; mixing eras is an error', () => {
    expect(eraOn('2018-10-31')).toBe('original');
    expect(eraOn('2018-11-01')).toBe('section-d-review');
    const r = transition(initialState({ id: 'SECMP0050', path: 'self-governance', raisedOn: '2018-10-31' }), {
      type: 'convert-to-proposal',
      date: '2018-11-02',
      route: 'refinement',
    });
    expect(!r.ok && r.error.code).toBe('event-not-allowed');
    try {
      initialState({ id: 'MP084', path: 'authority-determination', raisedOn: '2019-09-10', era: 'original' });
      expect.unreachable();
    } catch (e) {
      expect(isSecmodError(e) && e.code).toBe('era-mismatch');
    }
  });

  it('replay names the index of the first refused event', () => {
    const r = replay(initialState(SECMP0004.init), [
      SECMP0004.events[0] as LifecycleEvent,
      { type: 'panel-decision', date: '2016-02-01', outcome: 'approve' },
    ]);
    expect(!r.ok && r.error.path).toEqual(['events', 1]);
    expect(!r.ok && r.error.message).toMatch(/^event 1: SECMP0004/);
  });

  it('malformed events are refused, not thrown', () => {
    expect(transition(sg, null as never).ok).toBe(false);
    expect(transition(sg, { type: 'explode', date: '2017-01-03' } as never).ok).toBe(false);
    const badDate = transition(sg, { type: 'withdraw', date: '2017-02-30' });
    // a refusal carries a lifecycle code; the date error is its cause
    expect(!badDate.ok && badDate.error.code).toBe('invalid-event');
    expect(!badDate.ok && badDate.error.path).toEqual(['event', 'date']);
    expect(!badDate.ok && isSecmodError(badDate.error.cause, 'invalid-date')).toBe(true);
    const badRoute = transition(sg, { type: 'initial-consideration', date: '2017-01-13', route: 'nowhere' as never });
    expect(!badRoute.ok && badRoute.error.code).toBe('invalid-event');
  });

  it('urgent and alternative are flags beside the path', () => {
    const alt = initialState({
      id: 'MP102A',
      path: 'self-governance',
      raisedOn: '2020-01-06',
      alternativeOf: 'MP102',
      urgent: true,
    });
    expect(alt.proposal).toMatchObject({ id: 'MP102A', alternativeOf: 'MP102', urgent: true, path: 'self-governance' });
    expect(() =>
      initialState({ id: 'MP102A', path: 'self-governance', raisedOn: '2020-01-06', alternativeOf: 'MP102A' }),
    ).toThrow(/names another proposal/);
  });

  it('pathRules says who raises, who decides and which phases apply', () => {
    expect(pathRules('fast-track')).toMatchObject({
      number: 4,
      mayRaise: ['panel'],
      decidedBy: 'panel',
      refinement: false,
      modificationReport: false,
    });
    expect(pathRules('self-governance')).toMatchObject({ decidedBy: 'change-board', appeal: { to: 'authority' } });
    expect(pathRules('authority-determination').decidedBy).toBe('authority');
    expect(() => pathRules('path-5' as never)).toThrow(/unknown modification path/);
  });
});

describe('the Change Board vote is a pluggable rule (voting rules unconfirmed)', () => {
  const tally = {
    'large suppliers': { for: 3, against: 1 },
    'small suppliers': { for: 2, against: 0 },
    networks: { for: 1, against: 2, abstain: 1 },
  };
  it('majority in every group (default): SECMP0004-like, no majority among networks → recommend rejection', () => {
    expect(changeBoardVote(tally, 'authority-determination')).toBe('recommend-rejection');
    expect(changeBoardVote(tally, 'self-governance')).toBe('reject');
  });
  it('majority of votes cast: the same tally carries', () => {
    expect(changeBoardVote(tally, 'authority-determination', MAJORITY_OF_VOTES_CAST)).toBe('recommend-approval');
    expect(changeBoardVote(tally, 'self-governance', MAJORITY_OF_VOTES_CAST)).toBe('approve');
  });
  it('feeds the change-board-vote event; refuses Fast-Track and malformed tallies', () => {
    const vote = changeBoardVote({ all: { for: 5, against: 0 } }, 'self-governance');
    expect(vote).toBe('approve');
    expect(() => changeBoardVote(tally, 'fast-track')).toThrow(/no Change Board vote/);
    expect(() => changeBoardVote({ g: { for: -1, against: 0 } }, 'self-governance')).toThrow(/whole number/);
    expect(MAJORITY_IN_EVERY_GROUP.source.status).toBe('unconfirmed');
  });
});

describe('the machine and its diagram come from one table', () => {
  const eventArb: fc.Arbitrary<LifecycleEvent> = fc
    .record({
      type: fc.constantFrom(...EVENT_TYPES),
      day: fc.integer({ min: 0, max: 40 }),
      route: fc.constantFrom('refinement', 'report-phase'),
      vote: fc.constantFrom('approve', 'reject', 'recommend-approval', 'recommend-rejection'),
      outcome: fc.constantFrom('approve', 'reject'),
      appeal: fc.constantFrom('upheld', 'overturned'),
    })
    .map(
      (r) =>
        ({
          type: r.type,
          day: r.day,
          route: r.route,
          vote: r.vote,
          outcome: r.type === 'appeal-decided' ? r.appeal : r.outcome,
          release: { name: 'R' },
        }) as never,
    );
  const startArb = fc.record({
    path: fc.constantFrom('authority-led', 'authority-determination', 'self-governance', 'fast-track' as const),
    raisedOn: fc.constantFrom('2017-01-02', '2019-06-03'),
  });

  it('any random history replays to a valid state or stops at the first refused event; every result is a node the table names', () => {
    fc.assert(
      fc.property(startArb, fc.array(eventArb, { maxLength: 30 }), (start, raw) => {
        let state = initialState({ id: 'P', path: start.path, raisedOn: start.raisedOn });
        let date = Date.parse(`${start.raisedOn}T00:00:00Z`);
        for (const e of raw as unknown as (LifecycleEvent & { day: number })[]) {
          date += e.day * 86_400_000;
          const event = { ...e, date: new Date(date).toISOString().slice(0, 10) } as LifecycleEvent;
          const r = transition(state, event);
          const allowed = allowedEvents(state).includes(event.type);
          if (!r.ok) {
            expect(isSecmodError(r.error)).toBe(true);
            if (r.error.code === 'event-not-allowed') expect(allowed).toBe(false);
            continue;
          }
          expect(allowed).toBe(true);
          const rule = TRANSITIONS[event.type] as TransitionRule<EventType>;
          expect(rule.from).toContain(nodeOf(state));
          expect(rule.to).toContain(nodeOf(r.state));
          state = r.state;
        }
        const whole = replay(initialState({ id: 'P', path: start.path, raisedOn: start.raisedOn }), []);
        expect(whole.ok).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('draws every edge of the table as Mermaid stateDiagram-v2', () => {
    const diagram = lifecycleDiagram();
    const lines = diagram.split('\n');
    expect(lines[0]).toBe('stateDiagram-v2');
    for (const line of lines.slice(1)) {
      expect(line).toMatch(
        /^ {2}(direction (TB|LR)|state "[^"]+" as [a-z_]+|(\[\*\]|[a-z_]+) --> (\[\*\]|[a-z_]+)( : [a-z-() 0-9A-Z,]+)?)$/,
      );
    }
    const id = (n: string) => n.replace(/[^a-z]+/g, '_');
    for (const type of EVENT_TYPES) {
      const rule = TRANSITIONS[type];
      for (const to of rule.to)
        if (!(ACTIVE_NODES as readonly string[]).includes(to))
          expect(diagram, `${type} -> ${to}`).toContain(`--> ${id(to)} : ${type}`);
    }
    for (const node of Object.keys(NODE_LABELS)) expect(diagram).toContain(`as ${id(node)}`);
    expect(lifecycleDiagram({ direction: 'LR' })).toContain('direction LR');
  });

  it('the README and the docs carry the generated diagram, not a hand-drawn copy', async () => {
    const { readFileSync } = await import('node:fs');
    const diagram = lifecycleDiagram();
    for (const file of ['README.md', 'docs/lifecycle.md'])
      expect(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file).toContain(diagram);
  });
});

describe('exhaustive by type', () => {
  type Extended =
    | LifecycleState
    | { readonly stage: 'new-stage'; readonly proposal: LifecycleState['proposal']; readonly since: string };

  it('a new stage fails to compile where stages are handled', () => {
    const handlers = {} as StageHandlers<LifecycleState, string>;
    // @ts-expect-error: the handlers lack 'new-stage'
    const extended: StageHandlers<Extended, string> = handlers;
    void extended;
    const labels: Record<DiagramNode, string> = NODE_LABELS;
    // @ts-expect-error: NODE_LABELS lacks a label for a new node
    const more: Record<DiagramNode | 'new-stage', string> = labels;
    void more;
    const describeStage = (s: Extended) =>
      match(s)
        .with({ stage: 'new-stage' }, () => 'new')
        // @ts-expect-error: without the other stages the match is not exhaustive
        .exhaustive();
    void describeStage;
    expectTypeOf<LifecycleState['stage']>().not.toEqualTypeOf<Extended['stage']>();
  });

  it('a new event type fails to compile in the transition table', () => {
    type Table = { readonly [T in EventType | 'new-event']: unknown };
    // @ts-expect-error: TRANSITIONS has no rule for 'new-event'
    const table: Table = TRANSITIONS;
    void table;
    expectTypeOf(TRANSITIONS).toHaveProperty('withdraw');
  });
});
