import { dayOfWeek } from '../calendar/day-of-week.js';
import { checkWholeNumber } from '../internal/check.js';
import { earliestRelease, releasesIn, releasesToIcs, SEC_RELEASE_POLICY, type Release } from '../releases/index.js';
import { recordHorizon } from '../sources/index.js';
import { standstillPeriod } from '../standstill/index.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { recordOption } from './read-record.js';
import { plainText } from '../internal/escape/text.js';

const DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** What a text answer adds when it rests on a projected release. */
const projectedWords = (r: Release): string =>
  r.projected
    ? ` (projected from the policy rule: the record runs to ${recordHorizon().releases.through}; supply your own record to confirm it)`
    : '';

export const releasesCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['record']), new Set(['json', 'ics']));
    if (positionals.length !== 1 || !/^\d{4}$/.test(positionals[0] as string))
      throw new UsageError('usage: secmod releases <year> [--json | --ics] [--record <file>]');
    if (options.has('ics') && options.has('json')) throw new UsageError('give --json or --ics, not both');
    const year = checkWholeNumber(Number(positionals[0]), ['year']);
    // Your record's release dates are known, not projected.
    const policy = (await recordOption(options.get('record'), io))?.releasePolicy ?? SEC_RELEASE_POLICY;
    if (options.has('ics')) {
      io.out(releasesToIcs(year, { policy }).replace(/\r\n$/, '\r'));
      return 0;
    }
    const releases = releasesIn(year, policy);
    if (options.has('json')) {
      io.out(JSON.stringify(releases, null, 2));
      return 0;
    }
    io.out(`SEC releases ${year}`);
    // A projected release says so at the end of its line; a known one's line is as it always was.
    for (const r of releases)
      io.out(
        `${r.date}  ${DAY[dayOfWeek(r.date) - 1]}  ${plainText(r.name)}${r.movedFrom === undefined ? '' : ` (moved from ${r.movedFrom})`}${r.projected ? '  projected' : ''}`,
      );
    if (releases.some((r) => r.projected))
      io.out(
        `projected: from the policy rule, not in the record, which runs to ${recordHorizon().releases.through} (--record <file> supplies yours)`,
      );
    return 0;
  },
};

export const earliestReleaseCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(
      argv,
      new Set(['approved', 'standstill-received', 'standstill-ends', 'record']),
      new Set(['dcc-impact', 'by-exception', 'json']),
    );
    const approved = options.get('approved');
    if (positionals.length > 0 || typeof approved !== 'string')
      throw new UsageError('usage: secmod earliest-release --approved <date> [options] (see: secmod help)');
    const received = options.get('standstill-received');
    const ends = options.get('standstill-ends');
    if (received !== undefined && ends !== undefined)
      throw new UsageError('give --standstill-received or --standstill-ends, not both');
    const standstill = typeof received === 'string' ? standstillPeriod({ receivedOn: received }) : undefined;
    const standstillEndsOn = standstill?.endsOn ?? (typeof ends === 'string' ? ends : undefined);
    const applied = await recordOption(options.get('record'), io);
    const result = earliestRelease({
      approvedOn: approved,
      ...(applied === undefined ? {} : { policy: applied.releasePolicy }),
      dccSystemImpact: options.has('dcc-impact'),
      byException: options.has('by-exception'),
      // A computed standstill decides by its adoptableFrom; a published end date by the day after it.
      ...(standstill !== undefined ? { standstill } : standstillEndsOn === undefined ? {} : { standstillEndsOn }),
    });
    if (options.has('json')) {
      io.out(JSON.stringify({ ...result, ...(standstill === undefined ? {} : { standstill }) }, null, 2));
      return 0;
    }
    io.out(
      `Approved ${approved}${standstillEndsOn === undefined ? '' : `; EC standstill ends ${standstillEndsOn}${standstill === undefined ? '' : ` (received ${standstill.receivedOn}, ${standstill.months} months, TRIS convention)`}`}`,
    );
    if (standstill !== undefined)
      io.out(`EC standstill: the measure may be adopted from ${standstill.adoptableFrom} (the day after it ends)`);
    io.out(`Earliest release: ${plainText(result.name)}, ${result.date}${projectedWords(result)}`);
    for (const p of result.passedOver)
      io.out(
        `  passed over ${plainText(p.release.name)} (${p.release.date}): ${p.reasons.map((r) => r.message).join('; ')}`,
      );
    return 0;
  },
};
