/**
 * The built `secmod` command as a user runs it: the date questions' own entry points (dist/cli/direct)
 * answer every argument list as `run` does, and a reader that stops early ends it quietly.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The built command's stdout, stderr and exit code. */
function bin(args: readonly string[]): { out: string; err: string; code: number | null } {
  const r = spawnSync(process.execPath, ['dist/cli/bin.js', ...args], { cwd: root, encoding: 'utf8' });
  return { out: r.stdout, err: r.stderr, code: r.status };
}

/** What `run` prints for the same arguments, as the command would. */
async function inProcess(args: readonly string[]): Promise<{ out: string; err: string; code: number | null }> {
  let out = '';
  let err = '';
  const code = await run(args, { out: (l) => (out += `${l}\n`), err: (l) => (err += `${l}\n`) });
  return { out, err, code };
}

describe('the built secmod command', () => {
  it.each([
    ['standstill', '2017-10-05'],
    ['--json', 'standstill', '2017-10-05'],
    ['standstill', '2017-10-05', '--detailed-opinion', '--convention', 'tris'],
    ['standstill', '2017-10-05', '--state', 'D', '--json'],
    ['standstill', '2017-02-30'],
    ['standstill'],
    ['standstill', '2017-10-05', '--unknown'],
    ['standstill', '--help'],
    ['standstill', '--batch', 'test/fixtures/no-such-file.csv'],
    ['standstill', '--batch', 'examples/notifications.csv', '--json'],
    ['working-days', 'add', '2017-10-06', '15'],
    ['working-days', 'is', '2017-12-25', '--json'],
    ['working-days', 'between', '2017-10-01', '2017-12-31', '--calendar', 'scotland'],
    ['working-days', 'add', '2017-10-06', 'x'],
    ['working-days', 'next', '9999-12-31'],
    ['holidays', '2026'],
    ['holidays', '2026', '--calendar', 'northern-ireland', '--json'],
    ['holidays', '2026', '--state', 'FR'],
    ['holidays', '1970'],
    ['holidays', 'twenty'],
  ])('secmod %s … answers as run() does', async (...args) => {
    expect(bin(args)).toEqual(await inProcess(args));
  });

  it('stops quietly, exit 0 and nothing on stderr, when its reader stops early', () => {
    // More than a pipe holds (64 KiB), so the command is still writing when `head` has gone.
    const r = spawnSync(
      'bash',
      [
        '-c',
        'set -o pipefail; node dist/cli/bin.js report examples/register-2017-10.json --as-of 2017-10-06 --format html | head -c 100 > /dev/null',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
