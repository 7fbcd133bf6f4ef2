/**
 * `secmod report --pdf`: the HTML report printed to PDF by a Chromium found on this machine (the
 * library stays pure and secmod has no browser dependency): `CHROMIUM_PATH`, or `chromium`,
 * `chromium-browser`, `google-chrome` or `google-chrome-stable` on PATH.
 * @internal
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './args.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** What to do when no browser is found, said once. */
export const NO_CHROMIUM =
  '--pdf prints through Chromium or Chrome, and none was found: install it (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere Chromium or Google Chrome) or set CHROMIUM_PATH to its binary; or write the page with --format html and print it from any browser';

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** The browser to print with: `CHROMIUM_PATH` when set (it must be there), else the first of {@link NAMES} on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env['CHROMIUM_PATH'];
  if (given !== undefined && given !== '') return executable(given) ? given : undefined;
  const dirs = (env['PATH'] ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of NAMES)
    for (const dir of dirs) {
      const path = join(dir, name);
      if (executable(path)) return path;
    }
  return undefined;
}

/**
 * Prints `html` to the PDF file `out` with headless Chromium (A4, from the page's own `@page` CSS),
 * through a temporary file that is removed after. Throws a UsageError (exit 2) saying what to install
 * when no browser is found, or what the browser said when it printed nothing.
 */
export function printPdf(html: string, out: string, env: NodeJS.ProcessEnv = process.env): void {
  const chromium = findChromium(env);
  if (chromium === undefined)
    throw new UsageError(
      env['CHROMIUM_PATH']
        ? `CHROMIUM_PATH=${env['CHROMIUM_PATH']} is not an executable file. ${NO_CHROMIUM}`
        : NO_CHROMIUM,
    );
  const dir = mkdtempSync(join(tmpdir(), 'secmod-pdf-'));
  const target = resolve(out);
  try {
    const page = join(dir, 'report.html');
    writeFileSync(page, html);
    rmSync(target, { force: true });
    const args = [
      '--headless',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${target}`,
      pathToFileURL(page).href,
    ];
    // Chromium refuses to start its sandbox as root (containers, CI).
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    const run = spawnSync(chromium, args, { encoding: 'utf8', timeout: 120_000 });
    let size = 0;
    try {
      size = statSync(target).size;
    } catch {
      size = 0;
    }
    if (run.error !== undefined || size === 0) {
      const said = (run.error?.message ?? run.stderr ?? '').trim().split('\n').slice(-3).join(' ');
      throw new UsageError(`${chromium} printed no PDF to ${target}${said === '' ? '' : `: ${said}`}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
