import { execFile, execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { transformSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksOf, leadingLiteral, withChecks, type Block } from './docs/blocks.js';
import { installedConsumer, root } from './docs/consumer.js';

/**
 * Docs that run: every code block of README.md and docs/*.md, executed against the package as a
 * project that installed it gets it, with the values their comments state checked (docs/blocks.ts says
 * how a comment states a value).
 */
const run = promisify(execFile);
const DOCS = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
/** Where README's links to the guides point: the files of the latest published package, on a CDN that serves npm packages. */
const DOCS_URL = 'https://cdn.jsdelivr.net/npm/secmod/docs/';
const blocks = DOCS.flatMap((file) => blocksOf(file, readFileSync(join(root, file), 'utf8')));
const name = (b: Block) => `${b.file}:${b.line}`;
const code = blocks.filter((b) => b.lang === 'ts');
const isTestFile = (b: Block) => /from 'vitest'/.test(b.code);
const scripts = code.filter((b) => !isTestFile(b));
const testFiles = code.filter(isTestFile);
const commands = blocks
  .filter((b) => b.lang === 'sh')
  .flatMap((b) =>
    b.code
      .split('\n')
      .flatMap((text, i) => (text.startsWith('npx secmod') ? [{ where: `${b.file}:${b.line + i}`, text }] : [])),
  );
const fileOf = (b: Block) => `${b.file.replace(/\W/g, '-')}-${b.line}`;

/**
 * A `text` block introduced by "`expect(x).matcher(args)` fails with:" is the failure message of that
 * assertion: the test-suite block of the same file asserts it.
 */
function failureChecks(testFile: Block): string {
  const lines = readFileSync(join(root, testFile.file), 'utf8').split('\n');
  return blocks
    .filter((b) => b.file === testFile.file && b.lang === 'text')
    .flatMap((b) => {
      let i = b.line - 3;
      while (i > 0 && (lines[i] as string).trim() === '') i--;
      const m = /`(expect\(.+\)\.\w+\(.*\))` fails with:\s*$/.exec(lines[i] as string);
      if (m === null) return [];
      return [
        `it(${JSON.stringify(`${name(b)}: the failure message`)}, () => { expect(() => ${m[1]}).toThrow(${JSON.stringify(b.code)}); });`,
      ];
    })
    .join('\n');
}

let consumer: { dir: string; bin: string };
beforeAll(() => {
  consumer = installedConsumer();
  copyFileSync(join(root, 'test/package/docs/runtime.mjs'), join(consumer.dir, 'runtime.mjs'));
  mkdirSync(join(consumer.dir, 'typed'));
  for (const b of code) {
    // As written, to type-check; with its value comments as checks, to run.
    writeFileSync(join(consumer.dir, 'typed', `${fileOf(b)}.ts`), `${b.code}\nexport {};\n`);
    const checks = isTestFile(b) ? failureChecks(b) : '';
    const checked = `import { __check, __throws, __rest__ } from './runtime.mjs';\n${withChecks(b).code}\n${checks}\nexport {};\n`;
    const js = transformSync(checked, { loader: 'ts', format: 'esm', target: 'node20' }).code;
    writeFileSync(join(consumer.dir, isTestFile(b) ? `${fileOf(b)}.test.mjs` : `${fileOf(b)}.mjs`), js);
  }
}, 120_000);
afterAll(() => {
  if (consumer !== undefined) rmSync(consumer.dir, { recursive: true, force: true });
});

describe('docs that run', () => {
  it('every block is code that runs (ts, sh), output or a diagram the tests check (text, mermaid), or the tree', () => {
    const unknown = blocks.filter((b) => !['ts', 'sh', 'text', 'mermaid', 'tree'].includes(b.lang)).map(name);
    expect(unknown, 'label each fence: ts, sh, text, mermaid or tree').toEqual([]);
    expect(code.length).toBeGreaterThanOrEqual(10);
    expect(commands.length).toBeGreaterThanOrEqual(15);
  });

  it('the ts blocks type-check in a strict project against the installed package, each on its own', () => {
    writeFileSync(
      join(consumer.dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022'],
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          verbatimModuleSyntax: true,
          skipLibCheck: true,
          types: ['node'],
          noEmit: true,
        },
        include: ['typed'],
      }),
    );
    let out = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', consumer.dir], {
        encoding: 'utf8',
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout);
    }
    // Name the Markdown file and line rather than the temporary file.
    const located = out.replace(/typed\/([\w-]+)-(\d+)\.ts\((\d+),\d+\)/g, (_, f: string, line: string, at: string) => {
      const b = code.find((c) => fileOf(c) === `${f}-${line}`);
      return b === undefined ? _ : `${b.file}:${b.line + Number(at) - 1}`;
    });
    expect(located).toBe('');
  });

  it.each(scripts.map((b) => [name(b), b] as const))(
    '%s runs, and the values its comments state hold',
    async (_, b) => {
      const expected = withChecks(b).checks;
      const { stdout, stderr } = await run(process.execPath, [`${fileOf(b)}.mjs`], {
        cwd: consumer.dir,
        env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      }).catch((e: { stdout: string; stderr: string }) => e);
      const failures = stderr
        .split('\n')
        .filter((l) => l.startsWith('{"where"'))
        .map((l) => JSON.parse(l) as { where: string; message: string })
        .map((f) => `${f.where}: ${f.message}`);
      expect(failures).toEqual([]);
      expect(stderr.replace(/^\{"where".*$/gm, '').trim(), 'the block wrote to stderr').toBe('');
      expect(stdout).toContain(`__checks__ ${expected} 0`);
    },
  );

  it('the test-suite blocks pass under vitest in the installed project, failure messages included', async () => {
    expect(testFiles.length).toBeGreaterThan(0);
    expect(testFiles.map(failureChecks).join('')).toContain('the failure message');
    const { stdout, stderr } = await run(
      process.execPath,
      [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', consumer.dir, '--reporter=dot'],
      { cwd: consumer.dir, env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' } },
    ).catch((e: { stdout: string; stderr: string }) => e);
    expect(`${stdout}${stderr}`).toMatch(new RegExp(`Test Files\\s+\\S*${testFiles.length} passed`));
    expect(`${stdout}${stderr}`).not.toMatch(/failed/);
  });

  it.each(commands.map((c) => [c.where, c] as const))('%s works from a project that installed secmod', async (_, c) => {
    const [line, comment = ''] = c.text.split(/\s+#\s+/);
    const args = (line as string).split(/\s+/).slice(2);
    const exit = /\bexit (\d)\b/.exec(comment);
    const result = await run(consumer.bin, args, { cwd: consumer.dir })
      .then((r) => ({ ...r, code: 0 }))
      .catch((e: { stdout: string; stderr: string; code: number }) => e);
    expect(result.stderr).toBe('');
    expect(result.code, result.stdout).toBe(exit === null ? 0 : Number(exit[1]));
    expect(result.stdout.length).toBeGreaterThan(0);
    // The dates and the figure the comment states are in the output.
    for (const date of comment.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []) expect(result.stdout).toContain(date);
    if (/^\d+$/.test(comment)) expect(result.stdout.trim()).toBe(comment);
  });

  it('the example scripts run from the installed package', async () => {
    const dir = join(consumer.dir, 'node_modules/secmod/examples');
    const mjs = readdirSync(dir).filter((f) => f.endsWith('.mjs'));
    expect(mjs.length).toBeGreaterThan(0);
    for (const f of mjs) {
      const { stdout } = await run(process.execPath, [join(dir, f)], { cwd: consumer.dir });
      expect(stdout.length, f).toBeGreaterThan(0);
    }
  });

  it('the package ships every file package.json lists, examples and CHANGELOG.md included', () => {
    const installed = join(consumer.dir, 'node_modules/secmod');
    for (const f of [
      'examples/register-2017-10.json',
      'examples/notifications.csv',
      'CHANGELOG.md',
      'README.md',
      'LICENSE',
      ...DOCS,
    ])
      expect(existsSync(join(installed, f)), f).toBe(true);
    expect(existsSync(join(installed, 'docs/api')), 'the generated API reference stays out').toBe(false);
  });

  it("README's links to docs/*.md work from the npm page: each opens a guide the package ships", () => {
    const readme = readFileSync(join(consumer.dir, 'node_modules/secmod/README.md'), 'utf8');
    const linked = [...readme.matchAll(/\[`(docs\/[\w-]+\.md)`\]\(([^)]+)\)/g)];
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const [, file, url] of linked) {
      // An absolute address (a relative one has nothing to resolve against on npmjs.com), serving the file
      // as the package publishes it.
      expect(url, file).toBe(`${DOCS_URL}${(file as string).slice('docs/'.length)}`);
      expect(existsSync(join(consumer.dir, 'node_modules/secmod', file as string)), file).toBe(true);
    }
    // Every guide is linked, and no mention of one is left unlinked.
    expect(new Set(linked.map((m) => m[1]))).toEqual(new Set(DOCS.filter((f) => f.startsWith('docs/'))));
    expect(readme.replace(/\[`docs\/[\w-]+\.md`\]\([^)]+\)/g, '')).not.toMatch(/docs\/[\w-]+\.md/);
  });

  it('the tree in docs/architecture.md names every folder of src/ and nothing that is not there', () => {
    const tree = blocks.find((b) => b.lang === 'tree' && b.file === 'docs/architecture.md') as Block;
    const listed: string[] = [];
    const parents: string[] = [];
    for (const line of tree.code.split('\n')) {
      const m = /^( *)([\w.-]+\/)/.exec(line);
      if (m === null) continue;
      const depth = (m[1] as string).length / 2;
      parents.length = depth;
      parents.push(m[2] as string);
      listed.push(parents.join(''));
    }
    for (const folder of listed) expect(existsSync(join(root, folder)), folder).toBe(true);
    const folders = (dir: string): string[] =>
      readdirSync(join(root, dir))
        .filter((f) => statSync(join(root, dir, f)).isDirectory())
        .flatMap((f) => [`${dir}${f}/`, ...folders(`${dir}${f}/`)]);
    expect(folders('src/').filter((f) => !listed.includes(f))).toEqual([]);
  });
});

