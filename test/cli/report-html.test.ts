import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { findChromium, NO_CHROMIUM } from '../../src/cli/print-pdf.js';
import { run } from '../../src/cli/run.js';

const example = 'examples/register-2017-10.json';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('secmod report --format html', () => {
  it('writes one self-contained HTML document on stdout', async () => {
    const r = await cli('report', example, '--as-of', '2017-10-06', '--format', 'html');
    expect(r.code).toBe(EXIT.done);
    expect(r.out.startsWith('<!doctype html>')).toBe(true);
    expect(r.out.trimEnd().endsWith('</html>')).toBe(true);
    expect(r.out).not.toMatch(/<script|<link|src=/);
  });
  it('names html among the formats when another is asked', async () => {
    const r = await cli('report', example, '--as-of', '2017-10-06', '--format', 'pdf');
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toContain('markdown, text, json or html');
  });
});

describe('secmod report --pdf', () => {
  it('says what to install when no Chromium is found (exit 2)', async () => {
    vi.stubEnv('CHROMIUM_PATH', '');
    vi.stubEnv('PATH', mkdtempSync(join(tmpdir(), 'secmod-empty-path-')));
    const out = join(mkdtempSync(join(tmpdir(), 'secmod-pdf-')), 'r.pdf');
    const r = await cli('report', example, '--as-of', '2017-10-06', '--pdf', out);
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toContain(NO_CHROMIUM);
    expect(r.err).toContain('sudo apt-get install chromium');
    expect(existsSync(out)).toBe(false);
  });
  it('refuses a CHROMIUM_PATH that is not an executable', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
    const r = await cli('report', example, '--as-of', '2017-10-06', '--pdf', 'x.pdf');
    expect(r.code).toBe(EXIT.badInput);
    expect(r.err).toContain('CHROMIUM_PATH=/nonexistent/chromium is not an executable file');
  });
  it('finds chromium on PATH', () => {
    expect(findChromium({ PATH: '/nonexistent' })).toBeUndefined();
    if (existsSync('/usr/bin/chromium')) expect(findChromium({ PATH: '/usr/bin' })).toBe('/usr/bin/chromium');
  });
  // Spawns the system's Chromium (a few seconds): skipped where there is none.
  it.skipIf(findChromium() === undefined)(
    'prints a PDF of several A4 pages through the Chromium found',
    async () => {
      const out = join(mkdtempSync(join(tmpdir(), 'secmod-pdf-')), 'report.pdf');
      const r = await cli('report', example, '--as-of', '2017-10-06', '--pdf', out);
      expect(r.code, r.err).toBe(EXIT.done);
      expect(r.err).toContain(`wrote the report as PDF to ${out}`);
      const pdf = readFileSync(out, 'latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      // A4: 595 x 842 points.
      expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.?\d* 84[12]\.?\d*\s*\]/);
    },
    120_000,
  );
});
