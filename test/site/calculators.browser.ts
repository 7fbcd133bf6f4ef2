import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ICAL from 'ical.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * The calculators in a real headless Chromium (Debian's `chromium`, driven by playwright-core): each
 * page answers, has no console error and no accessibility violation (axe-core), and leaves a
 * screenshot in browser-artifacts/.
 */
const base = inject('siteUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ARTIFACTS = 'browser-artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

/** The few browser globals the checks read (the project compiles without the DOM library). */
type Win = {
  axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
  document: { activeElement: { id: string } | null; documentElement: { scrollWidth: number } };
  innerWidth: number;
};

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({
    // Set by npm run test:browser, which finds the system's Chromium.
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
});
afterAll(async () => {
  await browser?.close();
});

/** A page with every console error and uncaught exception collected. */
async function open(path: string, width = 1024): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, base).href);
  return { page, errors };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as Win).axe;
    return (await axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

async function finish(page: Page, errors: string[], name: string): Promise<void> {
  expect(await axeViolations(page), `${name}: accessibility`).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
  expect(errors, `${name}: console errors`).toEqual([]);
  await page.close();
}

describe('the calculators in Chromium', () => {
  it('standstill: 5 October 2017 ends on 8 January 2018, with the skipped days and the clauses', async () => {
    const { page, errors } = await open('standstill.html');
    await page.getByLabel('Date the Commission received the notification').fill('2017-10-05');
    await page.getByRole('button', { name: 'Calculate' }).click();
    const tris = page.getByRole('article', { name: 'tris convention' });
    await expect.poll(() => tris.locator('.answer').textContent()).toBe('Ends on 8 January 2018');
    expect(await tris.getByRole('list', { name: 'Skipped days' }).locator('li').allTextContents()).toEqual([
      '6 January 2018: saturday',
      '7 January 2018: sunday',
    ]);
    expect(await tris.textContent()).toContain('Directive (EU) 2015/1535, Art. 6(1)');
    const strict = page.getByRole('article', { name: 'regulation-1182-71 convention' });
    expect(await strict.locator('.answer').textContent()).toBe('Ends on 5 January 2018');
    await finish(page, errors, 'standstill');
  });

  it('standstill by keyboard alone, and readable at 360 px wide', async () => {
    const { page, errors } = await open('standstill.html', 360);
    await page.keyboard.press('Tab');
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'opinion'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (globalThis as unknown as Win).document.activeElement?.id ?? '');
    }
    expect(focused).toBe('opinion');
    await page.keyboard.press('Space');
    const tris = page.getByRole('article', { name: 'tris convention' });
    await expect.poll(() => tris.locator('.answer').textContent()).toBe('Ends on 6 April 2018');
    const overflow = await page.evaluate(() => {
      const w = globalThis as unknown as Win;
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await finish(page, errors, 'standstill-360px');
  });

  it('standstill for France loads date-holidays only when chosen', async () => {
    const { page, errors } = await open('standstill.html');
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.getByLabel('Notifying state').selectOption('F');
    const tris = page.getByRole('article', { name: 'tris convention' });
    await expect.poll(() => tris.locator('.answer').textContent()).toBe('Ends on 8 January 2018');
    expect(loaded.some((u) => /date-holidays|holidays/i.test(u))).toBe(true);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('timetable: the example with three mistakes shows three issues, their paths highlighted, and the Gantt chart', async () => {
    const { page, errors } = await open('timetable.html');
    await page.getByRole('button', { name: 'Load example: three mistakes' }).click();
    const issues = page.getByRole('list', { name: 'Issues' }).locator('li');
    await expect.poll(() => issues.count()).toBe(3);
    const text = (await issues.allTextContents()).join('\n');
    for (const code of ['panel-date-not-meeting', 'consultation-too-short', 'implementation-not-on-release'])
      expect(text).toContain(code);
    expect(await page.locator('table mark').allTextContents()).toEqual(['2019-02-15', '2019-03-07', '2019-11-07']);
    await expect.poll(() => page.locator('#chart svg').count()).toBe(1);
    await finish(page, errors, 'timetable');
  });

  it('releases: a year, their sources, and an .ics download that parses', async () => {
    const { page, errors } = await open('releases.html');
    await page.getByLabel('Year').fill('2019');
    await page.getByRole('button', { name: 'Show releases' }).click();
    const rows = page.getByRole('table', { name: 'SEC releases in 2019' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.first().textContent()).toContain('28 February 2019');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download .ics' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sec-releases-2019.ics');
    const file = await download.path();
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => String(v.getFirstPropertyValue('dtstart')));
    expect(events).toEqual(['2019-02-28', '2019-06-27', '2019-11-29']);
    await finish(page, errors, 'releases');
  });

  it('lifecycle: the diagram drawn, and SECMP0004 replayed step by step to its rejection', async () => {
    const { page, errors } = await open('lifecycle.html');
    await expect.poll(() => page.locator('#diagram svg').count()).toBe(1);
    await page.getByRole('button', { name: 'Step' }).click();
    await expect.poll(() => page.locator('#result').textContent()).toContain('1 of 6 events applied');
    await page.getByRole('button', { name: 'Replay all' }).click();
    await expect
      .poll(() => page.locator('#result .answer').textContent())
      .toContain('SECMP0004: rejected since 29 September 2017');
    await finish(page, errors, 'lifecycle');
  });

  it('the home page links every calculator and the API reference', async () => {
    const { page, errors } = await open('index.html');
    const links = await page
      .getByRole('main')
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    expect(links).toHaveLength(5);
    for (const href of links) expect((await page.request.get(href)).status(), href).toBe(200);
    await finish(page, errors, 'index');
  });
});
