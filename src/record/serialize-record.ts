import { SecmodError } from '../errors/secmod-error.js';
import { checkOneOf } from '../internal/check.js';
import { RECORD_CSV_HEADER } from './csv-rows.js';
import { parseRecord } from './parse-record.js';

/** A CSV field: quoted when it holds a comma, a quote, a line break or space at an end (so it is read back as is). */
const field = (value: string | undefined): string =>
  value === undefined ? '' : /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A record written as JSON (the shape `parseRecord` reads) or as CSV (the header
 * `kind,date,name,reference,url`), so that `parseRecord` reads it back as it was. Text is written as
 * data: a CSV field is quoted where it must be, never rewritten (open a CSV file of untrusted text with
 * formulas turned off). A release's `modifications` have no CSV column: writing one as CSV is refused.
 *
 * @throws {RecordError} `invalid-record` for a value that is not a record; {@link SecmodError}
 *   `invalid-argument` for an unknown format, or modifications in CSV.
 * @example
 * serializeRecord({ meetings: [{ body: 'panel', date: '2020-11-13' }] }, 'csv').split('\r\n')[1]; // 'panel,2020-11-13,,,'
 */
export function serializeRecord(record: unknown, format: 'json' | 'csv'): string {
  checkOneOf(format, ['json', 'csv'] as const, ['format'], 'record format');
  const r = parseRecord(record);
  if (format === 'json') return `${JSON.stringify({ meetings: r.meetings, releases: r.releases }, null, 2)}\n`;
  const lines = [RECORD_CSV_HEADER];
  for (const m of r.meetings) lines.push([m.body, m.date, '', field(m.reference), field(m.url)].join(','));
  r.releases.forEach((release, i) => {
    if (release.modifications !== undefined)
      throw new SecmodError(
        'invalid-argument',
        'a release with modifications cannot be written as CSV (it has no column for them): write JSON',
        { path: ['record', 'releases', i, 'modifications'] },
      );
    lines.push(['release', release.date, field(release.name), field(release.reference), field(release.url)].join(','));
  });
  return `${lines.join('\r\n')}\r\n`;
}
