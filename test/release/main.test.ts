import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeReport } from '../../src/query/changes.js';
import { release } from '../../src/release/main.js';
import { fixtures, repoRoot, runJson } from '../helpers/run.js';

/** A repository of its own: the mini dataset as data/, the schemas, no releases yet. */
function repo(): { root: string; edit: (from: string, to: string) => void; log: string[] } {
  const root = mkdtempSync(join(tmpdir(), 'astana-release-'));
  cpSync(join(fixtures, 'mini'), join(root, 'data'), { recursive: true });
  cpSync(join(repoRoot, 'schemas'), join(root, 'schemas'), { recursive: true });
  const file = join(root, 'data/rounds/02.yaml');
  const edit = (from: string, to: string): void => {
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(from);
    writeFileSync(file, text.replace(from, to));
  };
  return { root, edit, log: [] };
}

describe('npm run release:data', () => {
  it('records the first release, stamps dataset.yaml and writes CHANGELOG.md', async () => {
    const r = repo();
    const record = await release({ root: r.root, version: '1.0.0', date: '2020-06-02', log: (l) => r.log.push(l) });
    expect(existsSync(join(r.root, 'data/releases/1.0.0.json'))).toBe(true);
    const metadata = readFileSync(join(r.root, 'data/dataset.yaml'), 'utf8');
    expect(metadata).toMatch(/^version: 1\.0\.0$/m);
    expect(metadata).toMatch(/^released: "2020-06-02"$/m);
    expect(metadata).toContain('title: Mini dataset');
    // The citation follows the stamped version.
    const citation = readFileSync(join(r.root, 'CITATION.cff'), 'utf8');
    expect(citation).toContain('version: "1.0.0"');
    expect(citation).toContain('date-released: "2020-06-02"');
    const changelog = readFileSync(join(r.root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain(`### Data 1.0.0 (2020-06-02)\n\nThe first release: ${record.facts.size} facts.`);
    await expect(release({ root: r.root, version: '1.0.0', date: '2020-06-02', log: () => undefined })).rejects.toThrow('1.0.0 is already released');
  });

  it('asks a patch for a correction, a minor release for an addition, and refuses any other version', async () => {
    const r = repo();
    await release({ root: r.root, version: '1.0.0', date: '2020-06-02', log: () => undefined });
    r.edit('summary: Idlib again', 'summary: Idlib once again');
    await expect(release({ root: r.root, version: '1.0.2', date: '2020-06-03', log: () => undefined })).rejects.toThrow('1.0.2 cannot follow 1.0.0: 1 fact was corrected, removed or sourced anew, so the next version is 1.0.1 or 1.1.0 or 2.0.0');
    await release({ root: r.root, version: '1.0.1', date: '2020-06-03', log: () => undefined });
    expect(readFileSync(join(r.root, 'CHANGELOG.md'), 'utf8')).toContain('- `round-2/agenda[idlib]`: summary Idlib again → Idlib once again');

    r.edit('  - { topic: golan, summary: Golan, sources: [s2] }', '  - { topic: golan, summary: Golan, sources: [s2] }\n  - { topic: idlib, summary: Idlib once more, sources: [s1] }');
    await expect(release({ root: r.root, version: '1.0.2', date: '2020-06-04', log: () => undefined })).rejects.toThrow('so the next version is 1.1.0 or 2.0.0');
    await expect(release({ root: r.root, version: '1.1.0', date: '2020-06-01', log: () => undefined })).rejects.toThrow("2020-06-01 is before 1.0.1's release (2020-06-03)");
    await release({ root: r.root, version: '1.1.0', date: '2020-06-04', log: () => undefined });
    await expect(release({ root: r.root, version: '1.1.1', date: '2020-06-05', log: () => undefined })).rejects.toThrow('nothing changed since 1.1.0');

    // astana changes reads the releases of the data it is given.
    const report = await runJson<ChangeReport>(['changes', '--data', join(r.root, 'data')]);
    expect(report.from).toEqual({ version: '1.0.1', released: '2020-06-03' });
    expect(report.to).toEqual({ version: '1.1.0', released: '2020-06-04' });
    expect(report.changes.map((c) => [c.change, c.key, c.new?.summary])).toEqual([['added', 'round-2/agenda[idlib#2]', 'Idlib once more']]);
    const latest = readFileSync(join(r.root, 'CHANGELOG.md'), 'utf8');
    expect(latest.indexOf('### Data 1.1.0')).toBeLessThan(latest.indexOf('### Data 1.0.1'));
  });

  it('refuses to release data that does not validate', async () => {
    const r = repo();
    r.edit('role: observer', 'role: obsever');
    await expect(release({ root: r.root, version: '1.0.0', date: '2020-06-02', log: () => undefined })).rejects.toThrow('data/ does not validate (rounds/02.yaml: schema/enum)');
    expect(existsSync(join(r.root, 'data/releases'))).toBe(false);
  });

  it('shows a text that only grew or shrank at its end by the words it gained or lost', async () => {
    const r = repo();
    await release({ root: r.root, version: '1.0.0', date: '2020-06-02', log: () => undefined });
    r.edit('summary: Idlib again', 'summary: Idlib again and Golan');
    r.edit('summary: Golan,', 'summary: Gol,');
    await release({ root: r.root, version: '1.0.1', date: '2020-06-03', log: () => undefined });
    const changelog = readFileSync(join(r.root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('- `round-2/agenda[idlib]`: summary gained “and Golan”');
    expect(changelog).toContain('- `round-2/agenda[golan]`: summary lost “an”');
  });

  it('keeps the hand-written parts of CHANGELOG.md', async () => {
    const r = repo();
    writeFileSync(join(r.root, 'CHANGELOG.md'), '# Changelog\n\n## Tool\n\n- Written by hand.\n');
    await release({ root: r.root, version: '0.1.0', date: '2020-06-02', log: () => undefined });
    r.edit('summary: Golan', 'summary: The Golan');
    await release({ root: r.root, version: '0.1.1', date: '2020-06-03', log: () => undefined });
    const text = readFileSync(join(r.root, 'CHANGELOG.md'), 'utf8');
    expect(text.startsWith('# Changelog\n\n## Tool\n\n- Written by hand.\n')).toBe(true);
    expect(text.match(/### Data /g)).toHaveLength(2);
  });
});
