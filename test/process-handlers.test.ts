import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessHandlers, type ProcessLike } from '../src/process-handlers.js';

function fakeProcess(): ProcessLike & { exits: number[]; written: string[] } {
  const proc = new EventEmitter() as ProcessLike & { exits: number[]; written: string[] };
  const stderr = Object.assign(new EventEmitter(), { write: (s: string) => proc.written.push(s) > 0 });
  Object.assign(proc, { stdout: new EventEmitter(), stderr, exits: [], written: [] });
  proc.exit = ((code?: number) => {
    proc.exits.push(code ?? 0);
  }) as ProcessLike['exit'];
  return proc;
}

const failure = (code: string): Error => Object.assign(new Error(`write ${code}`), { code });

describe('installProcessHandlers', () => {
  it('exits 0, quietly, when the reader of stdout goes away (EPIPE)', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    proc.stdout.emit('error', failure('EPIPE'));
    expect([proc.exits, proc.written]).toEqual([[0], []]);
  });

  it.each([
    ['ENOSPC', 'no space left on the device (ENOSPC)'],
    ['EIO', 'an input/output error (EIO)'],
    ['EWHATEVER', 'EWHATEVER'],
  ])('turns %s on stdout into one line and exit 74', (code, text) => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    proc.stdout.emit('error', failure(code));
    expect([proc.exits, proc.written]).toEqual([[74], [`astana: cannot write the output: ${text}\n`]]);
  });

  it('leaves SIGINT to its default action, which ends the process at once', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    expect(proc.listenerCount('SIGINT')).toBe(0);
  });

  it('survives an error on stderr', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    expect(() => proc.stderr.emit('error', failure('EPIPE'))).not.toThrow();
  });
});
