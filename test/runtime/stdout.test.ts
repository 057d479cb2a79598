import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Output, type Fd, type StreamLike } from '../../src/runtime/stdout.js';

const errno = (code: string) => Object.assign(new Error(code), { code });

/** A descriptor as a pipe that takes at most `chunk` bytes per write, then fails as `failures` say. */
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
  const s = Object.assign(new EventEmitter(), { text: '', isTTY, columns, rows: isTTY ? 50 : undefined });
  return Object.assign(s, { write: (t: string | Uint8Array) => (s.text += typeof t === 'string' ? t : Buffer.from(t).toString()) });
}

const decode = (bytes: number[]) => Buffer.from(bytes).toString();
const notAPipe: Fd = { direct: () => false, write: () => 0 };

/** An Output, and the errors it emits. */
function output(fd: Fd, s: StreamLike = stream()) {
  let opened = 0;
  const out = new Output(fd, () => (opened++, s));
  const errors: string[] = [];
  out.on('error', (e: NodeJS.ErrnoException) => errors.push(e.code!));
  return { out, errors, opened: () => opened };
}

describe('Output', () => {
  it('writes a pipe directly, every byte, across partial writes, without opening the stream', () => {
    const fd = pipe(3);
    const o = output(fd);
    o.out.write('Türkiye, round 22\n');
    o.out.write('Astana\n');
    expect(decode(fd.bytes)).toBe('Türkiye, round 22\nAstana\n');
    expect([o.out.isTTY, o.out.columns, o.out.rows]).toEqual([false, undefined, undefined]);
    expect([o.opened(), o.errors]).toEqual([0, []]);
  });

  it('reports EPIPE once and writes nothing more', () => {
    const fd = pipe(4, { 1: 'EPIPE' });
    const o = output(fd);
    o.out.write('round 21\n');
    o.out.write('round 22\n');
    expect(decode(fd.bytes)).toBe('roun');
    expect([fd.calls, o.errors]).toEqual([2, ['EPIPE']]);
  });

  it('hands the rest to the stream, in order, when the pipe would block (EAGAIN)', () => {
    const fd = pipe(4, { 1: 'EAGAIN' });
    const s = stream();
    const o = output(fd, s);
    o.out.write('round 21\n');
    o.out.write('round 22\n');
    expect(decode(fd.bytes) + s.text).toBe('round 21\nround 22\n');
    expect([fd.calls, o.errors]).toEqual([2, []]);
  });

  it('reports other failures as errors, as a stream would', () => {
    const o = output(pipe(4, { 0: 'ENOSPC' }));
    o.out.write('round 21\n');
    expect(o.errors).toEqual(['ENOSPC']);
    expect(() => new Output(pipe(4, { 0: 'EIO' }), () => stream()).write('x')).toThrow('EIO');
  });

  it('uses the stream for a terminal, with its size', () => {
    const s = stream(true, 120);
    const o = output(notAPipe, s);
    o.out.write('round 21\n');
    expect(s.text).toBe('round 21\n');
    expect([o.out.isTTY, o.out.columns, o.out.rows]).toEqual([true, 120, 50]);
  });

  it("passes on the stream's errors, and writes nothing more after EPIPE", () => {
    const s = stream();
    const o = output(notAPipe, s);
    o.out.write('round 21\n');
    s.emit('error', errno('EPIPE'));
    o.out.write('round 22\n');
    expect([s.text, o.errors]).toEqual(['round 21\n', ['EPIPE']]);
  });
});
