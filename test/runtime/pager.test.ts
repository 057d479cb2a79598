import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageText } from '../../src/runtime/pager.js';
import { run } from '../helpers/run.js';

describe('paging long output on a terminal', () => {
  const paged: string[] = [];
  const page = (text: string): void => void paged.push(text);
  afterEach(() => void paged.splice(0));

  it('pages output taller than the terminal', async () => {
    const result = await run(['rounds', 'show', '22'], { isTTY: true, rows: 20, page, env: { NO_COLOR: '1' } });
    expect(result.out).toBe('');
    expect(paged).toHaveLength(1);
    expect(paged[0]).toContain('Delegations');
  });

  it('writes output that fits the screen directly', async () => {
    const result = await run(['rounds', 'show', '22', '--section', 'meeting'], { isTTY: true, rows: 20, page, env: { NO_COLOR: '1' } });
    expect(result.out).toContain('Round 22');
    expect(paged).toEqual([]);
  });

  it('never pages with --no-pager, or when stdout is not a terminal', async () => {
    expect((await run(['rounds', 'show', '22', '--no-pager'], { isTTY: true, rows: 20, page, env: { NO_COLOR: '1' } })).out).toContain('Round 22');
    expect((await run(['rounds', 'show', '22', '--format', 'table'], { rows: 20, page })).out).toContain('Round 22');
    expect(paged).toEqual([]);
  });
});

describe('pageText', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs $ASTANA_PAGER before $PAGER, with the text on its input', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'astana-pager-')), 'out');
    pageText('hello\n', { ASTANA_PAGER: `cat > ${file}`, PAGER: 'false' });
    expect(readFileSync(file, 'utf8')).toBe('hello\n');
  });

  it('writes directly for ASTANA_PAGER=cat, and when the pager cannot be started', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    pageText('one\n', { ASTANA_PAGER: 'cat' });
    pageText('two\n', { ASTANA_PAGER: 'no-such-pager-astana' });
    expect(write.mock.calls.map((c) => c[0])).toEqual(['one\n', 'two\n']);
  });
});
