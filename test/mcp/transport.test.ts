import { PassThrough } from 'node:stream';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { LineTransport } from '../../src/mcp/transport.js';

/** A transport over a stand-in stdin, with what it wrote, read and reported. */
async function started() {
  const input = new PassThrough();
  const written: string[] = [];
  const read: JSONRPCMessage[] = [];
  const errors: string[] = [];
  const transport = new LineTransport(input, (text) => void written.push(text));
  let closed = false;
  transport.onmessage = (m) => void read.push(m);
  transport.onerror = (e) => void errors.push(e.message);
  transport.onclose = () => void (closed = true);
  await transport.start();
  return { input, transport, written, read, errors, closed: () => closed };
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));
const request = (id: number): string => JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' });

describe('the line transport', () => {
  it('reads messages split anywhere across chunks, CRLF or LF, and skips blank lines', async () => {
    const t = await started();
    const text = `${request(1)}\r\n\n  \n${request(2)}\n`;
    for (const ch of text) t.input.write(ch);
    await tick();
    expect(t.read.map((m) => (m as { id: number }).id)).toEqual([1, 2]);
    expect(t.errors).toEqual([]);
  });

  it('answers a line with an id that is not a request, reports one without, and reads on', async () => {
    const t = await started();
    t.input.write(`{"jsonrpc":"2.0","id":"a","method":7}\n[1]\n${request(3)}\n`);
    await tick();
    expect(JSON.parse(t.written[0]!)).toMatchObject({ id: 'a', error: { code: -32600 } });
    expect(t.errors).toEqual(['a line that is not a JSON-RPC 2.0 message was skipped']);
    expect(t.read).toHaveLength(1);
  });

  it('closes when the input ends only once every request read has an answer', async () => {
    const t = await started();
    t.input.end(`${request(1)}\n${request(2)}`);
    await tick();
    expect(t.read).toHaveLength(2);
    expect(t.closed()).toBe(false);
    await t.transport.send({ jsonrpc: '2.0', id: 1, result: {} });
    await tick();
    expect(t.closed()).toBe(false);
    await t.transport.send({ jsonrpc: '2.0', id: 2, result: {} });
    await tick();
    expect(t.closed()).toBe(true);
    // Nothing is written once closed.
    await t.transport.send({ jsonrpc: '2.0', id: 3, result: {} });
    expect(t.written).toHaveLength(2);
  });

  it('skips a line longer than the SDK allows, and reads the next one', async () => {
    const t = await started();
    const chunk = 'x'.repeat(1 << 20);
    for (let i = 0; i < 11; i++) t.input.write(chunk);
    t.input.write(`\n${request(4)}\n`);
    await tick();
    expect(t.errors).toEqual(['a line longer than 10485760 bytes was skipped']);
    expect(t.read.map((m) => (m as { id: number }).id)).toEqual([4]);
  });

  it('turns the SDK\'s schema complaints into invalid params, in one line', async () => {
    const t = await started();
    const issues = JSON.stringify([{ code: 'invalid_type', path: ['params', 'arguments'], message: 'Invalid input: expected record, received array' }], null, 2);
    await t.transport.send({ jsonrpc: '2.0', id: 5, error: { code: -32603, message: issues } });
    expect(JSON.parse(t.written[0]!)).toEqual({ jsonrpc: '2.0', id: 5, error: { code: -32602, message: 'invalid params: params.arguments: Invalid input: expected record, received array' } });
    await t.transport.send({ jsonrpc: '2.0', id: 6, error: { code: -32603, message: 'something broke' } });
    expect(JSON.parse(t.written[1]!)).toMatchObject({ error: { code: -32603, message: 'something broke' } });
  });
});
