import { describe, expect, it } from 'vitest';
import { fdIo, type Sink } from '../../src/cli/write.js';

/** A sink recording what reaches each descriptor and each stream; `fail` makes writeSync throw. */
function recorder(fail?: (fd: number, call: number) => NodeJS.ErrnoException | undefined, partial = false) {
  const written: Record<number, number[]> = { 1: [], 2: [] };
  const text = (fd: 1 | 2): string => Buffer.from(written[fd] ?? []).toString('utf8');
  const streams: Record<number, string> = { 1: '', 2: '' };
  const order: string[] = [];
  let calls = 0;
  let gone = false;
  const sink: Sink = {
    writeSync(fd, bytes) {
      const error = fail?.(fd, calls++);
      if (error !== undefined) throw error;
      // A partial write takes at most 5 bytes, as a full pipe may.
      const taken = partial ? bytes.subarray(0, 5) : bytes;
      written[fd]?.push(...taken);
      order.push(`fd${fd}`);
      return taken.length;
    },
    stream: (fd) => ({
      write(chunk) {
        streams[fd] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        order.push(`stream${fd}`);
      },
    }),
    readerGone: () => {
      gone = true;
      throw new Error('reader gone');
    },
  };
  return { sink, text, streams, order, isGone: () => gone };
}

const errno = (code: string): NodeJS.ErrnoException => Object.assign(new Error(code), { code });

describe('fdIo', () => {
  it('writes stdout lines at flush, and before any stderr line, in the order given', () => {
    const r = recorder();
    const io = fdIo(r.sink);
    io.out('one');
    io.out('two');
    expect(r.text(1)).toBe('');
    io.err('oops');
    io.out('three');
    io.flush();
    expect([r.text(1), r.text(2)]).toEqual(['one\ntwo\nthree\n', 'oops\n']);
    expect(r.order).toEqual(['fd1', 'fd2', 'fd1']);
  });

  it('writes once the gathered output reaches 64 K characters, not only at the end', () => {
    const r = recorder();
    const io = fdIo(r.sink);
    const line = 'x'.repeat(1023);
    for (let i = 0; i < 64; i++) io.out(line);
    expect(r.text(1).length).toBe(64 * 1024);
    io.flush();
    io.flush();
    expect(r.order).toEqual(['fd1']);
  });

  it('keeps every byte of text beyond ASCII through partial writes', () => {
    const r = recorder(undefined, true);
    const io = fdIo(r.sink);
    io.out('New Year’s Day — 2026-01-01');
    io.flush();
    expect(r.text(1)).toBe('New Year’s Day — 2026-01-01\n');
  });

  it('gives the rest to the stream when the descriptor is non-blocking and full (EAGAIN), and keeps to it', () => {
    const r = recorder((fd, call) => (fd === 1 && call >= 1 ? errno('EAGAIN') : undefined), true);
    const io = fdIo(r.sink);
    io.out('abcdefghij');
    io.flush();
    io.out('more');
    io.flush();
    expect(r.text(1)).toBe('abcde');
    expect(r.streams[1]).toBe('fghij\nmore\n');
  });

  it('stops quietly when the reader has gone (EPIPE)', () => {
    const r = recorder(() => errno('EPIPE'));
    const io = fdIo(r.sink);
    io.out('line');
    expect(() => io.flush()).toThrow('reader gone');
    expect(r.isGone()).toBe(true);
  });

  it('throws any other write error as it is', () => {
    const r = recorder(() => errno('EIO'));
    const io = fdIo(r.sink);
    expect(() => io.err('line')).toThrow('EIO');
    expect(r.isGone()).toBe(false);
  });
});
