import type { HolidayCalendar } from '../calendar/holidays/types.js';
import {
  standstillPeriod,
  type CommissionAction,
  type Measure,
  type StandstillConvention,
} from '../standstill/index.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';

const VALUED = new Set(['measure', 'convention', 'state', 'commission-action']);
const FLAGS = new Set(['detailed-opinion', 'council-position', 'urgency', 'json']);

/** Other states' holidays come from the optional date-holidays package, loaded only when asked for. */
async function stateCalendar(state: string): Promise<HolidayCalendar | undefined> {
  if (['UK', 'GB'].includes(state.toUpperCase())) return undefined;
  try {
    const { trisStateCalendar } = await import('../date-holidays/index.js');
    return trisStateCalendar(state);
  } catch (error) {
    if (error instanceof Error && /Cannot find (package|module) 'date-holidays'/.test(error.message)) {
      throw new UsageError(`--state ${state} needs the optional package date-holidays: npm install date-holidays`);
    }
    throw error;
  }
}

const text = (value: string | true | undefined) => (typeof value === 'string' ? value : undefined);

export const standstillCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, VALUED, FLAGS);
    if (positionals.length !== 1)
      throw new UsageError('usage: secmod standstill <received-on> [options] (see: secmod help)');
    const state = text(options.get('state')) ?? 'UK';
    const calendar = await stateCalendar(state);
    const result = standstillPeriod({
      receivedOn: positionals[0] as string,
      notifyingState: state,
      detailedOpinion: options.has('detailed-opinion'),
      councilFirstReadingPosition: options.has('council-position'),
      urgency: options.has('urgency'),
      ...(options.has('measure') ? { measure: text(options.get('measure')) as Measure } : {}),
      ...(options.has('commission-action')
        ? { commissionAction: text(options.get('commission-action')) as CommissionAction }
        : {}),
      ...(options.has('convention') ? { convention: text(options.get('convention')) as StandstillConvention } : {}),
      ...(calendar === undefined ? {} : { stateCalendar: calendar }),
    });
    if (options.has('json')) {
      io.out(JSON.stringify(result, null, 2));
      return 0;
    }
    const cite = (c: (typeof result.basis)[number]) => `${c.document}${c.clause === undefined ? '' : ` ${c.clause}`}`;
    io.out(`Standstill for a notification received ${result.receivedOn} (${state.toUpperCase()})`);
    io.out(`  period:       ${result.months} months (${cite(result.basis[0] as (typeof result.basis)[number])})`);
    io.out(`  nominal end:  ${result.nominalEndsOn}`);
    io.out(
      `  ends on:      ${result.endsOn} (${result.convention === 'tris' ? 'TRIS convention: the date TRIS publishes' : 'Regulation 1182/71 Art. 3: last day of the period'})`,
    );
    io.out(
      `  skipped:      ${result.skipped.length === 0 ? 'none' : result.skipped.map((s) => `${s.date} ${s.holiday ?? s.reason}`).join(', ')}`,
    );
    io.out(`  calendar:     ${result.calendar}`);
    io.out('  basis:');
    for (const c of result.basis) io.out(`    - ${cite(c)}${c.note === undefined ? '' : `: ${c.note}`}`);
    return 0;
  },
};
