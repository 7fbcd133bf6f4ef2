import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { entries } from '../../tsup.config.js';
import { root } from './docs/consumer.js';

/**
 * Every entry point but the CLI and the date-holidays adapter bundles for a browser: no Node built-in
 * module and no use of Node's global `process` (esbuild's `define` replaces only free references to
 * it, so a property or a string named "process" does not count).
 */
const NODE_ONLY = new Set(['date-holidays/index', 'vitest/setup']);
const browserEntries = Object.keys(entries).filter((e) => !NODE_ONLY.has(e));

describe('runs in browsers', () => {
  it.each(browserEntries)('secmod %s bundles for platform: browser with no Node built-in', async (entry) => {
    const result = await build({
      entryPoints: [`${root}/dist/${entry}.js`],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      define: { process: '__NODE_PROCESS__' },
    });
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => p.startsWith('node:') || ['fs', 'path', 'os', 'util', 'url'].includes(p))).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toContain('__NODE_PROCESS__');
  });

  it('the check would catch a Node import or a process use', async () => {
    const bad = await build({
      stdin: { contents: 'export const x = process.env.X;', loader: 'js' },
      bundle: true,
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      define: { process: '__NODE_PROCESS__' },
    });
    expect(bad.outputFiles[0]?.text).toContain('__NODE_PROCESS__');
    await expect(
      build({
        stdin: { contents: "import 'node:fs';", loader: 'js' },
        bundle: true,
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      }),
    ).rejects.toThrow();
  });

  it('covers every entry point but the CLI and the date-holidays adapter', () => {
    expect(browserEntries).toEqual(
      expect.arrayContaining([
        'index',
        'calendar/index',
        'standstill/index',
        'meetings/index',
        'timetable/index',
        'report/index',
      ]),
    );
  });
});
