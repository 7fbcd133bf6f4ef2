import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'secmod-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const timetable = {
  proposal: 'MP1',
  path: 'self-governance',
  // A whole Path 3 timetable (the SEC defaults require the Draft Modification Report too).
  milestones: [
    { kind: 'draft-modification-report', approved: '2020-04-17' },
    { kind: 'change-board', approved: '2020-06-24' },
  ],
  extensions: [],
};

describe('the CLI answers every bad input with one line and exit 2, never a stack trace', () => {
  it.each<[string, string]>([
    ['null', 'null'],
    ['"milestones": [null]', JSON.stringify({ ...timetable, milestones: [null] })],
    ['"path": "bogus"', JSON.stringify({ ...timetable, path: 'bogus' })],
    ['"panelMeetings": 5', JSON.stringify({ timetable, options: { panelMeetings: 5 } })],
  ])('secmod validate on a file holding %s', async (name, content) => {
    const r = await cli('validate', file(`${name.replace(/\W+/g, '-')}.json`, content));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).not.toMatch(/\n\s+at /);
    // One line, or (input that cannot be read) a header and one line per problem, each with its path.
    const [head, ...problems] = r.err.split('\n');
    expect(head).toMatch(/^secmod: /);
    for (const line of problems) expect(line).toMatch(/^( {2}[\w.]+: \S|usage: secmod validate )/);
  });
  it('secmod validate names an unknown milestone kind and where it is', async () => {
    const bad = { ...timetable, milestones: [{ kind: 'chnage-board', approved: '2017-10-25' }] };
    const r = await cli('validate', file('unknown-kind.json', JSON.stringify(bad)));
    expect(r.code).toBe(2);
    expect(r.err).toContain('milestones.0.kind: unknown milestone kind "chnage-board" (did you mean "change-board"?)');
  });
  it('secmod holidays 30000000000000 answers at once', async () => {
    const r = await cli('holidays', '30000000000000');
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain('out-of-range');
  });
  it('a UTF-8 byte-order mark is accepted', async () => {
    const r = await cli('validate', file('bom.json', `\uFEFF${JSON.stringify(timetable)}`));
    expect(r.code).toBe(0);
  });
  it('bytes that are not UTF-8 are refused, not read as U+FFFD', async () => {
    const r = await cli('validate', file('latin1.json', new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])));
    expect(r.code).toBe(2);
    expect(r.err).toContain('invalid-utf8');
  });
  it('secmod with no arguments prints its usage to stderr', async () => {
    const r = await cli();
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toContain('usage: secmod <command>');
  });
  it('a register with many problems lists the first 100 and counts the rest', async () => {
    const path = file(
      'big.json',
      JSON.stringify({ proposals: Array.from({ length: 300 }, (_, i) => ({ id: `bogus-${i}` })) }),
    );
    const r = await cli('report', path, '--as-of', '2017-10-06');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(102);
    expect(r.err).toContain('... and 200 more (schema: 300)');
  });
});
