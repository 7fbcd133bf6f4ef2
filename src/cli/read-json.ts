import { UsageError } from './args.js';
import { fs } from './node.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file (standard input when `stdin`) for a command, without a UTF-8 byte-order mark: bytes that
 * are not UTF-8 or a missing file are a usage error (exit 2, one line), never U+FFFD.
 */
export function readUtf8(file: string, stdin = false): string {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(stdin ? 0 : file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text (invalid-utf8): save it as UTF-8`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Reads a JSON file for a command. A UTF-8 byte-order mark is accepted; bytes that are not UTF-8, a
 * missing file or bad JSON are a usage error (exit 2, one line), never a guess.
 */
export function readJson(file: string): unknown {
  const text = readUtf8(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message.slice(0, 200)}`);
  }
}
