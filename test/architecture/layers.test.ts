import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layering of src/ (.dependency-cruiser.js, run by `npm run lint`): the checker reports a cycle, an
 * upward import, a sideways import and a module outside every layer in a small made-up src/, and
 * nothing in the real one.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  readonly rule: string;
  readonly from: string;
  readonly to: string;
}

/** The violations dependency-cruiser finds in `src/` of a folder, with this project's configuration. */
async function violations(cwd: string): Promise<Violation[]> {
  const args = [bin, 'src', '--config', join(root, '.dependency-cruiser.js'), '--output-type', 'json'];
  let stdout: string;
  try {
    ({ stdout } = await run(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }));
  } catch (e) {
    // It exits with the number of errors it found; the report is on stdout all the same.
    stdout = (e as { stdout: string }).stdout;
  }
  const result = JSON.parse(stdout) as {
    summary: { violations: { rule: { name: string }; from: string; to: string }[] };
  };
  return result.summary.violations
    .map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }))
    .sort((a, b) => `${a.rule} ${a.from}`.localeCompare(`${b.rule} ${b.from}`));
}

const fixture = mkdtempSync(join(tmpdir(), 'secmod-layers-'));
afterAll(() => rmSync(fixture, { recursive: true, force: true }));
function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  }
}

describe('the layering of src/', () => {
  it('is checked: a cycle (in types too), an upward, a sideways and an unlayered import are reported', async () => {
    write({
      'src/sources/citation.ts': 'export interface Citation { readonly document: string }\n',
      // errors/ sits below sources/, even for a type.
      'src/errors/issue.ts': "import type { Citation } from '../sources/citation.js';\nexport type Cited = Citation;\n",
      // common.ts is an entry point: only entry points re-export it.
      'src/common.ts': 'export const shared = 1;\n',
      'src/calendar/days.ts': "import { shared } from '../common.js';\nexport const days = shared;\n",
      // A cycle through a type-only import (reported once).
      'src/releases/check.ts': "import type { Scope } from './scope.js';\nexport const check = (s: Scope) => s;\n",
      'src/releases/scope.ts':
        "import { check } from './check.js';\nexport type Scope = string;\nexport const scope = check('x');\n",
      // lifecycle/ and meetings/ stand side by side.
      'src/meetings/types.ts': 'export type Meeting = string;\n',
      'src/lifecycle/vote.ts': "import type { Meeting } from '../meetings/types.js';\nexport type Vote = Meeting;\n",
      // A folder outside every layer.
      'src/elsewhere/thing.ts': "import type { Cited } from '../errors/issue.js';\nexport type Thing = Cited;\n",
    });
    expect(await violations(fixture)).toEqual([
      { rule: 'in-a-layer', from: 'src/elsewhere/thing.ts', to: 'src/errors/issue.ts' },
      { rule: 'no-circular', from: 'src/releases/check.ts', to: 'src/releases/scope.ts' },
      { rule: 'no-upward-import-from-calendar', from: 'src/calendar/days.ts', to: 'src/common.ts' },
      { rule: 'no-upward-import-from-errors', from: 'src/errors/issue.ts', to: 'src/sources/citation.ts' },
      { rule: 'no-upward-import-from-lifecycle', from: 'src/lifecycle/vote.ts', to: 'src/meetings/types.ts' },
    ]);
  });

  it('holds in src/, whose every folder is in a layer, as docs/architecture.md lists them', async () => {
    const { LAYERS } = (await import(join(root, '.dependency-cruiser.js'))) as { LAYERS: string[][] };
    const folders = readdirSync(join(root, 'src')).filter((f) => statSync(join(root, 'src', f)).isDirectory());
    expect(folders.filter((f) => !LAYERS.flat().includes(f))).toEqual([]);
    // The numbered list under "## Layers": each item's `folder/` names, or "the entry points".
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    const section = doc.slice(doc.indexOf('\n## Layers\n'), doc.indexOf('\n## ', doc.indexOf('\n## Layers\n') + 1));
    const listed = [...section.matchAll(/^\d+\. (.*)$/gm)].map(([, item]) =>
      (item as string).startsWith('the entry points')
        ? ['entry points']
        : [...(item as string).matchAll(/`([\w-]+)\/`/g)].map((m) => m[1] as string),
    );
    expect(listed).toEqual(LAYERS);
    expect(await violations(root)).toEqual([]);
  });
});
