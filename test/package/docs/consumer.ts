import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));

/** What the consumer project installs beside secmod: its dependencies, and what the docs use with it. */
const BESIDE = ['zod', 'ts-pattern', 'date-holidays', 'ical.js', 'date-fns', 'vitest', '@types/node'];

/**
 * A project that installed secmod as a user would: the tarball `npm pack` makes (so only the files the
 * package ships), unpacked into `node_modules/secmod`, with its `bin` linked into `node_modules/.bin`.
 * Its dependencies, and the packages the docs use beside it, are linked from this repository's
 * `node_modules`, so no network is needed. `npm test` builds `dist/` before this runs.
 */
export function installedConsumer(): { dir: string; bin: string } {
  const dir = mkdtempSync(join(tmpdir(), 'secmod-consumer-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }),
  ) as { filename: string }[];
  const into = join(dir, 'node_modules', 'secmod');
  mkdirSync(into, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(dir, (packed[0] as { filename: string }).filename),
    '-C',
    into,
    '--strip-components=1',
  ]);
  for (const name of BESIDE) {
    const at = join(dir, 'node_modules', name);
    mkdirSync(join(at, '..'), { recursive: true });
    symlinkSync(realpathSync(join(root, 'node_modules', name)), at, 'dir');
  }
  const manifest = JSON.parse(readFileSync(join(into, 'package.json'), 'utf8')) as {
    bin: Record<string, string>;
  };
  mkdirSync(join(dir, 'node_modules', '.bin'));
  const bin = join(dir, 'node_modules', '.bin', 'secmod');
  const target = join(into, manifest.bin['secmod'] as string);
  chmodSync(target, 0o755);
  symlinkSync(target, bin);
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { secmod: '*' } }, null, 2),
  );
  return { dir, bin };
}
