/**
 * Replaying 100,000 lifecycle events: secmod's replay against equivalent machines in xstate v5 (pure
 * transition()), @xstate/fsm and javascript-state-machine: the same states and events for the history
 * replayed, the same date-order guard, and the date stamped on every transition. (secmod also checks
 * every date, the path and the era; the others check only what is written here.)
 */
import { assign as fsmAssign, createMachine as createFsm } from '@xstate/fsm';
import StateMachine from 'javascript-state-machine';
import { assign, initialTransition, setup, transition as xTransition } from 'xstate';
import { initialState, nodeOf, replay, type LifecycleEvent } from '../dist/lifecycle/index.js';
import { group, type GroupResult } from './harness.js';

const N = 100_000;
const LOOP = [
  'dcc-preliminary-assessment-requested',
  'dcc-assessment-returned',
  'consultation-issued',
  'consultation-closed',
  'put-on-hold',
  'resume',
] as const;

/** One long, valid history: routed to Refinement, then round the refinement loop, dates advancing a day per loop. */
function history(): LifecycleEvent[] {
  const events: LifecycleEvent[] = [{ type: 'initial-consideration', date: '2017-01-13', route: 'refinement' }];
  let day = Date.parse('2017-01-16T00:00:00Z');
  while (events.length < N) {
    const date = new Date(day).toISOString().slice(0, 10);
    for (const type of LOOP) if (events.length < N) events.push({ type, date } as LifecycleEvent);
    day += 86_400_000;
  }
  return events;
}

type XEvent = { type: string; date: string; route?: string };

const machine = setup({
  types: { context: {} as { since: string; resumeTo: string }, events: {} as XEvent },
  guards: { inOrder: ({ context, event }) => event.date >= context.since },
  actions: { stamp: assign({ since: ({ event }) => event.date }) },
}).createMachine({
  id: 'proposal',
  initial: 'imr',
  context: { since: '2017-01-02', resumeTo: '' },
  states: {
    imr: {
      on: {
        'initial-consideration': { target: 'refinement', guard: 'inOrder', actions: 'stamp' },
        withdraw: { target: 'withdrawn', guard: 'inOrder', actions: 'stamp' },
      },
    },
    refinement: {
      initial: 'wg',
      on: { withdraw: { target: 'withdrawn', guard: 'inOrder', actions: 'stamp' } },
      states: {
        wg: {
          on: {
            'dcc-preliminary-assessment-requested': { target: 'pa', guard: 'inOrder', actions: 'stamp' },
            'dcc-impact-assessment-requested': { target: 'ia', guard: 'inOrder', actions: 'stamp' },
            'consultation-issued': { target: 'consultation', guard: 'inOrder', actions: 'stamp' },
            'refinement-concluded': { target: '#proposal.report.draft', guard: 'inOrder', actions: 'stamp' },
            'put-on-hold': { target: 'held', guard: 'inOrder', actions: 'stamp' },
          },
        },
        pa: {
          on: {
            'dcc-assessment-returned': { target: 'wg', guard: 'inOrder', actions: 'stamp' },
            'dcc-impact-assessment-requested': { target: 'ia', guard: 'inOrder', actions: 'stamp' },
          },
        },
        ia: { on: { 'dcc-assessment-returned': { target: 'wg', guard: 'inOrder', actions: 'stamp' } } },
        consultation: { on: { 'consultation-closed': { target: 'wg', guard: 'inOrder', actions: 'stamp' } } },
        held: { on: { resume: { target: 'wg', guard: 'inOrder', actions: 'stamp' } } },
      },
    },
    report: {
      initial: 'draft',
      states: {
        draft: { on: { 'draft-report-approved': { target: 'consultation', guard: 'inOrder', actions: 'stamp' } } },
        consultation: {
          on: { 'report-consultation-closed': { target: '#proposal.changeBoard', guard: 'inOrder', actions: 'stamp' } },
        },
      },
    },
    changeBoard: { on: { 'change-board-vote': { target: 'approved', guard: 'inOrder', actions: 'stamp' } } },
    approved: {},
    withdrawn: { type: 'final' },
  },
});