describe('the docs runner', () => {
  it('reads a literal at the start of a comment, and leaves prose alone', () => {
    expect(leadingLiteral(`'2017-10-27': fifteen Working Days on`)).toBe(`'2017-10-27'`);
    expect(leadingLiteral('false: Summer bank holiday')).toBe('false');
    expect(leadingLiteral(`[{ date: '2018-01-06' }, ...]`)).toBe(`[{ date: '2018-01-06' }, __rest__]`);
    expect(leadingLiteral('a Date at local midnight')).toBeUndefined();
    expect(leadingLiteral('3-month standstill')).toBeUndefined();
  });

  it('fails a block whose comment states a wrong value, or that throws what its comment does not say', async () => {
    const b: Block = {
      file: 'X.md',
      line: 1,
      lang: 'ts',
      code: `const a = 1 + 1; // 2\na + 1; // 4\n[a, a]; // [2, ...]\nJSON.parse('{'); // throws SyntaxError`,
    };
    const t = withChecks(b);
    expect(t.checks).toBe(4);
    const dir = join(consumer.dir, 'runner-check');
    mkdirSync(dir);
    copyFileSync(join(root, 'test/package/docs/runtime.mjs'), join(dir, 'runtime.mjs'));
    writeFileSync(join(dir, 'b.mjs'), `import { __check, __throws, __rest__ } from './runtime.mjs';\n${t.code}\n`);
    const r = await run(process.execPath, ['b.mjs'], { cwd: dir }).catch((e: { stdout: string; stderr: string }) => e);
    expect(r.stderr).toContain('"where":"X.md:2"');
    expect(r.stderr).toContain('the comment says 4, the code gives 3');
    expect(r.stdout).toContain('__checks__ 3 1');
  });

  it('refuses a value comment it cannot check', () => {
    const b: Block = { file: 'X.md', line: 1, lang: 'ts', code: `f(1,\n  2); // 3` };
    expect(() => withChecks(b)).toThrow(/X.md:2: the value comment "3" does not follow a whole statement/);
  });
});
