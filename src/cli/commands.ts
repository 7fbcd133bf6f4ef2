/**
 * Every `secmod` subcommand: its name and usage, written here, and its code, loaded only when the
 * command runs (so `secmod standstill` never loads the register, zod or ts-pattern).
 * @internal
 */
import type { Command } from './command.js';

/** A subcommand as `secmod help` lists it, and how to load it. */
export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  load(): Promise<Command>;
}

/** Every subcommand, in the order `secmod help` lists them. */
export const commands: readonly CommandSpec[] = [
  {
    name: 'holidays',
    usage:
      'holidays <year> [--calendar <id> | --state <TRIS code>] [--json]   the holidays of a year (default calendar: england-and-wales; --state: date-holidays)',
    load: async () => (await import('./calendar-commands.js')).holidaysCommand,
  },
  {
    name: 'working-days',
    usage: [
      'working-days add <date> <n> [--calendar <id>]        the n-th working day after (n < 0: before) a date',
      'working-days between <from> <to> [--calendar <id>]   working days after <from> up to and including <to>',
      'working-days is <date> [--calendar <id>]             whether a date is a working day',
      'working-days next <date> [--calendar <id>]           the date, or the next working day after it',
    ].join('\n  '),
    load: async () => (await import('./calendar-commands.js')).workingDaysCommand,
  },
  {
    name: 'standstill',
    usage:
      'standstill <received> [--detailed-opinion] [--measure technical-regulation|voluntary-agreement|information-society-service]\n' +
      '             [--commission-action intends-to-legislate|proposal-pending] [--council-position] [--urgency]\n' +
      '             [--convention tris|regulation-1182-71] [--state <TRIS code>] [--json]   the EU standstill period of a notification\n' +
      '  standstill --batch <file.csv|file.jsonl|-> [--json]   one standstill per CSV row (header: receivedOn, measure, ...) or JSON line; exit 2 if a row failed',
    load: async () => (await import('./standstill-command.js')).standstillCommand,
  },
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
