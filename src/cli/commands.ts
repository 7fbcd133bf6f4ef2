/**
 * Every `secmod` subcommand: its name and usage, written here (a date question's beside its own entry point
 * in `direct/`), and its code, loaded only when the
 * command runs (so `secmod standstill` never loads the register, zod or ts-pattern).
 * @internal
 */
import type { CommandSpec } from './command.js';
import { usage as holidaysUsage } from './direct/holidays.js';
import { usage as standstillUsage } from './direct/standstill.js';
import { usage as workingDaysUsage } from './direct/working-days.js';

export type { CommandSpec };

/** Every subcommand, in the order `secmod help` lists them. */
export const commands: readonly CommandSpec[] = [
  { ...holidaysUsage, load: async () => (await import('./calendar-commands.js')).holidaysCommand },
  { ...workingDaysUsage, load: async () => (await import('./calendar-commands.js')).workingDaysCommand },
  { ...standstillUsage, load: async () => (await import('./standstill-command.js')).standstillCommand },
  {
    name: 'diagram',
    usage: 'diagram [--direction TB|LR]                 the proposal lifecycle as Mermaid stateDiagram-v2',
    load: async () => (await import('./lifecycle-commands.js')).diagramCommand,
  },
  {
    name: 'replay',
    usage:
      'replay <history.json> [--json]             replay { id, path, raisedOn, era?, events } to its state, or the first refused event',
    load: async () => (await import('./lifecycle-commands.js')).replayCommand,
  },
  {
    name: 'releases',
    usage:
      'releases <year> [--json | --ics] [--record <file>]   the SEC releases of a year, each known (the record) or projected',
    load: async () => (await import('./release-commands.js')).releasesCommand,
  },
  {
    name: 'earliest-release',
    usage:
      'earliest-release --approved <date> [--standstill-received <date> | --standstill-ends <date>] [--dcc-impact] [--by-exception] [--json] [--record <file>]\n' +
      '                                                   the first release an approved proposal can make, and why earlier ones are passed over',
    load: async () => (await import('./release-commands.js')).earliestReleaseCommand,
  },
  {
    name: 'validate',
    usage:
      'validate <timetable.json> [--json] [--record <file>]   check a proposed timetable ({ timetable, options } or a bare timetable); exit 1 on an error',
    load: async () => (await import('./timetable-commands.js')).validateCommand,
  },
  {
    name: 'plan',
    usage:
      'plan <request.json> [--json] [--record <file>]   the earliest valid timetable ({ request, options } or a bare request), each date with its reason\n' +
      "                                                   (meetings default to secmod's Panel and Change Board calendars, projected where no date is known)",
    load: async () => (await import('./timetable-commands.js')).planCommand,
  },
  {
    name: 'gantt',
    usage:
      'gantt <register.json | timetable.json> --as-of <date>   the timetables as a Mermaid gantt chart (late milestones marked)',
    load: async () => (await import('./timetable-commands.js')).ganttCommand,
  },
  {
    name: 'report',
    usage:
      'report <register.json> --as-of <date> [--since <date>] [--format markdown|text|json|html] [--mermaid]\n' +
      '       [--pdf <out.pdf>] [--record <file>]   (--format html: one self-contained page; --pdf: printed by a Chromium found)\n' +
      '                                                   the monthly Modification and Release Status Report from a register',
    load: async () => (await import('./report-command.js')).reportCommand,
  },
  {
    name: 'meetings',
    usage:
      'meetings <year> [--body panel|change-board] [--json | --ics] [--record <file>]\n' +
      '                                                   the Panel and Change Board meetings of a year, each known (the record) or projected',
    load: async () => (await import('./meetings-command.js')).meetingsCommand,
  },
  {
    name: 'record',
    usage:
      'record check <file.json|file.csv|file.ics> [--json]   check your record of meeting and release dates: a malformed line\n' +
      '                                                   is an error with its line (exit 2); a meeting on a weekend or holiday, two Panel\n' +
      "                                                   meetings in a month, a date contradicting secmod's are warnings (exit 0)\n" +
      '  --record <file>: on releases, earliest-release, plan, validate, report and meetings, your own record (JSON, CSV\n' +
      '                   kind,date,name,reference,url, or iCalendar with ical.js) makes its dates known, not projected',
    load: async () => (await import('./record-command.js')).recordCommand,
  },
  {
    name: 'sources',
    usage: 'sources [--status S] [--json]             the documents secmod cites, and the assumptions to check',
    load: async () => (await import('./sources-command.js')).sourcesCommand,
  },
];
