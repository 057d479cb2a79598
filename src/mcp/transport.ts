import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { deserializeMessage, serializeMessage, STDIO_DEFAULT_MAX_BUFFER_SIZE } from '@modelcontextprotocol/sdk/shared/stdio.js';
import { ErrorCode, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

/** The stream the server reads: standard input, or a stand-in in tests. */
export type Input = Pick<NodeJS.ReadableStream, 'on' | 'off' | 'pause'> & { destroy?(): unknown };

type Id = string | number;

const isRequest = (m: JSONRPCMessage): m is JSONRPCMessage & { id: Id; method: string } => 'id' in m && 'method' in m;
const isAnswer = (m: JSONRPCMessage): m is JSONRPCMessage & { id: Id } => 'id' in m && !('method' in m);

/**
 * The SDK's stdio framing (one JSON-RPC message a line, read and written by its own functions)
 * over any input and the CLI's own stdout writer. It differs from the SDK's StdioServerTransport
 * in how it ends: when the input ends (`printf … | astana mcp`, or a client that closes our
 * stdin), it first answers every request it has read, then closes; the SDK's would go on
 * waiting. A blank line is skipped; a line that is not JSON-RPC, or longer than the SDK's
 * limit, is reported through onerror and skipped, and the next line is read as usual.
 */
export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  /** The start of a line whose end has not come yet. */
  #partial: Buffer[] = [];
  #partialSize = 0;
  /** Set while the rest of a line too long to keep is skipped. */
  #skipping = false;
  /** Requests read and not yet answered. */
  readonly #owed = new Set<Id>();
  #ended = false;
  #closed = false;

  constructor(
    private readonly input: Input,
    private readonly write: (text: string) => void,
  ) {}

  readonly #onData = (chunk: Buffer | string): void => {
    let rest = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let end = rest.indexOf(0x0a); end >= 0; end = rest.indexOf(0x0a)) {
      this.#line(rest.subarray(0, end));
      rest = rest.subarray(end + 1);
    }
    if (rest.length === 0 || this.#skipping) return;
    this.#partialSize += rest.length;
    if (this.#partialSize > STDIO_DEFAULT_MAX_BUFFER_SIZE) {
      this.onerror?.(new Error(`a line longer than ${STDIO_DEFAULT_MAX_BUFFER_SIZE} bytes was skipped`));
      this.#partial = [];
      this.#partialSize = 0;
      this.#skipping = true;
    } else this.#partial.push(Buffer.from(rest));
  };

  /** One whole line: the end of a long one being skipped, a blank one, or a message. */
  #line(end: Buffer): void {
    if (this.#skipping) {
      this.#skipping = false;
      return;
    }
    const text = Buffer.concat([...this.#partial, end]).toString('utf8').replace(/\r$/, '');
    this.#partial = [];
    this.#partialSize = 0;
    if (text.trim() === '') return;
    let message: JSONRPCMessage;
    try {
      message = deserializeMessage(text);
    } catch (error) {
      this.#refuse(text, error);
      return;
    }
    if (isRequest(message)) this.#owed.add(message.id);
    this.onmessage?.(message);
  }

  /**
   * A line that is not a JSON-RPC message. One that still carries a request id gets an error
   * answer, so that its client does not wait for ever; the rest can only be reported.
   */
  #refuse(text: string, error: unknown): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      this.onerror?.(new Error(`a line that is not JSON was skipped (${error instanceof Error ? error.message : String(error)})`));
      return;
    }
    const id = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { id?: unknown }).id : undefined;
    if ((typeof id === 'string' && id.length <= 200) || (typeof id === 'number' && Number.isSafeInteger(id))) {
      this.write(serializeMessage({ jsonrpc: '2.0', id, error: { code: ErrorCode.InvalidRequest, message: 'not a JSON-RPC 2.0 request: it needs "jsonrpc": "2.0", a "method" string and, if any, "params" as an object' } }));
      return;
    }
    this.onerror?.(new Error('a line that is not a JSON-RPC 2.0 message was skipped'));
  }

  readonly #onEnd = (): void => {
    if (this.#ended) return;
    this.#ended = true;
    // A last line without its newline is still a message.
    if (this.#partialSize > 0) this.#line(Buffer.alloc(0));
    this.#closeWhenAnswered();
  };

  readonly #onError = (error: Error): void => {
    this.onerror?.(error);
    this.#onEnd();
  };

  async start(): Promise<void> {
    this.input.on('data', this.#onData);
    this.input.on('end', this.#onEnd);
    this.input.on('close', this.#onEnd);
    this.input.on('error', this.#onError);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.#closed) return;
    this.write(serializeMessage(plainError(message)));
    if (isAnswer(message)) {
      this.#owed.delete(message.id);
      this.#closeWhenAnswered();
    }
  }

  #closeWhenAnswered(): void {
    // The protocol sends an answer a moment after its handler returns: wait for that turn.
    if (this.#ended && this.#owed.size === 0) setImmediate(() => void this.close());
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.input.off('data', this.#onData);
    this.input.off('end', this.#onEnd);
    this.input.off('close', this.#onEnd);
    this.input.off('error', this.#onError);
    // Standard input left open (on a signal) would keep the process alive.
    this.input.pause();
    this.input.destroy?.();
    this.#partial = [];
    this.onclose?.();
  }
}

/**
 * The SDK checks each request's params against the protocol's schema before any handler runs,
 * and answers a mismatch (`"arguments": [1, 2]`) as an internal error whose message is the
 * validator's issues as pretty-printed JSON. Those are the caller's mistake: they go out as
 * invalid params, one line naming each field and what it must be.
 */
function plainError(message: JSONRPCMessage): JSONRPCMessage {
  if (!('error' in message) || message.error.code !== ErrorCode.InternalError || !message.error.message.trimStart().startsWith('[')) return message;
  let issues: unknown;
  try {
    issues = JSON.parse(message.error.message);
  } catch {
    return message;
  }
  if (!Array.isArray(issues) || issues.length === 0) return message;
  const said = issues.map((i: { path?: unknown[]; message?: string }) => `${(i.path ?? []).join('.') || 'the request'}: ${i.message ?? 'invalid'}`);
  return { ...message, error: { code: ErrorCode.InvalidParams, message: `invalid params: ${said.join('; ')}` } };
}
