import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessHandlers, type ProcessLike } from '../src/process-handlers.js';

function fakeProcess(): ProcessLike & { exits: number[] } {
  const proc = new EventEmitter() as ProcessLike & { exits: number[] };
  Object.assign(proc, { stdout: new EventEmitter(), exits: [] });
  proc.exit = ((code?: number) => {
    proc.exits.push(code ?? 0);
  }) as ProcessLike['exit'];
  return proc;
}

describe('installProcessHandlers', () => {
  it('exits 130 on Ctrl-C', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    proc.emit('SIGINT');
    expect(proc.exits).toEqual([130]);
  });

  it('exits 0, quietly, when the reader of stdout goes away (EPIPE)', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    proc.stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(proc.exits).toEqual([0]);
  });

  it('does not swallow other output errors', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    expect(() => proc.stdout.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full');
  });
});
