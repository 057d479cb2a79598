import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDir } from '../helpers/fixture.js';
import { run } from '../helpers/run.js';

/** A dataset with one error (unknown topic, 19:14) and one warning (unused source, 30:11). */
function twoProblems(): string {
  const dir = caseDir('unused-source');
  const file = join(dir, 'rounds/02.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('topic: golan,', 'topic: golann,'));
  return dir;
}

describe('astana validate', () => {
  it('stylish: grouped by file, a code frame with a caret, a summary', async () => {
    const dir = caseDir('unknown-topic');
    const { out, code } = await run(['validate', '--data', dir]);
    expect(code).toBe(1);
    expect(out).toContain(`${dir}/rounds/02.yaml\n  19:14   error    unknown topic 'golann' (did you mean golan?)  ref/unknown-topic\n`);
    expect(out).toContain("    > 19 |   - { topic: golann, summary: Golan, sources: [s2] }\n         |              ^\n");
    expect(out).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\n$/);
  });

  it('github: one workflow command per problem', async () => {
    const dir = caseDir('unknown-topic');
    const { out } = await run(['validate', '--data', dir, '--format', 'github']);
    expect(out).toBe(`::error file=${dir}/rounds/02.yaml,line=19,col=14,title=ref/unknown-topic::unknown topic 'golann' (did you mean golan?)\n`);
  });

  it('json: an array of diagnostics with positions', async () => {
    const dir = caseDir('unknown-topic');
    const { out } = await run(['validate', '--data', dir, '--format', 'json']);
    expect(JSON.parse(out)).toEqual([
      { code: 'ref/unknown-topic', severity: 'error', file: `${dir}/rounds/02.yaml`, line: 19, column: 14, message: "unknown topic 'golann' (did you mean golan?)" },
    ]);
  });

  it('--max-problems shows the first n and counts the rest', async () => {
    const dir = twoProblems();
    const all = JSON.parse((await run(['validate', '--data', dir, '--format', 'json'])).out) as unknown[];
    expect(all).toHaveLength(2);
    const capped = await run(['validate', '--data', dir, '--max-problems', '1']);
    expect(capped.out).toContain(`${all.length - 1} more not shown (--max-problems)`);
    expect((await run(['validate', '--data', dir, '--max-problems', 'lots'])).code).toBe(2);
  });

  it('--max-problems stops checking once the first problems and the exit code are known', async () => {
    const dir = caseDir();
    const broken = (file: string, from: string, to: string): void => writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace(from, to));
    broken('rounds/01.yaml', 'role: guarantor', 'role: chair');
    broken('rounds/02.yaml', 'role: guarantor', 'role: chair');
    broken('summits/01.yaml', 'topic: golan', 'topic: golann');
    const all = JSON.parse((await run(['validate', '--data', dir, '--format', 'json'])).out) as { file: string }[];
    expect(all.map((d) => d.file)).toEqual([`${dir}/rounds/01.yaml`, `${dir}/rounds/02.yaml`, `${dir}/summits/01.yaml`]);
    const one = await run(['validate', '--data', dir, '--max-problems', '1']);
    expect(one.code).toBe(1);
    expect(one.out).toContain('rounds/01.yaml');
    expect(one.out).not.toContain('rounds/02.yaml');
    expect(one.out).toMatch(/✖ 1 problem \(1 error, 0 warnings\)\nChecking stopped there \(--max-problems\): later files and the rules across files were not checked\.\n$/);
    // A warning alone does not settle the exit code: checking goes on until an error is found.
    const warned = caseDir('unused-source');
    writeFileSync(join(warned, 'summits/01.yaml'), readFileSync(join(warned, 'summits/01.yaml'), 'utf8').replace('topic: golan', 'topic: golann'));
    const late = await run(['validate', '--data', warned, '--max-problems', '1', '--format', 'json']);
    expect(late.code).toBe(1);
    expect(JSON.parse(late.out)).toEqual([expect.objectContaining({ code: 'source/unused' })]);
  });

  it('reports only on the files given, and finds their data directory itself', async () => {
    const root = mkdtempSync(join(tmpdir(), 'astana-repo-'));
    cpSync(caseDir('unknown-topic'), join(root, 'data'), { recursive: true });
    const one = await run(['validate', 'data/rounds/01.yaml'], { cwd: root });
    expect([one.code, one.out]).toEqual([0, expect.stringContaining('no problems found')]);
    const two = await run(['validate', 'data/rounds/02.yaml', '--format', 'json'], { cwd: root });
    expect(two.code).toBe(1);
    expect(JSON.parse(two.out)).toEqual([expect.objectContaining({ code: 'ref/unknown-topic', file: 'data/rounds/02.yaml' })]);
    expect((await run(['validate', 'data/rounds/09.yaml'], { cwd: root })).err).toBe('astana: no such file: data/rounds/09.yaml\n');
  });

  it('reports on folders of the data directory and on the directory itself', async () => {
    const root = mkdtempSync(join(tmpdir(), 'astana-repo-'));
    cpSync(caseDir('unknown-topic'), join(root, 'data'), { recursive: true });
    const rounds = await run(['validate', 'data/rounds', '--format', 'json'], { cwd: root });
    expect(JSON.parse(rounds.out)).toEqual([expect.objectContaining({ code: 'ref/unknown-topic' })]);
    expect((await run(['validate', 'data/summits'], { cwd: root })).code).toBe(0);
    expect((await run(['validate', 'data'], { cwd: root })).code).toBe(1);
  });

  it.each([
    ['a file outside the data directory', ['README.md'], "astana: README.md is not in the data directory DATA; give files under it\n"],
    ['a file that is not a data file', ['DATA/rounds/notes.txt'], 'astana: DATA/rounds/notes.txt is not a data file of DATA (data files: parties.yaml, people.yaml, topics.yaml, resolutions.yaml, cities.yaml, dataset.yaml, rounds/*.yaml, summits/*.yaml, ministerials/*.yaml)\n'],
    ['a YAML file in no data folder', ['DATA/extra/x.yaml'], 'astana: DATA/extra/x.yaml is not a data file of DATA (data files: parties.yaml, people.yaml, topics.yaml, resolutions.yaml, cities.yaml, dataset.yaml, rounds/*.yaml, summits/*.yaml, ministerials/*.yaml)\n'],
    ['a folder that is not a meeting folder', ['DATA/extra'], 'astana: DATA/extra is not a data file of DATA (data files: parties.yaml, people.yaml, topics.yaml, resolutions.yaml, cities.yaml, dataset.yaml, rounds/*.yaml, summits/*.yaml, ministerials/*.yaml)\n'],
  ])('refuses %s with exit 2, never "no problems"', async (_name, paths, err) => {
    const dir = caseDir();
    mkdirSync(join(dir, 'extra'));
    writeFileSync(join(dir, 'extra/x.yaml'), 'round: 1\n');
    writeFileSync(join(dir, 'rounds/notes.txt'), 'notes\n');
    const result = await run(['validate', '--data', dir, ...paths.map((p) => p.replace('DATA', dir))]);
    expect([result.code, result.out, result.err]).toEqual([2, '', err.replaceAll('DATA', dir)]);
  });

  it('refuses paths in two data directories, and a path above any data directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'astana-repo-'));
    cpSync(caseDir(), join(root, 'a'), { recursive: true });
    cpSync(caseDir(), join(root, 'b'), { recursive: true });
    const two = await run(['validate', 'a/rounds/01.yaml', 'b/rounds/01.yaml'], { cwd: root });
    expect([two.code, two.err]).toEqual([2, 'astana: the paths are in 2 data directories (a, b); validate one at a time\n']);
    writeFileSync(join(root, 'stray.yaml'), 'x: 1\n');
    const stray = await run(['validate', 'stray.yaml'], { cwd: root });
    expect([stray.code, stray.err]).toEqual([2, 'astana: cannot find the data directory above stray.yaml; pass --data\n']);
  });

  it('--strict fails on warnings; errors fail either way', async () => {
    const dir = twoProblems();
    expect((await run(['validate', '--data', dir])).code).toBe(1);
    const warned = caseDir('unused-source');
    expect((await run(['validate', '--data', warned])).code).toBe(0);
    expect((await run(['validate', '--data', warned, '--strict'])).code).toBe(1);
  });
});
