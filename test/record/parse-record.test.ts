import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/calendar/index.js';
import { isSecmodError } from '../../src/errors/index.js';
import {
  parseRecord,
  RECORD_CSV_HEADER,
  RecordError,
  recordJsonSchema,
  serializeRecord,
  type SecRecord,
} from '../../src/record/index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const hostile = JSON.parse(read('test/fixtures/hostile-strings.json')) as string[];
const fixture = JSON.parse(read('test/fixtures/sec-record.json')) as {
  meetings: { body: string; date: string; url: string }[];
  releases: { date: string; name: string; url: string }[];
};

/** The problems of an input parseRecord refuses, as `path: message` lines. */
function problems(input: unknown, options?: Parameters<typeof parseRecord>[1]): string[] {
  try {
    parseRecord(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(RecordError);
    expect(isSecmodError(e, 'invalid-record')).toBe(true);
    return (e as RecordError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  throw new Error('parsed');
}

describe('parseRecord: JSON and objects', () => {
  it('reads an object and JSON text alike, a new frozen record, the input not mutated', () => {
    const input = {
      meetings: [{ body: 'panel', date: '2020-11-13', reference: 'MP090 timeline' }],
      releases: [{ date: '2022-11-03', name: 'November 2022 SEC Release', modifications: ['MP099', 'MP109'] }],
    };
    const before = structuredClone(input);
    const record = parseRecord(input);
    expect(input).toEqual(before);
    expect(record).toEqual(input);
    expect(record).not.toBe(input);
    expect(Object.isFrozen(record) && Object.isFrozen(record.meetings[0]) && Object.isFrozen(record.releases)).toBe(
      true,
    );
    expect(parseRecord(JSON.stringify(input))).toEqual(record);
    expect(parseRecord(`\ufeff${JSON.stringify(input)}`)).toEqual(record);
    // Both lists may be left out; a parsed record passes as it is.
    expect(parseRecord({})).toEqual({ meetings: [], releases: [] });
    expect(parseRecord(record)).toBe(record);
  });

  it('refuses every problem at once, each at its JSON path', () => {
    expect(
      problems({
        meetings: [
          { body: 'panel', date: '2027-02-30' },
          { body: 'pannel', date: '2027-01-15' },
          { body: 'panel', date: '2027-03-12', minutes: 'x' },
          { body: 'panel', date: '2027-03-12' },
        ],
        releases: [
          { date: '2027-06-24' },
          { date: '2027-06-24', name: '' },
          { date: '2027-11-04', url: 'javascript:alert(1)' },
        ],
        extra: true,
      }),
    ).toEqual([
      'meetings.0.date: invalid date "2027-02-30": day must be 01-28 in 2027-02',
      'meetings.1.body: unknown meeting body "pannel" (did you mean "panel"?); expected one of panel, change-board',
      'meetings.2.minutes: unknown key "minutes"; expected one of body, date, reference, url',
      'releases.1.name: expected some text, or leave the field out',
      'releases.2.url: expected an http(s) URL',
      'extra: unknown key "extra"; expected one of $schema, meetings, releases',
      'meetings.3: a duplicate of meetings.2 (a meeting panel 2027-03-12)',
      'releases.1: a duplicate of releases.0 (a release on 2027-06-24)',
    ]);
  });

  it('refuses duplicates on their own, and what is not a record', () => {
    expect(
      problems({
        meetings: [
          { body: 'change-board', date: '2020-04-22' },
          { body: 'change-board', date: '2020-04-22' },
        ],
      }),
    ).toEqual(['meetings.1: a duplicate of meetings.0 (a meeting change-board 2020-04-22)']);
    // The same date for two bodies is two facts.
    expect(
      parseRecord({
        meetings: [
          { body: 'panel', date: '2020-04-22' },
          { body: 'change-board', date: '2020-04-22' },
        ],
      }).meetings,
    ).toHaveLength(2);
    expect(problems('not a record')[0]).toMatch(/^: not JSON, CSV or iCalendar/);
    expect(problems('{"meetings": [')[0]).toMatch(/^: not valid JSON/);
    expect(problems('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')[0]).toMatch(/parseIcsRecord from secmod\/ical/);
    expect(problems(42)[0]).toMatch(/expected object/);
    expect(problems(JSON.parse('{"__proto__": {"x": 1}}'))).toEqual([
      '__proto__: the key "__proto__" is not allowed anywhere in the input',
    ]);
    expect(() => parseRecord({}, { format: 'xml' as never })).toThrow(/format/);
  });

  it('keeps hostile text as plain data (never run), and reads it back from JSON and CSV as it was', () => {
    for (const text of hostile.filter((h) => h.length <= 1000)) {
      const record = parseRecord({ releases: [{ date: '2027-06-24', name: text, reference: text }] });
      expect(record.releases[0]?.name).toBe(text);
      expect(parseRecord(serializeRecord(record, 'json'))).toEqual(record);
      expect(parseRecord(serializeRecord(record, 'csv'))).toEqual(record);
    }
    const formula = parseRecord(
      `${RECORD_CSV_HEADER}\nrelease,2027-06-24,"=HYPERLINK(""http://x"")",<script>alert(1)</script>,\n`,
    );
    expect(formula.releases[0]).toEqual({
      date: '2027-06-24',
      name: '=HYPERLINK("http://x")',
      reference: '<script>alert(1)</script>',
    });
  });

  it('refuses text longer than 1000 characters, as every field says', () => {
    expect(problems({ releases: [{ date: '2027-06-24', name: 'x'.repeat(1001) }] })[0]).toMatch(/^releases\.0\.name: /);
  });
});

describe('parseRecord: CSV', () => {
  it('reads kind,date,name,reference,url lines (quoted fields, CRLF or LF, blank lines skipped)', () => {
    const csv = `${RECORD_CSV_HEADER}\r\npanel,2020-11-13,,MP090 timeline,https://smartenergycodecompany.co.uk/x\r\n\r\n change-board , 2020-10-21 ,,,\nrelease,2022-11-03,"November 2022, SEC Release","a ""quoted""\nline",\n`;
    expect(parseRecord(csv)).toEqual({
      meetings: [
        {
          body: 'panel',
          date: '2020-11-13',
          reference: 'MP090 timeline',
          url: 'https://smartenergycodecompany.co.uk/x',
        },
        { body: 'change-board', date: '2020-10-21' },
      ],
      releases: [{ date: '2022-11-03', name: 'November 2022, SEC Release', reference: 'a "quoted"\nline' }],
    });
    expect(parseRecord(csv, { format: 'csv' })).toEqual(parseRecord(csv));
  });

  it('refuses each bad line with its line and column', () => {
    expect(
      problems(
        [
          RECORD_CSV_HEADER,
          'panle,2027-01-15,,,',
          'panel,2027-02-30,,,',
          'panel,2027-03-12,Panel 1,,',
          'release,2027-06-24,,,',
          'release,2027-06-24,,,',
          'panel,2027-04-16,,',
          ',2027-05-14,,,',
          'change-board,,,,',
        ].join('\n'),
      ),
    ).toEqual([
      'line 7: 4 field(s): expected 5 (kind,date,name,reference,url); quote a field that holds a comma',
      'line 2, column 1: unknown record kind "panle" (did you mean "panel"?); expected one of panel, change-board, release',
      'line 4, column 3: a meeting has no name ("Panel 1"): put it in reference, or leave the field empty',
      'line 8, column 1: no kind: expected one of panel, change-board, release',
      'line 3, column 2: invalid date "2027-02-30": day must be 01-28 in 2027-02',
      'line 9, column 2: no date: expected YYYY-MM-DD',
      'line 6: a duplicate of line 5 (a release on 2027-06-24)',
    ]);
  });

  it('refuses a file that is not the record CSV: another header, an unclosed quote, a stray quote', () => {
    expect(problems('kind,date\npanel,2020-11-13\n')).toEqual([
      'line 1: expected the header kind,date,name,reference,url',
    ]);
    expect(problems(`${RECORD_CSV_HEADER}\nrelease,2027-06-24,"open,,\n`)).toEqual([
      'line 2, column 3: a quoted field is never closed',
    ]);
    expect(problems(`${RECORD_CSV_HEADER}\nrelease,2027-06-24,a "b",,\n`)).toEqual([
      'line 2, column 3: a quote inside an unquoted field: quote the whole field, and double a quote inside it',
    ]);
    expect(problems(`${RECORD_CSV_HEADER}\nrelease,2027-06-24,"a"b,,\n`)).toEqual([
      'line 2, column 3: text after a closing quote: quote the whole field, and double a quote inside it',
    ]);
    expect(problems({ x: 1 }, { format: 'csv' })).toEqual([': CSV must be given as text']);
  });

  it('writes a release with modifications as JSON only', () => {
    const record: SecRecord = parseRecord({ releases: [{ date: '2022-11-03', modifications: ['MP099'] }] });
    expect(() => serializeRecord(record, 'csv')).toThrow(/cannot be written as CSV/);
    expect(parseRecord(serializeRecord(record, 'json'))).toEqual(record);
  });
});

describe('the example records (examples/record-2020-2022.*): the public record only', () => {
  const json = parseRecord(read('examples/record-2020-2022.json'));
  const csv = parseRecord(read('examples/record-2020-2022.csv'));

  it('hold the same facts in JSON and CSV (CSV without modifications)', () => {
    expect(csv.meetings).toEqual(json.meetings);
    expect(csv.releases).toEqual(json.releases.map(({ modifications: _m, ...r }) => r));
  });

  it('hold only dates of test/fixtures/sec-record.json, each with the URL it was gathered from', () => {
    for (const m of json.meetings)
      expect(fixture.meetings.find((f) => f.body === m.body && f.date === m.date)?.url).toBe(m.url);
    for (const r of json.releases) expect(fixture.releases.find((f) => f.date === r.date)?.url).toBe(r.url);
    // Nothing after the record's end: no invented future date.
    expect([...json.meetings, ...json.releases].every((x) => x.date <= '2022-12-31')).toBe(true);
  });

  it('are valid against the shipped JSON Schema, which is current', () => {
    const shipped = JSON.parse(read('schema/record.schema.json')) as Record<string, unknown>;
    expect({ ...shipped, $id: undefined, title: undefined }).toEqual({
      ...recordJsonSchema,
      $id: undefined,
      title: undefined,
    });
    const ajv = new Ajv2020({
      allErrors: true,
      strict: false,
      formats: { date: (s: string) => isIsoDate(s), uri: () => true },
    });
    const validate = ajv.compile(shipped);
    expect(validate(JSON.parse(read('examples/record-2020-2022.json'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ meetings: [{ body: 'board', date: '2020-01-01' }] })).toBe(false);
    expect(validate({ meetings: [{ body: 'panel', date: '2020-01-01', x: 1 }] })).toBe(false);
  });
});
