import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/source.js';
import { tidyTables } from '../../src/export/rows.js';
import { meetingShow } from '../../src/mcp/summaries.js';
import type { MeetingShow } from '../../src/query/meetings.js';
import { caseDir } from '../helpers/fixture.js';
import { run } from '../helpers/run.js';

// Some pages give only the post of whoever led ("the ambassador of Jordan to Kazakhstan"): the
// post is known, the person is not. Round 1's Türkiye (no head in the fixture) and round 2's
// Russia are given such heads here.
const post = 'Ambassador of Türkiye to Kazakhstan';
function withPosts(): string {
  const dir = caseDir();
  const edit = (file: string, from: string, to: string): void => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(from);
    writeFileSync(path, text.replace(from, to));
  };
  edit('rounds/01.yaml', '  - party: turkey\n    role: guarantor\n', `  - party: turkey\n    role: guarantor\n    head: { title: ${post}, note: Not named by the page., sources: [s1] }\n`);
  edit('rounds/02.yaml', '  - party: russia\n    role: guarantor\n', '  - party: russia\n    role: guarantor\n    head: { title: Envoy, sources: [s1] }\n');
  return dir;
}
const dir = withPosts();
const json = async <T>(args: string[]): Promise<T> => JSON.parse((await run([...args, '--data', dir, '--format', 'json'])).out) as T;

describe('a head known only by its post', () => {
  it('is valid data, where a head with neither person nor title is not, nor a post among disputed accounts', async () => {
    expect((await run(['validate', '--strict', '--data', dir])).code).toBe(0);
    const bare = caseDir();
    const file = join(bare, 'rounds/01.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - party: turkey\n    role: guarantor\n', '  - party: turkey\n    role: guarantor\n    head: { sources: [s1] }\n'));
    const refused = await run(['validate', '--data', bare]);
    expect(refused.code).toBe(1);
    expect(refused.err + refused.out).toMatch(/rounds\/01\.yaml\n\s+11:11\s+error\s+missing required property 'person'/);
    const mixed = caseDir();
    const two = join(mixed, 'rounds/02.yaml');
    writeFileSync(two, readFileSync(two, 'utf8').replace('- { person: envoy-b, sources: [s2] }', `- { title: ${post}, sources: [s2] }`));
    expect((await run(['validate', '--data', mixed])).code).toBe(1);
  });

  it('json: the title and its sources, with no person or name, and not disputed', async () => {
    const detail = await json<{ delegations: { party: string; head?: Record<string, unknown> }[] }>(['rounds', 'show', '1']);
    const head = detail.delegations.find((d) => d.party === 'turkey')?.head;
    expect(head).toEqual({ disputed: false, title: post, note: 'Not named by the page.', sources: ['s1'] });
  });

  it('table: the name is unknown and the title is the post', async () => {
    const out = (await run(['rounds', 'show', '1', '--data', dir, '--format', 'table', '--color', 'never'], { env: { COLUMNS: '200' } })).out;
    const row = out.split('\n').find((l) => l.includes('Türkiye'));
    expect(row).toMatch(/│ Türkiye\s+│ guarantor\s+│ unknown\s+│ Ambassador of Türkiye to Kazakhstan\s+│/);
  });

  it('stats count it as known, and say how many are known only by their post', async () => {
    const stats = await json<{ totals: { heads: Record<string, number>; unnamedHeads: number; headsByRole: Record<string, Record<string, number>> } }>(['stats']);
    expect(stats.totals.unnamedHeads).toBe(2);
    expect(stats.totals.heads).toEqual({ known: 4, unknown: 0, disputed: 1 });
    expect(stats.totals.headsByRole.guarantor).toEqual({ known: 4, unknown: 0, disputed: 0 });
  });

  it('diff: a named head followed by a post is a change of head, said as the post with an unknown name', async () => {
    const diff = await json<{ delegations: { changed: { party: string; head?: { from: string | null; to: string | null } }[] } }>(['diff', '1', '2']);
    expect(diff.delegations.changed.find((c) => c.party === 'russia')?.head).toEqual({ from: 'Envoy A', to: 'Envoy (name unknown)' });
  });

  it('is nobody in the people registry, and leaves the person columns of the export empty', async () => {
    const people = await json<{ id: string; meetings?: string[] }[]>(['people', 'list']);
    expect(people.map((p) => p.id).sort()).toEqual(['envoy-a', 'envoy-b']);
    const csv = (await run(['attendance', '--data', dir, '--party', 'turkey', '--format', 'csv'])).out;
    const header = csv.split('\n')[0]!.split(',');
    const first = csv.split('\n')[1]!.split(',');
    expect(first[header.indexOf('head.person')]).toBe('');
    expect(first[header.indexOf('head.title')]).toBe(post);
  });

  it('export: the participation row holds the post as head_title, its head claim has no person', async () => {
    const tables = tidyTables(await loadDataset(dir, { shown: 'posts', env: {} }));
    expect(tables.participation.find((r) => r.id === 'round-1/turkey')).toMatchObject({ head_person: null, head_title: post, head_disputed: false });
    expect(tables.head_claims.filter((r) => r.participation === 'round-1/turkey')).toEqual([{ id: 'round-1/turkey/head/1', participation: 'round-1/turkey', meeting: 'round-1', person: null, title: post, note: 'Not named by the page.' }]);
  });

  it('reaches an assistant as the post with an unknown name', async () => {
    const shown = await json<MeetingShow>(['meetings', 'show', 'round-1']);
    expect(meetingShow(shown)).toContain(`- Türkiye (turkey), guarantor: head name unknown (${post})`);
  });
});
