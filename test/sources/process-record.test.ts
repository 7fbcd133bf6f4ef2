/**
 * The process check (docs/process.md) against the record it cites: every page address on that page, and
 * every address in the records of the process rules it discusses, is a page of
 * test/fixtures/sec-record.json (which holds each with the words it was read for); the rules the record
 * does not confirm stay `unconfirmed`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERAS, PATH_RULES } from '../../src/lifecycle/index.js';
import { SEC_CHANGE_BOARD, SEC_PANEL } from '../../src/meetings/index.js';
import { assumptions, type Citation } from '../../src/sources/index.js';

const fixture = readFileSync(new URL('../fixtures/sec-record.json', import.meta.url), 'utf8');
const record = JSON.parse(fixture) as Readonly<Record<string, unknown>>;
const recordUrls = new Set(
  ['meetings', 'releases', 'otherImplementationDates', 'processFacts'].flatMap((key) =>
    (record[key] as readonly { url: string }[]).map((entry) => entry.url),
  ),
);
const process = readFileSync(new URL('../../docs/process.md', import.meta.url), 'utf8');
const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s)'"]+[^\s)'".,;]/g)].map((m) => m[0]);

describe('docs/process.md and the rules it checks', () => {
  it('cite only pages of the record', () => {
    const cited = urlsIn(process);
    expect(cited.length).toBeGreaterThanOrEqual(14);
    for (const url of cited) expect(recordUrls, url).toContain(url);
  });

  it('the process rules carry the addresses of the pages that confirm them, and only those', () => {
    const citations: Citation[] = [
      ...ERAS.map((v) => v.source),
      ...Object.values(PATH_RULES).map((rule) => rule.source),
      ...assumptions().map((a) => a.source),
      ...[SEC_PANEL, SEC_CHANGE_BOARD].flatMap((c) => c.meetings.map((m) => m.source)),
    ];
    const inRecords = citations.flatMap((c) => (c.records ?? []).flatMap(urlsIn));
    expect(inRecords.length).toBeGreaterThanOrEqual(15);
    for (const url of inRecords) expect(recordUrls, url).toContain(url);
    const sectionDReview = ERAS.at(-1)!.source.records ?? [];
    expect(sectionDReview.join(' ')).toContain('sec-newsletter-august-2018');
  });

  it('what the record does not confirm stays unconfirmed, and the page says so', () => {
    const unconfirmed = assumptions('unconfirmed').map((a) => a.id);
    for (const id of [
      'appeal-window',
      'change-board-vote',
      'dcc-timescales',
      'development-stage',
      'paper-deadline',
      'panel-meeting-projection',
      'change-board-meeting-projection',
    ])
      expect(unconfirmed).toContain(id);
    for (const words of ['appeal window', 'Change Board votes are counted', 'durations', 'Development Stage'])
      expect(process.slice(process.indexOf('## Still unconfirmed'))).toContain(words);
  });
});
