import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecord, serializeRecord } from '../../src/record/index.js';
import { parseIcsRecord } from '../../src/ical/index.js';

const DAY = 86_400_000;
/** Any date of 2000-2040 (UTC fields: no time zone enters). */
const date = fc
  .integer({ min: Date.UTC(2000, 0, 1) / DAY, max: Date.UTC(2040, 11, 31) / DAY })
  .map((d) => new Date(d * DAY).toISOString().slice(0, 10));
/** Caller text of every kind: any code units (lone surrogates, controls, quotes, commas, line breaks). */
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }),
  fc.constantFrom('=HYPERLINK("http://x")', '<script>alert(1)</script>', ' padded ', '"', ',', '\r\n', 'a\rb'),
);
const url = fc.constantFrom(
  'https://smartenergycodecompany.co.uk/november-2020-sec-release/',
  'http://x.example/a?b=1&c=2',
);
const opt = <T>(key: string, a: fc.Arbitrary<T>) =>
  fc.option(a, { nil: undefined }).map((v) => (v === undefined ? {} : { [key]: v }));

const meeting = fc
  .tuple(fc.constantFrom('panel', 'change-board'), date, opt('reference', text), opt('url', url))
  .map(([body, d, r, u]) => ({ body, date: d, ...r, ...u }));
const release = (withModifications: boolean) =>
  fc
    .tuple(
      date,
      opt('name', text),
      withModifications ? opt('modifications', fc.array(text, { maxLength: 3 })) : fc.constant({}),
      opt('reference', text),
      opt('url', url),
    )
    .map(([d, n, m, r, u]) => ({ date: d, ...n, ...m, ...r, ...u }));
const record = (withModifications: boolean) =>
  fc.record({
    meetings: fc.uniqueArray(meeting, { maxLength: 6, selector: (m) => `${m.body} ${m.date}` }),
    releases: fc.uniqueArray(release(withModifications), { maxLength: 6, selector: (r) => r.date }),
  });

describe('a record written and read back (fast-check)', () => {
  it('JSON: parseRecord(serializeRecord(r, "json")) is r', () => {
    fc.assert(
      fc.property(record(true), (r) => {
        expect(parseRecord(serializeRecord(r, 'json'))).toEqual(parseRecord(r));
      }),
    );
  });
  it('CSV: parseRecord(serializeRecord(r, "csv")) is r, whatever the text in it', () => {
    fc.assert(
      fc.property(record(false), (r) => {
        expect(parseRecord(serializeRecord(r, 'csv'))).toEqual(parseRecord(r));
      }),
    );
  });
  it('never mutates its input, and returns a frozen record', () => {
    fc.assert(
      fc.property(record(true), (r) => {
        const before = structuredClone(r);
        const parsed = parseRecord(r);
        expect(r).toEqual(before);
        expect(Object.isFrozen(parsed.meetings)).toBe(true);
      }),
    );
  });
  it('a date in any calendar program form reads back the same from iCalendar', () => {
    fc.assert(
      fc.property(date, (d) => {
        const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:${d.replace(/-/g, '')}\r\nCATEGORIES:change-board\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
        expect(parseIcsRecord(ics).meetings).toEqual([{ body: 'change-board', date: d }]);
      }),
    );
  });
});
