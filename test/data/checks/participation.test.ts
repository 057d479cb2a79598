import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../src/data/pipeline.js';
import { loadDataset } from '../../../src/data/source.js';
import { attendance } from '../../../src/query/attendance.js';
import { showParty } from '../../../src/query/parties.js';
import { caseDir } from '../../helpers/fixture.js';
import { run } from '../../helpers/run.js';

/** fixtures/mini with the UN's participation dated by a source of data/parties.yaml. */
function withWindow(window: string, extraSources = ''): string {
  const dir = caseDir();
  const file = join(dir, 'parties.yaml');
  const text = readFileSync(file, 'utf8').replace(
    '  - { id: un, name: United Nations, kind: organisation, aliases: [UN] }',
    `  - id: un\n    name: United Nations\n    kind: organisation\n    aliases: [UN]\n    participation: ${window}`,
  );
  writeFileSync(file, `${text}sources:\n  - { id: p1, url: https://example.org/joined, publisher: Example, title: Joined, language: en }\n${extraSources}`);
  return dir;
}

const codes = async (dir: string) => (await checkDataDir(dir)).diagnostics.map((d) => [d.code, d.severity, d.file]);

describe('a party\'s participation window', () => {
  it('makes the meetings before it "outside", not unknown, in attendance and parties show', async () => {
    const dir = withWindow('{ from: round-2, note: Joined at round 2., sources: [p1] }');
    expect(await codes(dir)).toEqual([]);
    const data = await loadDataset(dir, { shown: 'case', env: {} });
    expect(attendance(data, { party: 'un' }).map((r) => [r.round, r.role])).toEqual([
      [1, 'outside'],
      [2, 'observer'],
    ]);
    // The window's own page is what says the party was not part of round 1.
    expect(attendance(data, { party: 'un' })[0]!.sources).toEqual(['https://example.org/joined']);
    const un = showParty(data, 'un');
    expect(un.outsideAt).toEqual(['round-1', 'summit-1']);
    expect(un.unknownAt).toEqual([]);
    expect(un.participation).toMatchObject({ from: 'round-2', sources: [{ id: 'p1', url: 'https://example.org/joined' }] });
    const table = (await run(['attendance', '--party', 'un', '--data', dir], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } })).out;
    expect(table).toContain('un      O');
    expect(table.replace(/\s+/g, ' ')).toContain('(blank) not part of the format then');
    const wide = (await run(['attendance', '--wide', '--format', 'csv', '--data', dir])).out;
    expect(wide).toContain('un,outside,observer');
  });

  it('is refused where a meeting outside it records the party', async () => {
    const dir = withWindow('{ until: round-1, sources: [p1] }');
    expect(await codes(dir)).toEqual([['participation/outside', 'error', 'rounds/02.yaml']]);
  });

  it('names meetings that exist, in order, and sources the file lists and cites', async () => {
    expect(await codes(withWindow('{ from: round-9, sources: [p1] }'))).toEqual([['ref/unknown-meeting', 'error', 'parties.yaml']]);
    expect(await codes(withWindow('{ from: round-2, until: round-1, sources: [p1] }'))).toEqual([['participation/order', 'error', 'parties.yaml']]);
    expect(await codes(withWindow('{ sources: [p1] }'))).toEqual([['participation/empty', 'error', 'parties.yaml']]);
    expect(await codes(withWindow('{ from: round-2, sources: [p2] }'))).toEqual([
      ['ref/unknown-source', 'error', 'parties.yaml'],
      ['source/unused', 'warning', 'parties.yaml'],
    ]);
    const unused = '  - { id: p9, url: https://example.org/tag/x, publisher: Example, title: Tag, language: en }\n';
    expect(await codes(withWindow('{ from: round-2, sources: [p1] }', unused))).toEqual([
      ['source/unused', 'warning', 'parties.yaml'],
      ['source/listing-page', 'warning', 'parties.yaml'],
    ]);
  });

  it('blames a broken meeting file, not the window that names its meeting', async () => {
    const dir = withWindow('{ from: round-2, note: Joined at round 2., sources: [p1] }');
    const round = join(dir, 'rounds', '02.yaml');
    writeFileSync(round, readFileSync(round, 'utf8').replace('role: observer', 'role: observr'));
    const found = await codes(dir);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(([, , file]) => String(file).endsWith('parties.yaml'))).toEqual([]);
    const first = await run(['rounds', 'list', '--data', dir]);
    expect(first.code).toBe(3);
    expect(first.err).toMatch(/rounds\/02\.yaml:\d+:\d+/);
  });

  it('still names an unknown meeting when every meeting file is sound', async () => {
    const dir = withWindow('{ from: round-7, note: Joined at round 7., sources: [p1] }');
    expect(await codes(dir)).toContainEqual(['ref/unknown-meeting', 'error', expect.stringMatching(/parties\.yaml$/)]);
  });
});
