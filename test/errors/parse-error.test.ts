import { describe, expect, it } from 'vitest';
import { ParseError, type ParseIssue } from '../../src/errors/parse-error.js';
import { parseEvents } from '../../src/lifecycle/index.js';

const issue = (path: (string | number)[], message: string): ParseIssue => ({
  code: 'schema',
  severity: 'error',
  message,
  path,
});

describe('ParseError: a message for a person, every problem in issues', () => {
  it('problems with one message share a line that names their paths', () => {
    const issues = Array.from({ length: 40 }, (_, i) => issue([i, 'date'], 'expected a date YYYY-MM-DD'));
    const e = new ParseError('invalid-events', 'events', [issue([], 'not a history'), ...issues]);
    expect(e.message.split('\n')).toEqual([
      'invalid events: 41 problem(s)',
      '- (events): not a history',
      '- 0.date, 1.date, 2.date and 37 more: expected a date YYYY-MM-DD',
    ]);
    expect(e.issues).toHaveLength(41);
    expect(e.path).toEqual(['json']);
  });

  it('cuts long lines and stops near 2,000 characters, counting the rest by code', () => {
    const issues = Array.from({ length: 100 }, (_, i) => issue([i], `problem ${i}: ${'x'.repeat(500)}`));
    const e = new ParseError('invalid-events', 'events', issues, 1000, { schema: 1000 });
    const lines = e.message.split('\n');
    expect(e.message.length).toBeLessThan(2400);
    expect(lines.slice(1, -1).every((l) => l.length === 240 && l.endsWith('…'))).toBe(true);
    const shown = lines.length - 2;
    expect(lines.at(-1)).toBe(`- ... and ${1000 - shown} more (schema: 1000)`);
    expect(e.issues.map((i) => i.message)).toEqual(issues.map((i) => i.message));
  });

  it('a history of junk: a short message whatever its size (found by the fuzz suite with seed 734056581)', () => {
    const junk = Array.from({ length: 29 }, (_, i) => (i % 3 === 0 ? {} : i));
    try {
      parseEvents(junk);
      expect.unreachable();
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      expect(e.total).toBe(29);
      expect(e.message.length).toBeLessThan(1000);
      expect(e.issues[0]?.message).toMatch(/^missing event type; expected one of convert-to-proposal, /);
      expect(e.message.split('\n').slice(1)).toEqual([
        expect.stringMatching(/^- 0\.type, 3\.type, 6\.type and 7 more: missing event type; expected one of /),
        '- 1, 2, 4 and 16 more: expected an event object { type, date, ... }',
      ]);
    }
  });
});
