import {
  standstillPeriod,
  type CommissionAction,
  type Measure,
  type StandstillConvention,
} from '../standstill/index.js';
import { stepLine } from '../standstill/explain.js';
import { parseArgs, UsageError } from './args.js';
import { standstillBatch } from './standstill-batch.js';
import { stateCalendar } from './state-calendar.js';
import type { Command } from './command.js';

const VALUED = new Set(['measure', 'convention', 'state', 'commission-action', 'batch']);
const FLAGS = new Set(['detailed-opinion', 'council-position', 'urgency', 'json']);

const text = (value: string | true | undefined) => (typeof value === 'string' ? value : undefined);

export const standstillCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, VALUED, FLAGS);
    const batch = options.get('batch');
    if (typeof batch === 'string') {
      if (positionals.length > 0 || options.size > (options.has('json') ? 2 : 1)) {
        throw new UsageError('--batch takes its facts from the file: only --json may go with it');
      }
      return standstillBatch(batch, options.has('json'), io, stateCalendar);
    }
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
    io.out(
      `  adoptable:    ${result.adoptableFrom} (the first day the measure may be adopted: step ${result.steps.length})`,
    );
    io.out('  steps:');
    result.steps.forEach((step, i) => io.out(`    ${i + 1}. ${stepLine(step)}`));
    for (const w of result.warnings) io.out(`  warning:      ${w.code}: ${w.message}`);
    io.out('  basis:');
    for (const c of result.basis) io.out(`    - ${cite(c)}${c.note === undefined ? '' : `: ${c.note}`}`);
    return 0;
  },
};
