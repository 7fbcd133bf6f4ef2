/**
 * The `@example` blocks of the doc comments in src/, as blocks the docs runner checks (blocks.ts): each
 * example is one `ts` block whose value comments (`f(); // '2017-10-27'`) state what it gives.
 */
import ts from 'typescript';
import type { Block } from './blocks.js';

/**
 * Every `@example` of the `/** ... *\/` comments of a source file: its lines without the comment's
 * `* ` margin, from the line after the tag to the next tag or the comment's end. `line` is the 1-based
 * line of the example's first line in the file.
 */
export function examplesOf(file: string, source: string): Block[] {
  const lines = source.split('\n');
  const examples: Block[] = [];
  let inDoc = false;
  let example: { line: number; code: string[] } | undefined;
  const close = () => {
    if (example !== undefined) {
      while (example.code.length > 0 && (example.code.at(-1) as string).trim() === '') example.code.pop();
      if (example.code.length > 0)
        examples.push({ file, line: example.line, lang: 'ts', code: example.code.join('\n') });
    }
    example = undefined;
  };
  lines.forEach((raw, i) => {
    if (!inDoc) {
      if (/^\s*\/\*\*/.test(raw) && !/\*\/\s*$/.test(raw)) inDoc = true;
      return;
    }
    const end = /^\s*\*\/\s*$/.test(raw) || /\*\/\s*$/.test(raw);
    const text = raw
      .replace(/\*\/\s*$/, '')
      .replace(/^\s*\* ?/, '')
      .replace(/^\s*$/, '');
    if (/^@\w+/.test(text)) {
      close();
      if (text.startsWith('@example')) {
        example = { line: i + 2, code: [] };
        const rest = text.slice('@example'.length).trim();
        if (rest !== '') example.code.push(rest);
      }
    } else if (example !== undefined && !end) example.code.push(text);
    if (end) {
      close();
      inDoc = false;
    }
  });
  return examples;
}

/** The diagnostics that mean a name is not declared: the example needs something it does not define. */
const UNDECLARED = new Set([2304, 2552, 2503, 2580, 2581, 2582, 2583, 2584, 2591, 2592, 2593, 18004]);

/** The compiler options the docs test type-checks README blocks with: a strict consumer project. */
export const STRICT: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  types: ['node'],
  noEmit: true,
};

/** What a program says about each file: the names it lacks, and its other errors as text. */
export interface Checked {
  readonly undeclared: ReadonlySet<string>;
  readonly errors: readonly string[];
}

/** Type-checks the files (paths to write, and their text) in one program; per file, what it lacks and its errors. */
export function typeCheck(files: ReadonlyMap<string, string>): Map<string, Checked> {
  const host = ts.createCompilerHost(STRICT);
  const read = host.readFile.bind(host);
  host.readFile = (name) => files.get(name) ?? read(name);
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => files.has(name) || exists(name);
  const program = ts.createProgram([...files.keys()], STRICT, host);
  const out = new Map<string, Checked>();
  for (const name of files.keys()) {
    const sf = program.getSourceFile(name) as ts.SourceFile;
    const undeclared = new Set<string>();
    const errors: string[] = [];
    for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
      if (d.category !== ts.DiagnosticCategory.Error) continue;
      if (UNDECLARED.has(d.code) && d.start !== undefined && d.length !== undefined)
        undeclared.add(sf.text.slice(d.start, d.start + d.length));
      else {
        const line = d.start === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line;
        errors.push(`${line}: TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      }
    }
    out.set(name, { undeclared, errors });
  }
  return out;
}

/**
 * The names each entry point of the installed package exports (values and types), in the order given:
 * a name several entries export is taken from the first.
 */
export function exportsOf(probe: string, entries: readonly string[]): Map<string, string> {
  const text = entries.map((e, i) => `import * as e${i} from '${e}';`).join('\n');
  const host = ts.createCompilerHost(STRICT);
  const read = host.readFile.bind(host);
  host.readFile = (name) => (name === probe ? text : read(name));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === probe || exists(name);
  const program = ts.createProgram([probe], STRICT, host);
  const checker = program.getTypeChecker();
  const names = new Map<string, string>();
  for (const statement of (program.getSourceFile(probe) as ts.SourceFile).statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    const entry = (statement.moduleSpecifier as ts.StringLiteral).text;
    const module = checker.getSymbolAtLocation(statement.moduleSpecifier);
    if (module === undefined) throw new Error(`${entry} does not resolve from ${probe}`);
    for (const symbol of checker.getExportsOfModule(module)) if (!names.has(symbol.name)) names.set(symbol.name, entry);
  }
  return names;
}

/** The import lines that bring `names` into scope from the entries that export them. */
export function importsFor(names: Iterable<string>, exported: ReadonlyMap<string, string>): string {
  const byEntry = new Map<string, string[]>();
  for (const name of names) {
    const entry = exported.get(name) as string;
    byEntry.set(entry, [...(byEntry.get(entry) ?? []), name]);
  }
  return [...byEntry].map(([entry, list]) => `import { ${list.sort().join(', ')} } from '${entry}';`).join('\n');
}
