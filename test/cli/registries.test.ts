import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers/dataset.js';
import { caseDir } from '../helpers/fixture.js';
import { run } from '../helpers/run.js';

const terminal = (columns: number, color = false) => ({ isTTY: true, columns, env: color ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' } });
const widest = (s: string): number => Math.max(...s.split('\n').map((l) => [...l.replace(/\u001b\[[0-9;]*m/g, '')].length));

// Every line of a table must fit: source URLs go in a numbered list under it, whole.
const tables = [
  ['search', 'idlib'],
  ['search', 'constitutional committee', '--limit', '0'],
  ['parties', 'list'],
  ['parties', 'show', 'iran'],
  ['parties', 'show', 'syria-opposition'],
  ['people', 'list'],
  ['people', 'show', 'khaji'],
  ['topics', 'list', '--sort', 'count'],
  ['topics', 'show', 'constitutional-committee'],
  ['resolutions', 'list', '--sort', 'count'],
  ['meetings', 'list', '--city', 'astana'],
  ['sources', '--check-duplicates'],
];

describe('tables of the new commands', () => {
  it.each(tables)('%s %s fits 80 columns, cutting no id', async (...argv) => {
    const { out, code } = await run(argv, terminal(80));
    expect(code).toBe(0);
    const table = out.split('\n').filter((l) => /^[┌│├└]/.test(l)).join('\n');
    expect(widest(table)).toBeLessThanOrEqual(80);
    // cli-table3 marks a cut cell with an ellipsis glued to its last character.
    expect(table).not.toMatch(/\S… *│/);
  });

  it('numbers source URLs under the table, whole, and refers to them by number', async () => {
    const { out } = await run(['people', 'show', 'khaji'], terminal(80));
    expect(out).toMatch(/\nSources\n\[1\] +round-12, Daily Sabah, 2019-04-26\. /);
    // A URL goes whole on a line of its own, never wrapped by the tool.
    expect(out).toContain('\nhttps://dailysabah.com/diplomacy/2019/04/26/astana-trio-discusses-syria-at-12th-round-of-peace-talks/amp\n');
    expect(out).toMatch(/│ round-12 .*│ \[1\] \[2\] \[3\] +│/);
  });
});

describe('astana search', () => {
  it('marks the match in bold on a terminal and prints it plain when piped', async () => {
    const colour = await run(['search', 'earthquake'], terminal(120, true));
    expect(colour.out).toContain('\u001b[1mearthquake\u001b[22m');
    const piped = await run(['search', 'earthquake']);
    expect(piped.out).not.toMatch(/\u001b\[/);
    expect(piped.out.split('\n')[0]).toBe('meeting\tkind\tentry\tpath\ttext\tscore\tsources');
    const item = (await bundled()).roundByNumber.get(20)!.agenda.findIndex((a) => a.summary.includes('earthquake'));
    expect(piped.out).toMatch(new RegExp(`^round-20\\tround\\t\\tagenda\\[${item}\\]\\.summary\\t.*earthquake\\t[\\d.]+\\thttps://tass\\.com/politics/1635981$`, 'm'));
  });

  it('says so when nothing matches, and when the limit cut the list', async () => {
    expect((await run(['search', 'zzzzqqq'], terminal(80))).out).toBe('No text matches.\n');
    expect((await run(['search', 'idlib', '--limit', '2'], terminal(80))).out).toMatch(/└.*┘\nThe first 2 hits; --limit N for more, --limit 0 for all\.\n/);
  });
});

describe('astana sources', () => {
  it('prints a numbered list with publisher, title and date on a terminal', async () => {
    const { out } = await run(['sources', '20'], terminal(80));
    const flat = out.replace(/\s+/g, ' ');
    expect(flat).toMatch(/^\[1\] round-20, Ministry of Foreign Affairs of Türkiye(, \d{4}-\d{2}-\d{2})?\. \[Press release No\. 152 on the 20th High-Level Meeting on Syria in Astana format\] https:\/\/oslo-emb\.mfa\.gov\.tr\/Mission\/ShowAnnouncement\/403793 /);
    expect(flat).toContain('round-20, Kazinform, 2023-06-16. [Kazakh capital to host 20th international high-level meeting on Syria]');
  });

  it('keeps the records in JSON and csv, and --fields works as elsewhere', async () => {
    const csv = (await run(['sources', '20', '--format', 'csv', '--fields', 'id,url'])).out.split('\r\n');
    expect(csv[0]).toBe('id,url');
    expect(csv[1]).toBe('tr-mfa-152,https://oslo-emb.mfa.gov.tr/Mission/ShowAnnouncement/403793');
  });

  it('--check-duplicates lists a URL cited under two ids, and exits 1', async () => {
    const dir = caseDir();
    const file = join(dir, 'rounds/02.yaml');
    // Round 2's s2 becomes the page round 1 cites as s1 (with a trailing slash): one page, two ids.
    writeFileSync(file, readFileSync(file, 'utf8').replace('https://example.org/three', 'https://example.org/one/'));
    const { out, code } = await run(['sources', '--check-duplicates', '--data', dir, '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([{ url: 'https://example.org/one', ids: [{ meeting: 'round-1', id: 's1' }, { meeting: 'round-2', id: 's2' }] }]);
  });

  it('--check-duplicates exits 0 when every URL has one id', async () => {
    const { out, code } = await run(['sources', '--check-duplicates'], terminal(80));
    expect(code).toBe(0);
    expect(out).toBe('No URL is cited under two ids.\n');
  });
});

describe('astana people list', () => {
  it('counts each person\'s meetings in the table, and sorts every format the same way', async () => {
    const json = JSON.parse((await run(['people', 'list', '--sort', 'first', '--format', 'json'])).out) as { id: string; meetings: number; first?: string }[];
    const data = await bundled();
    const place = (id?: string): number => (id === undefined ? Infinity : data.meetings.findIndex((m) => m.id === id));
    expect(json.map((p) => place(p.first))).toEqual([...json.map((p) => place(p.first))].sort((a, b) => a - b));
    const tsv = (await run(['people', 'list', '--sort', 'first', '--format', 'tsv'])).out.trim().split('\n');
    const idColumn = tsv[0]!.split('\t').indexOf('id');
    expect(tsv.slice(1).map((l) => l.split('\t')[idColumn])).toEqual(json.map((p) => p.id));
    for (const [columns] of [[80], [120]]) {
      const { out } = await run(['people', 'list', '--sort', 'count'], terminal(columns!));
      expect(out).toMatch(/│ Id +│ Name +│ Parties +│ Meetings +│/);
      const counts = [...out.matchAll(/^│ [a-z0-9-]+ +│.*?│.*?│ (\d+) +│/gm)].map((m) => Number(m[1]));
      const byCount = JSON.parse((await run(['people', 'list', '--sort', 'count', '--format', 'json'])).out) as { meetings: number }[];
      expect(counts).toEqual(byCount.map((p) => p.meetings));
    }
  });
});
