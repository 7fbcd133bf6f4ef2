import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/index.js';
import { renderStatusReport, statusReport } from '../../src/report/index.js';

/**
 * The HTML report of the example register in a real headless Chromium (Debian's `chromium`, driven by
 * playwright-core; run by `npm run test:browser`): it loads from a file with no console error and no
 * request at all beyond the page itself, axe-core finds no serious or critical violation, the first
 * page is kept as a screenshot in browser-artifacts/, and printing gives an A4 PDF of several pages.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = 'browser-artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

type Win = {
  axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> };
};

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe('the HTML status report in Chromium', () => {
  it('loads offline with no error and no request, passes axe, and prints to several A4 pages', async () => {
    const register = parseRegister(
      readFileSync(new URL('../../examples/register-2017-10.json', import.meta.url), 'utf8'),
    );
    const html = renderStatusReport(statusReport(register, { asOf: '2017-10-06' }), { format: 'html' });
    const file = join(mkdtempSync(join(tmpdir(), 'secmod-report-')), 'report-2017-10.html');
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;

    // A4 at 96 dpi: 794 x 1123 CSS pixels.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('requestfailed', (r) => errors.push(`failed request: ${r.url()}`));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });

    expect(await page.title()).toBe('Modification and Release Status Report — 6 October 2017');
    // The seven charts, and a chart of the printed figures beside each that a reconciliation matches.
    expect(await page.locator('svg[role="img"]:not([aria-labelledby$="-printed-t"])').count()).toBe(7);
    expect(await page.getByRole('img', { name: /^Open proposals by stage/ }).count()).toBe(1);

    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as Win).axe;
      return (await axe.run()).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations, 'serious or critical accessibility violations').toEqual([]);

    await page.screenshot({ path: `${ARTIFACTS}/report-2017-10-first-page.png` });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${ARTIFACTS}/report-2017-10.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    expect(pages, 'pages in the printed PDF').toBeGreaterThanOrEqual(2);

    expect(errors, 'console errors and failed requests').toEqual([]);
    // axe was added by the test itself, as a script tag with inline content: nothing was fetched.
    expect(requests, 'requests beyond the page').toEqual([]);
    await page.close();
  });
});
