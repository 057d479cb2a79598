import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { makeEnv } from '../../src/commands/env.js';
import { chalkFor, type Io } from '../../src/io.js';
import { neutraliseFormula, visible, visibleCell, visibleStrings } from '../../src/render/escape.js';
import { loadTable, table } from '../../src/render/table.js';
import { agendaHistoryTable } from '../../src/render/tables/agenda-history.js';
import type { TopicHistory } from '../../src/query/agenda-history.js';

const osc52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('visible', () => {
  it.each([
    ['a\u001bb', 'a\\x1bb'],
    [osc52, '\\x1b]52;c;cm0gLXJmIH4=\\x07'],
    ['\u0000\u0008\u007f\u0085\u009b', '\\x00\\x08\\x7f\\x85\\x9b'],
    ['\u2028\u2029', '\\u2028\\u2029'],
    ['\u202aa\u202eb\u2066c\u2069', '\\u202aa\\u202eb\\u2066c\\u2069'],
    ['tab\tnew\nline', 'tab\\x09new\\x0aline'],
    ['Türkiye — الجولان «ok» 🇸🇾', 'Türkiye — الجولان «ok» 🇸🇾'],
  ])('shows %j as %j', (input, output) => {
    expect(visible(input)).toBe(output);
  });

  it('keeps what it is told to keep', () => {
    expect(visible('a\nb\u001b', '\n')).toBe('a\nb\\x1b');
  });
});

describe('visibleCell', () => {
  it('keeps colour codes when colour is on, and escapes everything else', () => {
    const styled = `${chalkFor(true).dim('unknown')} ${osc52}`;
    expect(visibleCell(styled, true)).toBe(`\u001b[2munknown\u001b[22m \\x1b]52;c;cm0gLXJmIH4=\\x07`);
  });

  it('escapes every escape sequence when colour is off: none can be the renderer’s own', () => {
    expect(visibleCell('\u001b[31mred\u001b[39m\nnext', false)).toBe('\\x1b[31mred\\x1b[39m\nnext');
  });
});

describe('visibleStrings', () => {
  it('escapes every string of a result, at any depth, and leaves other values alone', () => {
    expect(visibleStrings({ a: 'x\u001b', b: [1, 'y\u202e', { c: null, d: true }] })).toEqual({ a: 'x\\x1b', b: [1, 'y\\u202e', { c: null, d: true }] });
  });
});

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'])('prefixes %j with a quote', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['1+1', 'Astana', ' =1', "'=1", ''])('leaves %j as it is', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

describe('tables', () => {
  it('print no control character from a cell, with colour on or off', async () => {
    await loadTable();
    for (const color of [true, false]) {
      const out = table({ chalk: chalkFor(color), color, columns: 80 }, ['Summary'], [[`Golan ${osc52}`], ['Idlib\u202eevil']]);
      expect(out).toContain('\\x1b]52;c;cm0gLXJmIH4=\\x07');
      expect(out).toContain('\\u202e');
      expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(raw);
    }
  });

  it('print none from any text of a result, headings included (agenda history, as printed by a command)', async () => {
    const source = { id: 's1', url: 'https://example.org/\u202eexe.txt', publisher: `Pub ${osc52}`, title: 'T' };
    const history: TopicHistory = { topic: 'golan', label: `Golan ${osc52}`, rounds: [12], first: 12, last: 12, gaps: [], unknownAt: [], otherMeetings: [], appearances: [{ round: 12, summary: `About ${osc52}`, sources: [source] }] };
    let out = '';
    const io: Io = { out: (s) => void (out += s), err: () => undefined, outBytes: () => undefined, isTTY: true, columns: 80, env: {}, cwd: '/', defaultDataDir: '/' };
    const env = makeEnv(io, { chalk: chalkFor(true), color: true, columns: 80 });
    const cmd = { opts: () => ({ format: 'table' }), optsWithGlobals: () => ({ pager: false }), name: () => 'history' } as unknown as Command;
    await env.emit(cmd, history, { table: agendaHistoryTable });
    expect(out).toContain('Golan \\x1b]52;c;cm0gLXJmIH4=\\x07');
    expect(out.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(raw);
  });
});
