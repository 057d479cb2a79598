import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessHandlers, type ProcessLike } from '../src/process-handlers.js';

function fakeProcess(): ProcessLike & { exits: number[] } {
  const proc = new EventEmitter() as ProcessLike & { exits: number[] };
  Object.assign(proc, { exits: [] });
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
});
