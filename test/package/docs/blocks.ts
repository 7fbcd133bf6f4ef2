/**
 * The code blocks of README.md and docs/*.md, and the value comments in them that the docs test checks.
 *
 * A value comment follows a statement and starts with a JavaScript literal: `f(); // '2017-10-27'`,
 * `const x = f(); // 15`, or a comment-only line under the statement. Prose may follow the literal
 * (`// false: Summer bank holiday`). Arrays match element by element (`...` as the last element: the
 * array starts with these), objects match the keys they name. `// throws SecmodError invalid-date at
 * ['input']` says the statement throws that error (the path is optional). A comment that does not start
 * with a literal is prose and is not checked.
 */

/** One fenced block. */
export interface Block {
  readonly file: string;
  /** 1-based line of the block's first line of code. */
  readonly line: number;
  /** The fence's info string: `ts`, `sh`, `text`, `mermaid`, or `` for a bare fence. */
  readonly lang: string;
  readonly code: string;
}

/** Every fenced block of a Markdown text. */
export function blocksOf(file: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] as string)) end++;
    if (end === lines.length) throw new Error(`${file}:${i + 1}: a code fence is never closed`);
    blocks.push({ file, line: start + 1, lang: open[1] as string, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return blocks;
}

/** Where the first `//` comment of a line starts, outside strings and template literals; -1 if none. */
export function commentStart(line: string): number {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quote !== undefined) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
    else if (c === '/' && line[i + 1] === '*' && line.trimEnd().endsWith('*/')) return i;
  }
  return -1;
}

/** The text of a comment without its markers. */
function commentText(comment: string): string {
  const t = comment.trim();
  return (t.startsWith('/*') ? t.slice(2, -2) : t.slice(2)).trim();
}

/**
 * The JavaScript literal a comment starts with, as source text with `...` replaced by `__rest__`; or
 * undefined when the comment is prose.
 */
export function leadingLiteral(text: string): string | undefined {
  const t = text.trimStart();
  const simple = /^(?:-?\d[\d_]*(?:\.\d+)?|true|false|null|undefined)(?![\w-])/.exec(t);
  if (simple !== null) return simple[0];
  if (t[0] === "'" || t[0] === '"') {
    const end = stringEnd(t, 0);
    return end === -1 ? undefined : t.slice(0, end + 1);
  }
  if (t[0] === '[' || t[0] === '{') {
    let depth = 0;
    let out = '';
    for (let i = 0; i < t.length; i++) {
      const c = t[i] as string;
      if (c === "'" || c === '"') {
        const end = stringEnd(t, i);
        if (end === -1) return undefined;
        out += t.slice(i, end + 1);
        i = end;
        continue;
      }
      if (t.startsWith('...', i)) {
        out += '__rest__';
        i += 2;
        continue;
      }
      out += c;
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') {
        depth--;
        if (depth === 0) return out;
      }
    }
  }
  return undefined;
}

function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

const THROWS = /^throws (\w+)(?: '?([\w-]+)'?)?(?: at (\[.*\]))?/;
const NOT_AN_EXPRESSION =
  /^(?:import|export|for|if|else|while|do|switch|return|type|interface|function|class|try|catch|finally|throw|\}|\{)\b/;

/** A checked block: the code to run, and how many values it checks. */
export interface Transformed {
  readonly code: string;
  readonly checks: number;
}

/**
 * The block with its value comments turned into checks (`__check` and `__throws` from the docs test's
 * runtime). A value comment on a line that is not a whole statement is an error: it would otherwise be a
 * claim nobody checks.
 */
export function withChecks(block: Block): Transformed {
  const lines = block.code.split('\n');
  const out: string[] = [];
  let checks = 0;
  let statementStarts = true;
  let previous: { index: number; code: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const at = commentStart(line);
    const code = (at === -1 ? line : line.slice(0, at)).trim();
    const comment = at === -1 ? undefined : commentText(line.slice(at));
    const where = `${block.file}:${block.line + i}`;
    const startsHere = statementStarts;
    if (code !== '') statementStarts = /[;{}]$/.test(code) || code.endsWith('*/');
    if (comment === undefined || (leadingLiteral(comment) === undefined && !THROWS.test(comment))) {
      out.push(line);
      if (code !== '') previous = at === -1 && startsHere ? { index: out.length - 1, code } : undefined;
      continue;
    }
    // A comment-only line checks the statement on the line above.
    const target = code === '' ? previous : startsHere ? { index: out.length, code } : undefined;
    if (code !== '') out.push(line);
    if (target === undefined || !target.code.endsWith(';') || NOT_AN_EXPRESSION.test(target.code)) {
      throw new Error(
        `${where}: the value comment "${comment}" does not follow a whole statement the runner can check`,
      );
    }
    previous = undefined;
    const statement = target.code.slice(0, -1);
    const declared = /^(?:const|let|var)\s+(\w+)(?::[^=]+)?\s*=/.exec(statement);
    const thrown = THROWS.exec(comment);
    let check: string;
    if (thrown !== null) {
      if (declared !== null) throw new Error(`${where}: a declaration cannot be expected to throw`);
      const [, name, code = '', path = 'undefined'] = thrown;
      check = `__throws(${JSON.stringify(where)}, () => { ${statement}; }, ${JSON.stringify(name)}, ${JSON.stringify(code)}, ${path});`;
      out[target.index] = check;
    } else {
      const literal = leadingLiteral(comment) as string;
      if (declared !== null) {
        out.splice(target.index + 1, 0, `__check(${JSON.stringify(where)}, () => ${declared[1]}, () => (${literal}));`);
      } else {
        out[target.index] = `__check(${JSON.stringify(where)}, () => (${statement}), () => (${literal}));`;
      }
    }
    checks++;
  }
  return { code: out.join('\n'), checks };
}
