/**
 * The CLI's output: lines written to file descriptors 1 and 2 with `fs.writeSync`, not through
 * `process.stdout` and `process.stderr`. A process's first use of those streams loads Node's stream
 * modules, about a tenth of the start-up of `secmod standstill 2017-10-05`, which prints a dozen lines.
 * @internal
 */
import type { Io } from './command.js';
import { fs } from './node.js';

type WriteSync = (fd: number, bytes: Uint8Array) => number;

/** What a writer needs of Node: `fs.writeSync`, the stream to fall back on, and how to stop early. */
export interface Sink {
  readonly writeSync: WriteSync;
  /** The stream for `fd`, for output the descriptor refuses to take synchronously (`EAGAIN`). */
  readonly stream: (fd: 1 | 2) => { write(chunk: string | Uint8Array): unknown };
  /** Stops the process quietly: the reader has gone (`EPIPE`, as in `secmod holidays 2026 | head -3`). */
  readonly readerGone: () => never;
}

/** Node's own sink: `fs.writeSync` on the descriptors, `process.stdout`/`stderr` only if they must. */
export function nodeSink(): Sink {
  const readerGone = (): never => process.exit(process.exitCode ?? 0);
  const watched = new Set<NodeJS.WriteStream>();
  return {
    writeSync: (fd, bytes) => fs.writeSync(fd, bytes),
    stream(fd) {
      const stream = fd === 1 ? process.stdout : process.stderr;
      if (!watched.has(stream)) {
        watched.add(stream);
        stream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code === 'EPIPE') readerGone();
          throw error;
        });
      }
      return stream;
    },
    readerGone,
  };
}

/** Output is gathered up to this many characters before it is written. */
const BUFFER = 1 << 16;

/**
 * An {@link Io} writing lines to descriptors 1 and 2 in the order they were given: stdout is gathered (up
 * to 64 K characters) and written before any line on stderr, and by `flush()` at the end. A descriptor
 * that is non-blocking and full (`EAGAIN`) gets the rest of its output through its Node stream, which
 * waits for it; a closed reader (`EPIPE`) ends the process quietly.
 */
export function fdIo(sink: Sink = nodeSink()): Io & { flush(): void } {
  const viaStream = { 1: false, 2: false };
  let pending = '';
  const write = (fd: 1 | 2, text: string): void => {
    if (text.length === 0) return;
    if (viaStream[fd]) {
      sink.stream(fd).write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let at = 0;
    while (at < bytes.length) {
      try {
        at += sink.writeSync(fd, bytes.subarray(at));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') sink.readerGone();
        if (code !== 'EAGAIN') throw error;
        viaStream[fd] = true;
        sink.stream(fd).write(bytes.subarray(at));
        return;
      }
    }
  };
  const flush = (): void => {
    const text = pending;
    pending = '';
    write(1, text);
  };
  return {
    out(line) {
      pending += `${line}\n`;
      if (pending.length >= BUFFER) flush();
    },
    err(line) {
      flush();
      write(2, `${line}\n`);
    },
    flush,
  };
}
