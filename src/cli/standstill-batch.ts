import type { HolidayCalendar } from '../calendar/holidays/types.js';
import { isSecmodError } from '../errors/secmod-error.js';
import { checkKeys, keysOf } from '../internal/keys.js';
import { standstillPeriod, type StandstillInput } from '../standstill/index.js';
import { UsageError } from './args.js';
import type { Io } from './command.js';
import { readUtf8 } from './read-json.js';

/** The columns (CSV) or fields (JSON lines) a batch row may have: those of `StandstillInput` that are text or flags. */
const TEXT_FIELDS = ['receivedOn', 'measure', 'commissionAction', 'convention', 'notifyingState'] as const;
const FLAG_FIELDS = ['detailedOpinion', 'councilFirstReadingPosition', 'urgency'] as const;
/** Both, checked to be every key of `StandstillInput` but the calendar (code, not text): a JSON line may have no other. */
const FIELDS = keysOf<Omit<StandstillInput, 'stateCalendar'>>()([...TEXT_FIELDS, ...FLAG_FIELDS]);
const OUT_FIELDS = [
  'row',
  'receivedOn',
  'months',
  'endsOn',
  'nominalEndsOn',
  'convention',
  'calendar',
  'error',
] as const;

/** Splits one CSV line (RFC 4180 quoting: "a, b" and "" for a quote). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A CSV row's cells as a StandstillInput: flags from true/false/yes/no/1/0, empty cells left out. */
function fromCsv(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const value = (cells[i] ?? '').trim();
    if (value === '') return;
    if ((FLAG_FIELDS as readonly string[]).includes(name)) {
      row[name] = /^(true|yes|1)$/i.test(value) ? true : /^(false|no|0)$/i.test(value) ? false : value;
    } else row[name] = value;
  });
  return row;
}

/**
 * `secmod standstill --batch FILE|-`: one standstill per CSV row (header row first) or JSON line, in one
 * process. A bad row gets a row-numbered error and the others are still answered; exit 2 if any failed.
 */
export async function standstillBatch(
  source: string,
  json: boolean,
  io: Io,
  calendarFor: (state: string) => Promise<HolidayCalendar | undefined>,
): Promise<number> {
  const lines = readUtf8(source, source === '-').split(/\r?\n/);
  const isJsonLines =
    lines
      .find((l) => l.trim() !== '')
      ?.trim()
      .startsWith('{') === true;
  let header: string[] = [];
  if (!isJsonLines) {
    header = csvCells(lines.shift() ?? '').map((h) => h.trim());
    const unknown = header.filter((h) => ![...TEXT_FIELDS, ...FLAG_FIELDS].includes(h as never));
    if (unknown.length > 0 || !header.includes('receivedOn')) {
      throw new UsageError(
        `${source}: the header row must name receivedOn and may name ${[...TEXT_FIELDS, ...FLAG_FIELDS].filter((f) => f !== 'receivedOn').join(', ')}${unknown.length > 0 ? `; unknown: ${unknown.join(', ')}` : ''}`,
      );
    }
  }
  if (!json) io.out(OUT_FIELDS.join(','));
  let failed = 0;
  const calendars = new Map<string, HolidayCalendar | undefined>();
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const row = isJsonLines ? i + 1 : i + 2; // the file's line number (CSV: after the header)
    let result: Record<string, unknown>;
    try {
      const input = (isJsonLines ? JSON.parse(line) : fromCsv(header, csvCells(line))) as StandstillInput;
      // A misspelt field would be left out silently (detailed_opinion: 3 months instead of 6): refused.
      if (isJsonLines && typeof input === 'object' && input !== null && !Array.isArray(input))
        checkKeys(input, FIELDS, []);
      const state = typeof input?.notifyingState === 'string' ? input.notifyingState.toUpperCase() : 'UK';
      if (!calendars.has(state)) calendars.set(state, await calendarFor(state));
      const stateCalendar = input?.stateCalendar ?? calendars.get(state);
      const s = standstillPeriod(stateCalendar === undefined ? input : { ...input, stateCalendar });
      result = {
        row,
        receivedOn: s.receivedOn,
        months: s.months,
        endsOn: s.endsOn,
        nominalEndsOn: s.nominalEndsOn,
        convention: s.convention,
        calendar: s.calendar,
        // JSON lines only (the CSV keeps its columns): the first day of adoption and any warning's code.
        adoptableFrom: s.adoptableFrom,
        ...(s.warnings.length === 0 ? {} : { warnings: s.warnings.map((w) => w.code) }),
      };
    } catch (error) {
      failed++;
      const why = isSecmodError(error)
        ? `${error.code}${error.path.length > 0 ? ` at ${error.path.join('.')}` : ''}: ${error.message}`
        : error instanceof UsageError
          ? error.message
          : `not valid JSON: ${(error as Error).message}`;
      result = { row, error: why };
    }
    io.out(
      json
        ? JSON.stringify(result)
        : OUT_FIELDS.map((f) => csvCell(result[f] === undefined ? '' : String(result[f]))).join(','),
    );
  }
  return failed > 0 ? 2 : 0;
}
