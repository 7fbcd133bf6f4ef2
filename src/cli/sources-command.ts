import { assumptions, recordHorizon, sources, SOURCE_STATUSES, type SourceStatus } from '../sources/index.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { EXIT } from './exit-codes.js';

const USAGE = 'secmod sources [--status enacted|observed|unconfirmed] [--json]';

export const sourcesCommand: Command = {
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['status']), new Set(['json']));
    if (positionals.length > 0) throw new UsageError(`usage: ${USAGE}`);
    const status = options.get('status');
    if (status !== undefined && !(SOURCE_STATUSES as readonly unknown[]).includes(status)) {
      throw new UsageError(`--status must be one of ${SOURCE_STATUSES.join(', ')}`);
    }
    const wanted = (s: SourceStatus) => status === undefined || s === status;
    const documents = sources.filter((s) => wanted(s.status));
    const open = assumptions().filter((a) => wanted(a.source.status));
    const horizon = recordHorizon();
    if (options.has('json')) {
      io.out(JSON.stringify({ sources: documents, assumptions: open, horizon }, null, 2));
      return EXIT.done;
    }
    io.out(`Sources${status === undefined ? '' : ` (${status})`}: ${documents.length}`);
    for (const s of documents) {
      io.out(`  ${s.status.padEnd(11)} ${s.title}${s.url === undefined ? '' : ` <${s.url}>`}`);
      io.out(`              ${s.standing}`);
    }
    if (open.length > 0) {
      io.out('');
      io.out(`Assumptions (observed or unconfirmed rules, and the parameter that overrides each): ${open.length}`);
      for (const a of open) {
        io.out(`  ${a.source.status.padEnd(11)} ${a.id}: ${a.rule}`);
        io.out(`              default: ${a.default}`);
        io.out(`              override: ${a.parameter ?? 'none (fixed in the tables)'}`);
      }
    }
    io.out('');
    io.out('Record horizon (the last date the bundled record covers; later dates are projections):');
    for (const [label, entry] of [
      ['releases', horizon.releases],
      ['Panel', horizon.panel],
      ['Change Board', horizon.changeBoard],
    ] as const)
      io.out(
        `  ${label.padEnd(12)} through ${entry.through}  ${entry.source.document}${entry.source.url === undefined ? '' : ` <${entry.source.url}>`}`,
      );
    return EXIT.done;
  },
};
