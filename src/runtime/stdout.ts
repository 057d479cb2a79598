import { EventEmitter } from 'node:events';
import { fstatSync, writeSync } from 'node:fs';

/** The parts of a Node writable stream that an Output uses, so tests can pass a stand-in. */
export interface StreamLike {
  write(text: string | Uint8Array): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  readonly rows?: number;
}

export interface Fd {
  /** How the descriptor is connected: a pipe, socket or file is written directly; anything else by stream. */
  direct(): boolean;
  write(bytes: Uint8Array, offset: number): number;
}

/**
 * Standard output or error, without creating process.stdout or process.stderr before it is
 * needed: Node creates them with the net module for a pipe (the tty module for a terminal), a
 * few milliseconds of every start. Pipes, sockets and files are written straight to the
 * descriptor, synchronously, as the stream itself does for them on Linux; a terminal, or
 * anything else, gets the stream. Failures are emitted as 'error', as a stream's are, for
 * src/runtime/process-handlers.ts to decide what they mean; after EPIPE (the reader went away, as
 * under `| head`) nothing more is written. A pipe someone left non-blocking (EAGAIN) hands the
 * rest to the stream, which waits for the reader.
 */
export class Output extends EventEmitter {
  #direct: boolean | undefined;
  #stream: StreamLike | undefined;
  #closed = false;

  constructor(
    private readonly fd: Fd,
    private readonly open: () => StreamLike,
  ) {
    super();
  }

  write = (text: string | Uint8Array): boolean => {
    if (this.#closed || text.length === 0) return true;
    if (!this.#isDirect()) return this.#opened().write(text) !== false;
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    let done = 0;
    try {
      while (done < bytes.length) done += this.fd.write(bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        this.#direct = false;
        this.#opened().write(Buffer.from(bytes.subarray(done)));
      } else this.#fail(error as NodeJS.ErrnoException);
    }
    return true;
  };

  get isTTY(): boolean {
    return !this.#isDirect() && this.#opened().isTTY === true;
  }

  /** The terminal's width and height; undefined when not a terminal. */
  get columns(): number | undefined {
    return this.isTTY ? this.#opened().columns : undefined;
  }

  get rows(): number | undefined {
    return this.isTTY ? this.#opened().rows : undefined;
  }

  #isDirect(): boolean {
    this.#direct ??= this.fd.direct();
    return this.#direct;
  }

  #opened(): StreamLike {
    if (this.#stream) return this.#stream;
    this.#stream = this.open();
    this.#stream.on('error', (error) => this.#fail(error));
    return this.#stream;
  }

  #fail(error: NodeJS.ErrnoException): void {
    if (error.code === 'EPIPE') this.#closed = true;
    this.emit('error', error);
  }
}

/**
 * A descriptor of this process. A closed one is written to directly, so that the write fails
 * with EBADF and says so (exit 74), where a stream would discard every byte. (Node itself opens
 * /dev/null in place of a standard descriptor the shell closed, `>&-`, before any script runs,
 * exactly as a parent's `stdio: 'ignore'` does: that case cannot be told from a sink.)
 */
export const processFd = (fd: number): Fd => ({
  direct() {
    try {
      const stats = fstatSync(fd);
      return stats.isFIFO() || stats.isSocket() || stats.isFile();
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EBADF';
    }
  },
  write: (bytes, offset) => writeSync(fd, bytes, offset),
});

/**
 * This process's standard output and error, for src/io.ts to write to and bin/ to hand to
 * src/runtime/process-handlers.ts. Errors are rare and short, so stderr is always the stream, created
 * when the first message is written.
 */
export const standardStreams = {
  stdout: new Output(processFd(1), () => process.stdout),
  stderr: new Output({ direct: () => false, write: () => 0 }, () => process.stderr),
};