/** The same machine, flat, in @xstate/fsm: a guard on date order and the date stamped by an action. */
const FLAT: Record<string, Record<string, string>> = {
  imr: { 'initial-consideration': 'wg', withdraw: 'withdrawn' },
  wg: {
    'dcc-preliminary-assessment-requested': 'pa',
    'dcc-impact-assessment-requested': 'ia',
    'consultation-issued': 'consultation',
    'put-on-hold': 'held',
    withdraw: 'withdrawn',
  },
  pa: { 'dcc-assessment-returned': 'wg', 'dcc-impact-assessment-requested': 'ia', withdraw: 'withdrawn' },
  ia: { 'dcc-assessment-returned': 'wg', withdraw: 'withdrawn' },
  consultation: { 'consultation-closed': 'wg', withdraw: 'withdrawn' },
  held: { resume: 'wg', withdraw: 'withdrawn' },
  withdrawn: {},
};
type FsmContext = { since: string };
const stamp = fsmAssign<FsmContext, XEvent>({ since: (_c, e) => e.date });
const fsm = createFsm<FsmContext, XEvent>({
  id: 'proposal',
  initial: 'imr',
  context: { since: '2017-01-02' },
  states: Object.fromEntries(
    Object.entries(FLAT).map(([state, on]) => [
      state,
      {
        on: Object.fromEntries(
          Object.entries(on).map(([event, target]) => [
            event,
            { target, cond: (c: FsmContext, e: XEvent) => e.date >= c.since, actions: [stamp] },
          ]),
        ),
      },
    ]),
  ),
});

/** The same machine in javascript-state-machine: a transition method per event, the guard in a hook. */
const camel = (name: string) => name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
function jsMachine(): StateMachine & { since: string } {
  const transitions = Object.entries(FLAT).flatMap(([from, on]) =>
    Object.entries(on).map(([event, to]) => ({ name: camel(event), from, to })),
  );
  const m = new StateMachine({ init: 'imr', transitions }) as StateMachine & { since: string };
  m.since = '2017-01-02';
  return m;
}
function jsReplay(events: readonly LifecycleEvent[]): string {
  const m = jsMachine();
  for (const e of events) {
    if (e.date < m.since) throw new Error('date order');
    (m[camel(e.type)] as () => void).call(m);
    m.since = e.date;
  }
  return m.state;
}

export async function lifecycleBenchmarks(): Promise<GroupResult[]> {
  const events = history();
  const init = initialState({ id: 'SECMP0099', path: 'self-governance', raisedOn: '2017-01-02' });
  const ours = replay(init, events);
  if (!ours.ok) throw ours.error;
  let [snapshot] = initialTransition(machine);
  for (const e of events) [snapshot] = xTransition(machine, snapshot, e);
  const XSTATE_STEP: Record<string, string> = {
    wg: 'refinement:working-group',
    pa: 'refinement:dcc-preliminary-assessment',
    ia: 'refinement:dcc-impact-assessment',
    consultation: 'refinement:consultation',
    held: 'on-hold',
  };
  const theirs = XSTATE_STEP[(snapshot.value as { refinement: string }).refinement];
  if (theirs !== nodeOf(ours.state)) throw new Error(`the two machines disagree: ${theirs} vs ${nodeOf(ours.state)}`);
  let flat = fsm.initialState;
  for (const e of events) flat = fsm.transition(flat, e);
  for (const other of [flat.value, jsReplay(events)])
    if (XSTATE_STEP[other] !== nodeOf(ours.state)) throw new Error(`a flat machine disagrees: ${other}`);
  return [
    await group(
      `replay ${N.toLocaleString('en-GB')} events`,
      [
        { name: 'secmod replay', fn: () => replay(init, events) },
        {
          name: '@xstate/fsm transition() fold (flat machine)',
          fn: () => {
            let state = fsm.initialState;
            for (const e of events) state = fsm.transition(state, e);
            return state;
          },
        },
        { name: 'javascript-state-machine (flat machine)', fn: () => jsReplay(events) },
        {
          name: 'xstate v5 transition() fold',
          fn: () => {
            let [s] = initialTransition(machine);
            for (const e of events) [s] = xTransition(machine, s, e);
            return s;
          },
        },
      ],
      2000,
      5,
    ),
  ];
}
