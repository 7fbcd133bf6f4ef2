import {
  COMMISSION_ACTIONS,
  MEASURES,
  standstillPeriod,
  STANDSTILL_CONVENTIONS,
  TRIS_STATE_CODES,
  type HolidayCalendar,
  type Standstill,
  type StandstillInput,
} from 'secmod/standstill';
import { byId, citation, el, longDate, problem, show } from './dom.js';

const form = byId<HTMLFormElement>('form');
const result = byId<HTMLElement>('result');
const state = byId<HTMLSelectElement>('state');
const measure = byId<HTMLSelectElement>('measure');
const action = byId<HTMLSelectElement>('action');

state.append(el('option', { value: 'UK' }, 'United Kingdom (UK)'));
for (const code of Object.keys(TRIS_STATE_CODES).filter((c) => c !== 'UK'))
  state.append(el('option', { value: code }, code));
for (const m of MEASURES) measure.append(el('option', { value: m }, m.replace(/-/g, ' ')));
action.append(el('option', { value: '' }, 'none'));
for (const a of COMMISSION_ACTIONS) action.append(el('option', { value: a }, a.replace(/-/g, ' ')));

/** Another state's holidays come from date-holidays, loaded only when a state other than the UK is chosen. */
async function stateCalendar(code: string): Promise<HolidayCalendar | undefined> {
  if (code === 'UK') return undefined;
  const { trisStateCalendar } = await import('secmod/date-holidays');
  return trisStateCalendar(code);
}

function card(s: Standstill): HTMLElement {
  return el(
    'article',
    { 'aria-label': `${s.convention} convention` },
    el('h3', {}, s.convention === 'tris' ? 'As TRIS publishes it' : 'By Regulation 1182/71 alone'),
    el('p', { class: 'answer' }, `Ends on ${longDate(s.endsOn)}`),
    el('p', {}, `Nominal end: ${longDate(s.nominalEndsOn)} (${s.months} months after ${longDate(s.receivedOn)})`),
    s.skipped.length === 0
      ? el('p', {}, 'No day skipped.')
      : el(
          'ul',
          { 'aria-label': 'Skipped days' },
          ...s.skipped.map((d) =>
            el('li', {}, `${longDate(d.date)}: ${d.reason}${d.holiday === undefined ? '' : ` (${d.holiday})`}`),
          ),
        ),
    el('h4', {}, 'Basis'),
    el('ul', {}, ...s.basis.map((c) => el('li', {}, citation(c)))),
  );
}

async function calculate(): Promise<void> {
  const data = new FormData(form);
  try {
    const stateCal = await stateCalendar(String(data.get('state')));
    const input: StandstillInput = {
      receivedOn: String(data.get('received')),
      measure: String(data.get('measure')) as StandstillInput['measure'],
      detailedOpinion: data.get('opinion') !== null,
      councilFirstReadingPosition: data.get('council') !== null,
      urgency: data.get('urgency') !== null,
      notifyingState: String(data.get('state')),
      ...(data.get('action')
        ? { commissionAction: String(data.get('action')) as StandstillInput['commissionAction'] }
        : {}),
      ...(stateCal === undefined ? {} : { stateCalendar: stateCal }),
    };
    const answers = STANDSTILL_CONVENTIONS.map((convention) => standstillPeriod({ ...input, convention }));
    show(result, el('h2', {}, 'Result'), ...answers.map(card));
  } catch (error) {
    show(result, problem(error));
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void calculate();
});
form.addEventListener('change', () => void calculate());
void calculate();
