import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIcsRecord } from '../../src/ical/index.js';
import { parseRecord, RecordError } from '../../src/record/index.js';
import { releasesToIcs } from '../../src/releases/index.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const calendar = (...events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//test//EN',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e.split('\n'), 'END:VEVENT']),
    'END:VCALENDAR',
    '',
  ].join('\r\n');

function problems(text: string, options?: Parameters<typeof parseIcsRecord>[1]): string[] {
  try {
    parseIcsRecord(text, options);
  } catch (e) {
    expect(e).toBeInstanceOf(RecordError);
    return (e as RecordError).issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  throw new Error('parsed');
}

describe('parseIcsRecord (secmod/ical, with ical.js)', () => {
  it('reads the example record as the JSON and CSV ones read', () => {
    const ics = parseIcsRecord(read('examples/record-2020-2022.ics'));
    expect(ics).toEqual(parseRecord(read('examples/record-2020-2022.csv')));
    expect(Object.isFrozen(ics.meetings)).toBe(true);
  });

  it('takes the kind from X-SECMOD-KIND, CATEGORIES or options.kind; a date-time by its written date', () => {
    const text = calendar(
      'UID:a\nDTSTART;VALUE=DATE:20201113\nSUMMARY:SEC Panel\nCATEGORIES:Meetings,Panel',
      'UID:b\nDTSTART;TZID=Europe/London:20201021T100000\nSUMMARY:Change Board\nCATEGORIES:Change Board\nDESCRIPTION:MP090 timeline',
      'UID:c\nDTSTART;VALUE=DATE:20221103\nSUMMARY:November 2022 SEC Release\nX-SECMOD-KIND:release\nURL:https://smartenergycodecompany.co.uk/x',
      'UID:d\nDTSTART;VALUE=DATE:20200911\nSUMMARY:<script>alert(1)</script>',
    );
    expect(parseIcsRecord(text, { kind: 'panel' })).toEqual({
      meetings: [
        { body: 'panel', date: '2020-11-13', reference: 'SEC Panel' },
        { body: 'change-board', date: '2020-10-21', reference: 'MP090 timeline' },
        { body: 'panel', date: '2020-09-11', reference: '<script>alert(1)</script>' },
      ],
      releases: [
        { date: '2022-11-03', name: 'November 2022 SEC Release', url: 'https://smartenergycodecompany.co.uk/x' },
      ],
    });
  });

  it('refuses every bad event with its number, UID and property; drops nothing', () => {
    expect(
      problems(
        calendar(
          'UID:a\nDTSTART;VALUE=DATE:20270230\nCATEGORIES:panel',
          'UID:b\nDTSTART;VALUE=DATE:20270115',
          'UID:c\nDTSTART;VALUE=DATE:20270115\nX-SECMOD-KIND:meeting',
          'UID:d\nDTSTART;VALUE=DATE:20270115\nCATEGORIES:panel\nRRULE:FREQ=MONTHLY',
          'UID:e\nDTSTART;VALUE=DATE:20270115\nCATEGORIES:release\nX-SECMOD-PROJECTED:TRUE',
          'UID:f\nDTSTART;VALUE=DATE:20270305\nCATEGORIES:release',
          'UID:g\nDTSTART;VALUE=DATE:20270305\nCATEGORIES:release',
        ),
      ),
    ).toEqual([
      'VEVENT 4 (UID "d").RRULE: a repeating event: give each date as its own event',
      'VEVENT 5 (UID "e").X-SECMOD-PROJECTED: a projected date (X-SECMOD-PROJECTED:TRUE) is not a record: leave it out',
      'VEVENT 2 (UID "b").CATEGORIES: no kind: expected one of panel, change-board, release',
      'VEVENT 3 (UID "c").X-SECMOD-KIND: unknown record kind "meeting"; expected one of panel, change-board, release',
      'VEVENT 1 (UID "a").DTSTART: invalid date "2027-02-30": day must be 01-28 in 2027-02',
      'VEVENT 7 (UID "g"): a duplicate of VEVENT 6 (UID "f") (a release on 2027-03-05)',
    ]);
    expect(problems('not a calendar')[0]).toMatch(/^: not iCalendar text/);
    expect(problems('BEGIN:VEVENT\r\nEND:VEVENT\r\n')[0]).toMatch(/no VCALENDAR/);
    expect(() => parseIcsRecord('', { kind: 'meeting' as never })).toThrow(/kind/);
  });

  it("refuses secmod's own projected release calendar: a projection is not a record", () => {
    expect(problems(releasesToIcs(2027)).every((p) => p.includes('X-SECMOD-PROJECTED'))).toBe(true);
  });
});
