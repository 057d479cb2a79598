import { fstatSync, writeSync } from 'node:fs';

/** What the tool needs of its standard output. */
export interface Stdout {
  write(text: string): void;
  readonly isTTY: boolean;
  /** The terminal's width and height; undefined when not a terminal. */
  readonly columns?: number;
  readonly rows?: number;
}

/** The parts of a Node writable stream that `stdoutOf` uses, so tests can pass a stand-in. */
export interface StreamLike {
  write(text: string | Uint8Array): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

export interface Fd {
  /** How fd 1 is connected: a pipe, socket or file is written directly; anything else by stream. */
  direct(): boolean;
  write(bytes: Uint8Array, offset: number): number;
}

/**
 * Standard output. Node's process.stdout loads the net module for a pipe (the tty module for a
 * terminal), a few milliseconds of every start, so pipes, sockets and files are written straight
 * to fd 1, synchronously, as process.stdout itself does for them on Linux. A terminal, or
 * anything else, gets the stream. When the reader goes away (EPIPE, as under `| head`), the rest
 * of the output is dropped quietly. A pipe someone left non-blocking (EAGAIN) hands the rest to
 * the stream, which waits for the reader.
 */
export function stdoutOf(fd: Fd, stream: () => StreamLike): Stdout {
  let closed = false;
  let opened: StreamLike | undefined;
  const open = (): StreamLike => {
    if (opened) return opened;
    opened = stream();
    opened.on('error', (error) => {
      if (error.code !== 'EPIPE') throw error;
      closed = true;
    });
    return opened;
  };
  let direct = fd.direct();
  const write = (text: string): void => {
    if (closed || text === '') return;
    if (!direct) return void open().write(text);
    const bytes = Buffer.from(text);
    let done = 0;
    try {
      while (done < bytes.length) done += fd.write(bytes, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') closed = true;
      else if (code === 'EAGAIN') {
        direct = false;
        open().write(bytes.subarray(done));
      } else throw error;
    }
  };
  if (direct) return { write, isTTY: false };
  return {
    write,
    get isTTY() {
      return open().isTTY === true;
    },
    get columns() {
      return open().isTTY === true ? open().columns : undefined;
    },
    get rows() {
      return open().isTTY === true ? open().rows : undefined;
    },
  };
}

/** fd 1 of this process. */
export const processFd: Fd = {
  direct() {
    try {
      const stats = fstatSync(1);
      return stats.isFIFO() || stats.isSocket() || stats.isFile();
    } catch {
      return false;
    }
  },
  write: (bytes, offset) => writeSync(1, bytes, offset),
};
