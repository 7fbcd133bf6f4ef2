import { releasesIn, releasesToIcs } from 'secmod/releases';
import { byId, citation, el, longDate, problem, show } from './dom.js';

const form = byId<HTMLFormElement>('form');
const year = byId<HTMLInputElement>('year');
const result = byId<HTMLElement>('result');

function list(): void {
  try {
    const releases = releasesIn(Number(year.value));
    show(
      result,
      el('h2', {}, `${releases.length} release(s) in ${year.value}`),
      el(
        'table',
        { 'aria-label': `SEC releases in ${year.value}` },
        el(
          'thead',
          {},
          el('tr', {}, ...['Date', 'Release', 'Kind', 'Source'].map((h) => el('th', { scope: 'col' }, h))),
        ),
        el(
          'tbody',
          {},
          ...releases.map((r) =>
            el(
              'tr',
              {},
              el('td', {}, longDate(r.date)),
              el('td', {}, r.name),
              el('td', {}, r.kind),
              el('td', {}, r.source === undefined ? '' : citation(r.source)),
            ),
          ),
        ),
      ),
    );
  } catch (error) {
    show(result, problem(error));
  }
}

byId<HTMLButtonElement>('ics').addEventListener('click', () => {
  try {
    const blob = new Blob([releasesToIcs(Number(year.value))], { type: 'text/calendar' });
    const link = el('a', { href: URL.createObjectURL(blob), download: `sec-releases-${year.value}.ics` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  } catch (error) {
    show(result, problem(error));
  }
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  list();
});
list();
