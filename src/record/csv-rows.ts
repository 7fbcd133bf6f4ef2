import type { Problems } from '../internal/parse.js';
import type { RecordIssueCode } from './error.js';
import type { RecordRow, RowField } from './from-rows.js';

/** The header a record's CSV file starts with, exactly. */
export const RECORD_CSV_HEADER = 'kind,date,name,reference,url';
const COLUMNS: readonly RowField[] = ['kind', 'date', 'name', 'reference', 'url'];

/** One CSV row as read: its first line, and each field with whether it was quoted. */
interface RawRow {
  readonly line: number;
  readonly fields: { value: string; quoted: boolean }[];
}

/**
 * @internal The lines of a record's CSV text (RFC 4180: fields with a comma, a quote or a line break are
 * quoted, a quote in one doubled; CRLF or LF). The header must be {@link RECORD_CSV_HEADER}; an unquoted
 * field is trimmed, a quoted one kept as written; a blank line is skipped. Each problem is added with its
 * line and column; returns the rows, or `undefined` when the text cannot be read as CSV at all.
 */
export function csvRows(text: string, problems: Problems<RecordIssueCode>): RecordRow[] | undefined {
  const raw = splitCsv(text, problems);
  if (raw === undefined) return undefined;
  const [header, ...rows] = raw;
  const headerText = header?.fields.map((f) => f.value).join(',');
  if (headerText !== RECORD_CSV_HEADER) {
    problems.add({
      code: 'invalid-line',
      severity: 'error',
      message: `expected the header ${RECORD_CSV_HEADER}`,
      path: ['line 1'],
    });
    return undefined;
  }
  const out: RecordRow[] = [];
  for (const row of rows) {
    if (row.fields.length === 1 && row.fields[0]?.value === '' && row.fields[0].quoted === false) continue;
    const at = [`line ${row.line}`];
    if (row.fields.length !== COLUMNS.length) {
      problems.add({
        code: 'invalid-line',
        severity: 'error',
        message: `${row.fields.length} field(s): expected ${COLUMNS.length} (${RECORD_CSV_HEADER}); quote a field that holds a comma`,
        path: at,
      });
      continue;
    }
    const fields: Partial<Record<RowField, string>> = {};
    COLUMNS.forEach((c, i) => {
      const f = row.fields[i] as { value: string; quoted: boolean };
      const value = f.quoted ? f.value : f.value.trim();
      if (value !== '') fields[c] = value;
    });
    out.push({
      fields,
      at,
      fieldAt: (field) => [`line ${row.line}, column ${COLUMNS.indexOf(field) + 1}`],
    });
  }
  return out;
}

/** The text split into rows and fields; `undefined` after a problem that leaves the rest unreadable. */
function splitCsv(text: string, problems: Problems<RecordIssueCode>): RawRow[] | undefined {
  const rows: RawRow[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const start = line;
    const fields: { value: string; quoted: boolean }[] = [];
    for (;;) {
      let value = '';
      let quoted = false;
      if (text[i] === '"') {
        quoted = true;
        i++;
        for (;;) {
          if (i >= n) {
            problems.add({
              code: 'invalid-line',
              severity: 'error',
              message: 'a quoted field is never closed',
              path: [`line ${start}, column ${fields.length + 1}`],
            });
            return undefined;
          }
          const c = text[i] as string;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        // After the closing quote: a comma, the end of the line or of the text.
        if (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          problems.add({
            code: 'invalid-line',
            severity: 'error',
            message: 'text after a closing quote: quote the whole field, and double a quote inside it',
            path: [`line ${line}, column ${fields.length + 1}`],
          });
          return undefined;
        }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) {
          if (text[i] === '"') {
            problems.add({
              code: 'invalid-line',
              severity: 'error',
              message: 'a quote inside an unquoted field: quote the whole field, and double a quote inside it',
              path: [`line ${line}, column ${fields.length + 1}`],
            });
            return undefined;
          }
          value += text[i] as string;
          i++;
        }
      }
      fields.push({ value, quoted });
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    rows.push({ line: start, fields });
    if (i >= n) break;
    i += text[i] === '\r' ? 2 : 1;
    line++;
    if (i >= n) break;
  }
  return rows;
}
