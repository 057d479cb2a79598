import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
  /** What pageText printed directly and what it said on stderr. */
  function paging(text: string, env: Record<string, string>): { direct: string; warned: string[] } {
    let direct = '';
    const warned: string[] = [];
    pageText(text, env, (t) => void (direct += t), (line) => void warned.push(line));
    return { direct, warned };
  }

  it('runs $ASTANA_PAGER before $PAGER, with the text on its input', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'astana-pager-')), 'out');
    expect(paging('hello\n', { ASTANA_PAGER: `cat > ${file}`, PAGER: 'false' })).toEqual({ direct: '', warned: [] });
    expect(readFileSync(file, 'utf8')).toBe('hello\n');
  });

  it('writes directly for ASTANA_PAGER=cat, and says so when the pager cannot be started', () => {
    expect(paging('one\n', { ASTANA_PAGER: 'cat' })).toEqual({ direct: 'one\n', warned: [] });
    const missing = paging('two\n', { ASTANA_PAGER: 'no-such-pager-astana' });
    expect(missing.direct).toBe('two\n');
    expect(missing.warned).toEqual([expect.stringMatching(/^the pager 'no-such-pager-astana' could not be started \(.*not found\); printing without it$/)]);
  });

  it('fails with the pager\'s status when it fails, and with 74 when it is killed: the output may not have been seen', () => {
    expect(() => paging('x\n', { ASTANA_PAGER: 'cat >/dev/null; exit 3' })).toThrow(expect.objectContaining({ exitCode: 3, message: "the pager 'cat >/dev/null; exit 3' exited with status 3; the output may not have been shown" }));
    expect(() => paging('x\n', { ASTANA_PAGER: 'kill -KILL $$' })).toThrow(expect.objectContaining({ exitCode: 74, message: expect.stringMatching(/was killed \(SIGKILL\)/) }));
  });

  it('counts a pager that quits before the end, as less does on q, as shown', () => {
    expect(paging('line\n'.repeat(100_000), { ASTANA_PAGER: 'head -1 >/dev/null' })).toEqual({ direct: '', warned: [] });
  });
});
