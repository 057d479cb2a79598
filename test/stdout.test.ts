import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { stdoutOf, type Fd, type StreamLike } from '../src/stdout.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

/** fd 1 as a pipe that takes at most `chunk` bytes per write, then fails as `failures` say. */
function pipe(chunk: number, failures: Record<number, string> = {}): Fd & { bytes: number[]; calls: number } {
  const fd = {
    bytes: [] as number[],
    calls: 0,
    direct: () => true,
    write(bytes: Uint8Array, offset: number) {
      const failure = failures[fd.calls++];
      if (failure) throw errno(failure);
      const taken = bytes.subarray(offset, offset + chunk);
      fd.bytes.push(...taken);
      return taken.length;
    },
  };
  return fd;
}

function stream(isTTY = false, columns?: number): StreamLike & EventEmitter & { text: string } {
  const s = Object.assign(new EventEmitter(), { text: '', isTTY, columns });
  return Object.assign(s, { write: (t: string | Uint8Array) => (s.text += typeof t === 'string' ? t : Buffer.from(t).toString()) });
}

const decode = (bytes: number[]) => Buffer.from(bytes).toString();

describe('stdoutOf', () => {
  it('writes a pipe directly, every byte, across partial writes, without opening the stream', () => {
    const fd = pipe(3);
    let opened = 0;
    const out = stdoutOf(fd, () => (opened++, stream()));
    out.write('Türkiye, round 22\n');
    out.write('Astana\n');
    expect(decode(fd.bytes)).toBe('Türkiye, round 22\nAstana\n');
    expect(out.isTTY).toBe(false);
    expect(out.columns).toBeUndefined();
    expect(opened).toBe(0);
  });

  it('drops the rest quietly when the reader goes away (EPIPE)', () => {
    const fd = pipe(4, { 1: 'EPIPE' });
    const out = stdoutOf(fd, () => stream());
    out.write('round 21\n');
    out.write('round 22\n');
    expect(decode(fd.bytes)).toBe('roun');
    expect(fd.calls).toBe(2);
  });

  it('hands the rest to the stream, in order, when the pipe would block (EAGAIN)', () => {
    const fd = pipe(4, { 1: 'EAGAIN' });
    const s = stream();
    const out = stdoutOf(fd, () => s);
    out.write('round 21\n');
    out.write('round 22\n');
    expect(decode(fd.bytes) + s.text).toBe('round 21\nround 22\n');
    expect(fd.calls).toBe(2);
  });

  it('does not swallow other output errors', () => {
    const out = stdoutOf(pipe(4, { 0: 'ENOSPC' }), () => stream());
    expect(() => out.write('round 21\n')).toThrow('ENOSPC');
  });

  it('uses the stream for a terminal, with its width', () => {
    const s = stream(true, 120);
    const out = stdoutOf({ direct: () => false, write: () => 0 }, () => s);
    out.write('round 21\n');
    expect(s.text).toBe('round 21\n');
    expect(out.isTTY).toBe(true);
    expect(out.columns).toBe(120);
  });

  it('stays quiet on a stream whose reader went away, and rethrows anything else', () => {
    const s = stream();
    const out = stdoutOf({ direct: () => false, write: () => 0 }, () => s);
    out.write('round 21\n');
    s.emit('error', errno('EPIPE'));
    out.write('round 22\n');
    expect(s.text).toBe('round 21\n');
    expect(() => s.emit('error', errno('EIO'))).toThrow('EIO');
  });
});
