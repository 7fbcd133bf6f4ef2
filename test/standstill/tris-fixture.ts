/**
 * The TRIS fixture (test/fixtures/tris-notifications-2012-2017.csv) and its classification into the
 * cases the conformance test treats differently. Shared by the conformance test and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addDays, addMonths, compareDates, differenceInDays } from '../../src/calendar/index.js';

export interface TrisRow {
  readonly notification: string;
  /** The TRIS code: the suffix of the notification number (2017/123/F → F). */
  readonly state: string;
  /** The member_state column, which disagrees with the suffix on a few rows. */
  readonly memberState: string;
  readonly received: string;
  readonly end: string;
  readonly detailedOpinions: number;
  readonly postponement: '0' | '1' | 'NA';
}

export type RowKind = 'three-month' | 'urgency' | 'detailed-opinion' | 'postponement' | 'other';

export function loadTrisRows(): TrisRow[] {
  const text = readFileSync(
    fileURLToPath(new URL('../fixtures/tris-notifications-2012-2017.csv', import.meta.url)),
    'utf8',
  );
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  const at = (name: string) => cols.indexOf(name);
  return lines.map((line) => {
    const f = line.split(',');
    const notification = f[at('notification')] ?? '';
    return {
      notification,
      state: notification.split('/').at(-1) ?? '',
      memberState: f[at('member_state')] ?? '',
      received: f[at('received')] ?? '',
      end: f[at('end_of_standstill')] ?? '',
      detailedOpinions: Number(f[at('detailed_opinions')]),
      postponement: (f[at('postponement')] ?? 'NA') as TrisRow['postponement'],
    };
  });
}

/**
 * A *3-month row* has no detailed opinion, no postponement, and a published end on or after
 * received + 3 months + 1 day and at most 10 days after it. An *urgency* row ends the day after
 * receipt. Rows with a detailed opinion or a postponement are their own kinds; the rest (short
 * periods that are not urgency, extensions the file does not record) are `other`.
 */
export function classify(row: TrisRow): RowKind {
  if (row.postponement === '1') return 'postponement';
  if (row.detailedOpinions > 0) return 'detailed-opinion';
  if (row.end === addDays(row.received, 1)) return 'urgency';
  const earliest = addDays(addMonths(row.received, 3), 1);
  if (row.postponement === '0' && compareDates(row.end, earliest) >= 0 && differenceInDays(earliest, row.end) <= 10)
    return 'three-month';
  return 'other';
}
