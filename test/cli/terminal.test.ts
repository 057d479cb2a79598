import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import type { CommandModule } from '../../src/commands/module.js';
import { helpTopics } from '../../src/commands/help-topics.js';
import { loadDataset } from '../../src/data/source.js';
import { bundledData, repoRoot } from '../helpers/run.js';

const run = promisify(execFile);

/**
 * Every example a command's help gives that prints a table, and every help text, run in a real
 * pseudo-terminal (util-linux `script`) of 80 and 120 columns, as a reader sees them.
 */
const examples = Object.entries(commands as Record<string, CommandModule>).flatMap(([name, m]) =>
  ['mcp', 'export', 'report', 'completion', 'schema'].includes(name)
    ? []
    : m.examples
        .filter((e) => !/[|<>]|my-data|--format (?!table)|--style/.test(e))
        .map((e) => `${e.replace(/^astana /, '')}${(m.formats ?? ['table']).includes('table') && !e.includes('--format') ? ' --format table' : ''}`),
);
// `export` prints the table of what it wrote; it writes into a directory of its own here.
examples.push(`export --to ${mkdtempSync(join(tmpdir(), 'astana-terminal-'))}/pkg --format table`, `export --sqlite ${mkdtempSync(join(tmpdir(), 'astana-terminal-'))}/a.db --format table`);
const help = [...Object.keys(commands).map((name) => `${name} --help`), '--help', ...Object.keys(helpTopics).map((t) => `help ${t}`)];

async function inTerminal(args: string, columns: number): Promise<string> {
  const command = `stty cols ${columns} rows 2000; node bin/astana.js ${args} --no-pager`;
  const { stdout } = await run('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', ASTANA_PAGER: 'cat' }, maxBuffer: 1 << 26 });
  return stdout.replace(/\r/g, '');
}

/** Columns on screen: combining marks (Arabic vowel signs) take none, wide characters two. */
const width = (line: string): number => stringWidth(line);

/** Words of the data a table must never break: ids of meetings, parties, people, topics and sources, and [n] marks. */
const data = await loadDataset(bundledData, { shown: 'data', env: {} });
const ids = new Set([...data.meetings.map((m) => m.id), ...data.parties.keys(), ...data.people.keys(), ...data.topics.keys(), ...data.meetings.flatMap((m) => m.body.sources.map((s) => s.id))]);

/** Cell lines that end inside a word which the next line of the same cell completes into an id or a mark. */
function brokenWords(text: string): string[] {
  const broken: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const [a, b] = [lines[i]!, lines[i + 1]!];
    if (!a.startsWith('│') || !b.startsWith('│')) continue;
    const [x, y] = [a.split('│'), b.split('│')];
    if (x.length !== y.length) continue;
    x.forEach((cell, c) => {
      const end = cell.trimEnd().split(' ').at(-1) ?? '';
      const start = y[c]!.trimStart().split(' ')[0] ?? '';
      if (end === '' || start === '' || cell.trimEnd().length < cell.length - 1) return;
      const joined = `${end}${start}`.replace(/[,;.]$/, '');
      if ((ids.has(joined) && !end.endsWith('-')) || /^\[\d+\]$/.test(joined)) broken.push(`${end}|${start}`);
    });
  }
  return broken;
}

describe('in a terminal of 80 and 120 columns', () => {
  it.each([80, 120])('every table example fits %i columns, a URL alone on its line aside, and breaks no id or [n] mark', async (columns) => {
    expect(examples.length).toBeGreaterThan(30);
    for (const args of examples) {
      const out = await inTerminal(args, columns);
      expect(out.length, args).toBeGreaterThan(0);
      const wide = out.split('\n').filter((l) => width(l) > columns && !/^\s*(\[\d+\]\s+)?https?:\/\/\S+$/.test(l));
      expect(wide, `astana ${args}`).toEqual([]);
      expect(brokenWords(out), `astana ${args}`).toEqual([]);
    }
  }, 600_000);

  it.each([80, 120])('every help text fits %i columns', async (columns) => {
    for (const args of help) {
      const out = await inTerminal(args, columns);
      expect(out, args).toMatch(/\S/);
      expect(out.split('\n').filter((l) => width(l) > columns), `astana ${args}`).toEqual([]);
    }
  }, 600_000);
});
