import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withChecks, type Block } from './docs/blocks.js';
import { installedConsumer, root } from './docs/consumer.js';
import { examplesOf, exportsOf, importsFor, typeCheck, type Checked } from './docs/examples.js';

/**
 * Examples that run, as doctests do: every `@example` of the doc comments in src/ that stands alone (it
 * names nothing but what the package exports) is type-checked in a strict project against the installed
 * package and run there, with the values its comments state checked the way the docs test checks README
 * (docs/blocks.ts). An example that needs more (a `timetable` of the reader's own, `expect`) is skipped
 * and listed; the number skipped may not grow past {@link MAX_SKIPPED}.
 */
const MAX_SKIPPED = 25;
/** The entry points whose exports an example may use, the root first; the setup entry only registers matchers. */
const ENTRIES = ['secmod', 'secmod/date-holidays', 'secmod/ical', 'secmod/vitest'];

const run = promisify(execFile);
const sourceFiles = (dir: string): string[] =>
  readdirSync(join(root, dir)).flatMap((f) => {
    const path = `${dir}/${f}`;
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
// src/internal/ is never exported: its examples document helpers no user can import, and its own tests
// (test/internal/) run them.
const examples = sourceFiles('src')
  .filter((file) => !file.startsWith('src/internal/'))
  .flatMap((file) => examplesOf(file, readFileSync(join(root, file), 'utf8')));

/** Two examples the runner must judge as a reader would: one whose comment states a wrong value, one that is not whole. */
const SELF_TEST = [
  ...examplesOf(
    'self-test/wrong.ts',
    `/**\n * @example\n * addWorkingDays('2017-10-06', 15, englandAndWales); // '2017-10-28'\n */`,
  ),
  ...examplesOf('self-test/partial.ts', `/**\n * @example\n * validateTimetable(proposed).length; // 0\n */`),
];

const name = (b: Block) => `${b.file}:${b.line}`;
const fileOf = (b: Block) => `${b.file.replace(/\W/g, '-')}-${b.line}`;

/** An example's verdict: it runs (with the imports it needs), or it is skipped for the names it lacks. */
type Verdict =
  | { readonly block: Block; readonly runs: true; readonly imports: string; readonly errors: readonly string[] }
  | { readonly block: Block; readonly runs: false; readonly lacks: readonly string[] };

let consumer: { dir: string; bin: string };
let verdicts: Map<Block, Verdict>;

beforeAll(() => {
  consumer = installedConsumer();
  copyFileSync(join(root, 'test/package/docs/runtime.mjs'), join(consumer.dir, 'runtime.mjs'));
  mkdirSync(join(consumer.dir, 'examples'));
  const all = [...examples, ...SELF_TEST];
  const path = (b: Block, stage: string) => join(consumer.dir, 'examples', `${fileOf(b)}.${stage}.ts`);
  const exported = exportsOf(join(consumer.dir, 'examples', 'probe.ts'), ENTRIES);
  // First as written, for the names each example lacks; then with the package's exports among them in scope.
  const bare = typeCheck(new Map(all.map((b) => [path(b, 'bare'), `${b.code}\nexport {};\n`])));
  const needs = new Map(all.map((b) => [b, [...(bare.get(path(b, 'bare')) as Checked).undeclared]]));
  const standalone = all.filter((b) => (needs.get(b) as string[]).every((n) => exported.has(n)));
  const imports = new Map(standalone.map((b) => [b, importsFor(needs.get(b) as string[], exported)]));
  const scoped = typeCheck(
    new Map(standalone.map((b) => [path(b, 'scoped'), `${imports.get(b) as string}\n${b.code}\nexport {};\n`])),
  );
  verdicts = new Map(
    all.map((b): [Block, Verdict] => {
      const checked = scoped.get(path(b, 'scoped'));
      if (checked === undefined)
        return [b, { block: b, runs: false, lacks: (needs.get(b) as string[]).filter((n) => !exported.has(n)) }];
      // The import lines come first: an error's line is the example's line.
      const offset = (imports.get(b) as string).split('\n').filter((l) => l !== '').length;
      const errors = [...checked.errors, ...[...checked.undeclared].map((n) => `0: cannot find ${n}`)].map((e) =>
        e.replace(/^(\d+):/, (_, l: string) => `${b.file}:${b.line + Number(l) - offset}:`),
      );
      return [b, { block: b, runs: true, imports: imports.get(b) as string, errors }];
    }),
  );
}, 180_000);
afterAll(() => {
  if (consumer !== undefined) rmSync(consumer.dir, { recursive: true, force: true });
});

/** Runs a standalone example in the installed project: the failures of its value comments, and how many held. */
async function runExample(
  v: Verdict & { runs: true },
): Promise<{ failures: string[]; stderr: string; stdout: string }> {
  // The runtime is imported for its effect too: it counts the checks even when an example has none.
  const checked = `import '../runtime.mjs';\nimport { __check, __throws, __rest__ } from '../runtime.mjs';\n${v.imports}\n${withChecks(v.block).code}\nexport {};\n`;
  const js = transformSync(checked, { loader: 'ts', format: 'esm', target: 'node20' }).code;
  const file = join(consumer.dir, 'examples', `${fileOf(v.block)}.mjs`);
  writeFileSync(file, js);
  const { stdout, stderr } = await run(process.execPath, [file], {
    cwd: consumer.dir,
    env: { ...process.env, TZ: 'Pacific/Kiritimati' },
  }).catch((e: { stdout: string; stderr: string }) => e);
  const failures = stderr
    .split('\n')
    .filter((l) => l.startsWith('{"where"'))
    .map((l) => JSON.parse(l) as { where: string; message: string })
    .map((f) => `${f.where}: ${f.message}`);
  return { failures, stderr: stderr.replace(/^\{"where".*$/gm, '').trim(), stdout };
}

const verdict = (b: Block) => verdicts.get(b) as Verdict;

describe('the @example blocks of src/ that stand alone run against the installed package', () => {
  it('are found, and those skipped are listed, no more of them than allowed', () => {
    expect(examples.length).toBeGreaterThanOrEqual(60);
    const skipped = examples.map(verdict).filter((v): v is Verdict & { runs: false } => !v.runs);
    const ran = examples.length - skipped.length;
    console.info(
      `@example blocks: ${examples.length}; run: ${ran}; skipped (they name what the package does not export): ${skipped.length}\n` +
        skipped.map((v) => `  ${name(v.block)}: ${v.lacks.join(', ')}`).join('\n'),
    );
    expect(skipped.length, 'more examples skipped than before: make the new one stand alone').toBeLessThanOrEqual(
      MAX_SKIPPED,
    );
    expect(ran).toBeGreaterThanOrEqual(examples.length - MAX_SKIPPED);
  });

  it.each(examples.map((b) => [name(b), b] as const))(
    '%s type-checks, runs, and the values its comments state hold',
    async (_, b) => {
      const v = verdict(b);
      if (!v.runs) return;
      expect(v.errors, 'the example does not type-check in a strict project').toEqual([]);
      const { failures, stderr, stdout } = await runExample(v);
      expect(failures).toEqual([]);
      expect(stderr, 'the example threw or wrote to stderr').toBe('');
      expect(stdout.trim().split('\n').at(-1)).toBe(`__checks__ ${withChecks(b).checks} 0`);
    },
  );
});

describe('the examples runner', () => {
  it('fails an example whose comment states a wrong value', async () => {
    const v = verdict(SELF_TEST[0] as Block);
    expect(v.runs).toBe(true);
    if (!v.runs) return;
    expect(v.imports).toBe(`import { addWorkingDays, englandAndWales } from 'secmod';`);
    expect(v.errors).toEqual([]);
    const { failures, stdout } = await runExample(v);
    expect(failures).toEqual(["self-test/wrong.ts:3: the comment says '2017-10-28', the code gives '2017-10-27'"]);
    expect(stdout).toContain('__checks__ 0 1');
  });

  it('skips an example that names what the package does not export, saying what', () => {
    expect(verdict(SELF_TEST[1] as Block)).toMatchObject({ runs: false, lacks: ['proposed'] });
  });

  it('reads an example from a doc comment: its lines without the margin, up to the next tag', () => {
    const source = [
      '/**',
      ' * Adds.',
      ' *',
      ' * @example',
      " * const a = addWorkingDays('2017-10-06', 1, englandAndWales);",
      ' * if (a) {',
      ' *   a; // 1',
      ' * }',
      ' *',
      ' * @see somewhere',
      ' */',
      '/** @example one(); */',
    ].join('\n');
    expect(examplesOf('x.ts', source)).toEqual([
      {
        file: 'x.ts',
        line: 5,
        lang: 'ts',
        code: "const a = addWorkingDays('2017-10-06', 1, englandAndWales);\nif (a) {\n  a; // 1\n}",
      },
    ]);
  });
});
