import {
  addWorkingDays,
  calendarById,
  dayOfWeek,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../calendar/index.js';
import { checkWholeNumber } from '../internal/check.js';
import { parseArgs, UsageError } from './args.js';
import { stateCalendar } from './state-calendar.js';
import type { Command } from './command.js';
import { EXIT } from './exit-codes.js';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const CALENDAR = new Set(['calendar']);
const JSON_FLAG = new Set(['json']);

function integerArg(value: string | undefined, name: string): number {
  if (value === undefined || !/^[+-]?\d+$/.test(value))
    throw new UsageError(`${name} must be a whole number, got ${JSON.stringify(value ?? '')}`);
  return checkWholeNumber(Number(value), [name]);
}

function calendarOption(options: ReadonlyMap<string, string | true>) {
  const id = options.get('calendar');
  return calendarById(typeof id === 'string' ? id : 'england-and-wales');
}

export const holidaysCommand: Command = {
  async run(argv, io) {
    const { positionals, options } = parseArgs(argv, new Set(['calendar', 'state']), JSON_FLAG);
    if (positionals.length !== 1)
      throw new UsageError('usage: secmod holidays <year> [--calendar <id> | --state <TRIS code>] [--json]');
    const state = options.get('state');
    if (typeof state === 'string' && options.has('calendar'))
      throw new UsageError('give --calendar or --state, not both');
    // Another state's public holidays come from the optional date-holidays package (the UK's are built in).
    const calendar =
      (typeof state === 'string' ? await stateCalendar(state) : undefined) ??
      (typeof state === 'string' ? calendarById('united-kingdom') : calendarOption(options));
    const holidays = calendar.holidaysIn(integerArg(positionals[0], 'year'));
    if (options.has('json')) {
      io.out(JSON.stringify({ calendar: calendar.id, holidays }, null, 2));
    } else {
      io.out(`${calendar.name} ${positionals[0]}`);
      for (const h of holidays) {
        const note = h.substituteFor === undefined ? '' : ` (substitute day for ${h.substituteFor})`;
        io.out(`${h.date}  ${DAY_NAMES[dayOfWeek(h.date) - 1]}  ${h.name}${note}`);
      }
    }
    return EXIT.done;
  },
};

export const workingDaysCommand: Command = {
  run(argv, io) {
    const { positionals, options } = parseArgs(argv, CALENDAR, JSON_FLAG);
    const [action, a, b] = positionals;
    const calendar = calendarOption(options);
    const emit = (result: unknown, text: string) =>
      io.out(options.has('json') ? JSON.stringify({ calendar: calendar.id, result }) : text);
    switch (action) {
      case 'add': {
        if (positionals.length !== 3)
          throw new UsageError('usage: secmod working-days add <date> <n> [--calendar <id>]');
        const result = addWorkingDays(a as string, integerArg(b, 'n'), calendar);
        emit(result, result);
        return EXIT.done;
      }
      case 'between': {
        if (positionals.length !== 3)
          throw new UsageError('usage: secmod working-days between <from> <to> [--calendar <id>]');
        const result = workingDaysBetween(a as string, b as string, calendar);
        emit(result, String(result));
        return EXIT.done;
      }
      case 'is': {
        if (positionals.length !== 2) throw new UsageError('usage: secmod working-days is <date> [--calendar <id>]');
        const result = isWorkingDay(a as string, calendar);
        emit(result, result ? 'yes' : 'no');
        // The answer is the exit code too, with --json or without (exit-codes.ts).
        return result ? EXIT.done : EXIT.no;
      }
      case 'next': {
        if (positionals.length !== 2) throw new UsageError('usage: secmod working-days next <date> [--calendar <id>]');
        const result = nextWorkingDay(a as string, calendar);
        emit(result, result);
        return EXIT.done;
      }
      default:
        throw new UsageError(
          `unknown working-days action ${JSON.stringify(action ?? '')}: use add, between, is or next`,
        );
    }
  },
};
