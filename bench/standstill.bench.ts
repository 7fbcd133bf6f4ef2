/**
 * standstillPeriod against a straightforward date-fns implementation of the same TRIS rule
 * (addMonths, addDays, a loop over a holiday Set), and the whole 4,369-row TRIS conformance run.
 */
import { addDays, addMonths, format, isWeekend, parseISO } from 'date-fns';
import { trisCommissionCore, unitedKingdom } from '../dist/calendar/index.js';
import { trisStateCalendar } from '../dist/date-holidays/index.js';
import { standstillPeriod } from '../dist/standstill/index.js';
import { loadTrisRows } from '../test/standstill/tris-fixture.js';
import { group, type GroupResult } from './harness.js';

const holidays = new Set<string>();
for (let y = 2010; y <= 2030; y++)
  for (const cal of [trisCommissionCore, unitedKingdom]) for (const h of cal.holidaysIn(y)) holidays.add(h.date);

/** The TRIS rule as a user would write it with date-fns. */
function dateFnsStandstill(receivedOn: string, months: number): string {
  let d = addDays(addMonths(parseISO(receivedOn), months), 1);
  while (isWeekend(d) || holidays.has(format(d, 'yyyy-MM-dd'))) d = addDays(d, 1);
  return format(d, 'yyyy-MM-dd');
}

const received = Array.from({ length: 64 }, (_, i) => format(addDays(parseISO('2017-01-02'), i * 11), 'yyyy-MM-dd'));
for (const r of received) {
  if (standstillPeriod({ receivedOn: r }).endsOn !== dateFnsStandstill(r, 3))
    throw new Error(`the two implementations disagree on ${r}`);
}
let i = 0;
const next = () => received[(i = (i + 1) % received.length)] as string;

export async function standstillBenchmarks(): Promise<GroupResult[]> {
  const results = [
    await group('standstillPeriod, 3 months, UK (TRIS convention)', [
      { name: 'secmod standstillPeriod', fn: () => standstillPeriod({ receivedOn: next() }) },
      { name: 'date-fns addMonths + addDays + holiday Set loop', fn: () => dateFnsStandstill(next(), 3) },
    ]),
  ];
  const rows = loadTrisRows();
  const run = () => {
    const start = performance.now();
    for (const r of rows)
      standstillPeriod({
        receivedOn: r.received,
        notifyingState: r.state,
        stateCalendar: trisStateCalendar(r.state),
        detailedOpinion: r.detailedOpinions > 0,
      });
    return (performance.now() - start).toFixed(1);
  };
  const cold = run();
  console.log(
    `\nTRIS conformance run, ${rows.length} rows: ${cold} ms cold (mostly date-holidays generating 33 states x 7 years), ${run()} ms warm`,
  );
  return results;
}
