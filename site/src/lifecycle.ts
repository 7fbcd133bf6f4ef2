import {
  initialState,
  lifecycleDiagram,
  parseEvents,
  reportingStage,
  transition,
  type InitialStateInput,
  type LifecycleEvent,
  type LifecycleState,
} from 'secmod/lifecycle';
import history from '@examples/histories/SECMP0004.json';
import { byId, el, longDate, problem, show } from './dom.js';

const form = byId<HTMLFormElement>('form');
const text = byId<HTMLTextAreaElement>('history');
const result = byId<HTMLElement>('result');
const source = lifecycleDiagram();
byId<HTMLElement>('diagram-source').textContent = source;

void (async () => {
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  const { svg } = await mermaid.render('lifecycle-svg', source);
  byId<HTMLElement>('diagram').innerHTML = svg;
})();

/** Where the replay is: the start, the events, and how many have been applied. */
let replayed:
  { state: LifecycleState; events: readonly LifecycleEvent[]; done: number; lines: HTMLElement[] } | undefined;

function start(): NonNullable<typeof replayed> {
  const input = JSON.parse(text.value) as InitialStateInput & { events: unknown; note?: unknown };
  // A history file's note is for its readers (as `secmod replay` reads it); every other key is the proposal's.
  const { events, note: _note, ...proposal } = input;
  return { state: initialState(proposal), events: parseEvents(events), done: 0, lines: [] };
}

function describe(s: LifecycleState): string {
  return `${s.proposal.id}: ${s.stage}${'step' in s ? ` (${String(s.step)})` : ''} since ${longDate(s.since)}; reported as ${reportingStage(s)}`;
}

/** Applies the next event; false when there is none or it is refused. */
function step(): boolean {
  try {
    replayed ??= start();
  } catch (error) {
    show(result, problem(error));
    return false;
  }
  const r = replayed;
  const event = r.events[r.done];
  if (event === undefined) {
    render('The history is replayed to its end.');
    return false;
  }
  const next = transition(r.state, event);
  if (!next.ok) {
    r.lines.push(
      el('li', { class: 'error' }, `${event.date} ${event.type}: refused: ${next.error.message} (${next.error.code})`),
    );
    render();
    return false;
  }
  r.state = next.state;
  r.done++;
  r.lines.push(el('li', {}, `${event.date} ${event.type} → ${next.state.stage}`));
  render();
  return true;
}

function render(note?: string): void {
  if (replayed === undefined) return;
  show(
    result,
    el('p', { class: 'answer' }, describe(replayed.state)),
    el('p', {}, `${replayed.done} of ${replayed.events.length} events applied.${note === undefined ? '' : ` ${note}`}`),
    el('ol', { 'aria-label': 'Events applied' }, ...replayed.lines),
  );
}

byId<HTMLButtonElement>('step').addEventListener('click', () => void step());
byId<HTMLButtonElement>('reset').addEventListener('click', () => {
  replayed = undefined;
  result.replaceChildren();
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  replayed = undefined;
  while (step());
});
text.value = JSON.stringify(history, null, 2);
