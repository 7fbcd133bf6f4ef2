/**
 * Earlier builds of secmod for side-by-side benchmarks: a commit's `src/` taken from git and bundled
 * with esbuild into `node_modules/.cache/secmod-bench/<commit>/`, built once and reused. The commits are
 * pinned here, so every run compares against the same code:
 *
 * - 0.1.0: the last commit before the version became 0.2.0;
 * - before-rules: the last commit before the timetable rules became one list (issue "One rule set for
 *   timetables"), for "planTimetable no slower than before".
 *
 * Needs git history (a clone, not the npm tarball); without it the comparison is skipped and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const PINNED = {
  '0.1.0': 'cd063b5',
  'before-rules': '385afff',
} as const;

const root = fileURLToPath(new URL('..', import.meta.url));

/** The module of `entry` (e.g. `src/timetable/index.ts`) as it was at a pinned commit, or why it is not available. */
export async function baseline<T>(name: keyof typeof PINNED, entry: string): Promise<T | string> {
  const commit = PINNED[name];
  const dir = join(root, 'node_modules', '.cache', 'secmod-bench', commit);
  const out = join(dir, entry.replace(/^src\//, '').replace(/\.ts$/, '.mjs'));
  try {
    if (!existsSync(out)) {
      if (!existsSync(join(dir, 'src'))) {
        mkdirSync(dir, { recursive: true });
        const tar = execFileSync('git', ['-C', root, 'archive', '--format=tar', commit, 'src'], {
          maxBuffer: 64 * 1024 * 1024,
        });
        execFileSync('tar', ['-x', '-C', dir], { input: tar });
      }
      await build({
        entryPoints: [join(dir, entry)],
        bundle: true,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        outfile: out,
        logLevel: 'silent',
      });
    }
    return (await import(pathToFileURL(out).href)) as T;
  } catch (error) {
    return `secmod ${name} (${commit}) could not be built from git: ${(error as Error).message.split('\n')[0]}`;
  }
}

/** The median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Times two runs side by side, alternating which goes first, and returns the median milliseconds of
 * each over `rounds` rounds (after a warm-up round), so load on the machine falls on both alike.
 */
export function sideBySide(a: () => void, b: () => void, rounds = 9): { a: number; b: number } {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0 ? a : b;
    const second = first === a ? b : a;
    let start = performance.now();
    first();
    const t1 = performance.now() - start;
    start = performance.now();
    second();
    const t2 = performance.now() - start;
    (first === a ? ta : tb).push(t1);
    (first === a ? tb : ta).push(t2);
  }
  return { a: median(ta), b: median(tb) };
}
