import { isIsoDate } from '../calendar/iso-date.js';
import { parseRegister } from '../register/index.js';
import { renderStatusReport, statusReport } from '../report/index.js';
import { parseArgs, UsageError } from './args.js';
import type { Command } from './command.js';
import { readJson } from './read-json.js';
import { recordOption } from './read-record.js';
import { EXIT } from './exit-codes.js';
import { printPdf } from './print-pdf.js';

export const reportCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(
      argv,
      new Set(['as-of', 'since', 'format', 'pdf', 'record']),
      new Set(['mermaid']),
    );
    const asOf = options.get('as-of');
    if (positionals.length !== 1 || typeof asOf !== 'string')
      throw new UsageError(
        'usage: secmod report <register.json> --as-of <date> [--since <date>] [--format markdown|text|json|html] [--pdf <out.pdf>]',
      );
    const format = options.get('format') ?? 'text';
    if (format !== 'markdown' && format !== 'text' && format !== 'json' && format !== 'html')
      throw new UsageError(`--format must be markdown, text, json or html, not ${JSON.stringify(format)}`);
    const pdf = options.get('pdf');
    if (pdf !== undefined && (typeof pdf !== 'string' || pdf === ''))
      throw new UsageError('--pdf needs the file to write, e.g. --pdf report.pdf');
    const file = positionals[0] as string;
    // A register with problems is a ParseError: `run` lists every problem on stderr.
    const register = parseRegister(readJson(file));
    const since = options.get('since');
    if (typeof since === 'string' && isIsoDate(since) && isIsoDate(asOf) && since >= asOf) {
      throw new UsageError(
        `--since ${since} must be before --as-of ${asOf}: the period runs after --since up to --as-of`,
      );
    }
    const applied = await recordOption(options.get('record'), io);
    const report = statusReport(register, {
      asOf,
      ...(typeof since === 'string' ? { since } : {}),
      ...(applied === undefined ? {} : { releasePolicy: applied.releasePolicy }),
    });
    if (typeof pdf === 'string') {
      printPdf(renderStatusReport(report, { format: 'html' }), pdf);
      io.err(`secmod: wrote the report as PDF to ${pdf}`);
      return EXIT.done;
    }
    // Built whole before printing: nothing is printed partially.
    const text =
      format === 'json'
        ? JSON.stringify(report, null, 2)
        : renderStatusReport(report, { format, mermaid: options.has('mermaid') }).trimEnd();
    io.out(text);
    return EXIT.done;
  },
};
