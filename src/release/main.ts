import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMeetingKind } from '../model/dataset.js';
import { checkDataDir } from '../data/pipeline.js';
import { isError } from '../data/diagnostic.js';
import { parseFile } from '../data/yaml/parse.js';
import { readDataDir } from '../data/yaml/read.js';
import { compareFacts, datasetFacts } from '../query/changes.js';
import { citationCff } from '../render/citation-cff.js';
import { writeAtomicallySync } from '../runtime/atomic.js';
import { withDataReleases } from './changelog.js';
import { factsOf, type Fact, type FactSource } from './facts.js';
import { encodeRecord, readRecord, recordOf, releasedVersions, releasesDir, type ReleaseRecord } from './record.js';
import { schemaShape } from './shape.js';
import { compareVersions, neededLevel, refuseVersion } from './version.js';

export interface ReleaseOptions {
  /** The repository: data/, schemas/, CHANGELOG.md. */
  readonly root: string;
  readonly version: string;
  /** The release date; by default today's. */
  readonly date?: string;
  /** Record the data as it stood at this commit instead, without stamping today's (to rebuild history). */
  readonly fromGit?: string;
  readonly log: (line: string) => void;
}

/**
 * `npm run release:data -- X.Y.Z`: compares data/ with the previous release, refuses a version
 * that does not fit what changed, writes data/releases/X.Y.Z.json, stamps data/dataset.yaml and
 * rewrites the data releases of CHANGELOG.md. Throws a one-line Error for the script to print.
 */
export async function release(options: ReleaseOptions): Promise<ReleaseRecord> {
  const dataDir = join(options.root, 'data');
  const known = releasedVersions(dataDir);
  if (known.includes(options.version)) throw new Error(`${options.version} is already released (${releasesDir}/${options.version}.json)`);
  const made = options.fromGit === undefined ? await current(options.root) : await atCommit(options.root, options.fromGit);
  const released = options.date ?? made.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(released)) throw new Error(`--date ${released} is not YYYY-MM-DD`);
  // The release it follows: the newest older one (history can be rebuilt below newer releases).
  const previousVersion = known.filter((v) => compareVersions(v, options.version) < 0).at(-1);
  const previous = previousVersion === undefined ? undefined : readRecord(dataDir, 'data', previousVersion);
  const record = recordOf(options.version, released, made.shape, made.facts);
  const needed = previous === undefined ? undefined : neededLevel(compareFacts(previous.facts, record.facts), previous.shape, record.shape);
  const refused = refuseVersion(previous?.version, options.version, needed);
  if (refused !== undefined) throw new Error(refused);
  if (previous !== undefined && released < previous.released) throw new Error(`${released} is before ${previous.version}'s release (${previous.released})`);
  mkdirSync(join(dataDir, releasesDir), { recursive: true });
  writeAtomicallySync(join(dataDir, releasesDir, `${options.version}.json`), Buffer.from(encodeRecord(record)), 0o644);
  if (options.fromGit === undefined) {
    stampMetadata(dataDir, options.version, released);
    await writeCitation(options.root, dataDir);
  }
  writeChangelog(options.root, dataDir, made.owners);
  options.log(`data ${options.version} (${released}): ${record.facts.size} facts${previous ? `; since ${previous.version} ${needed?.level ?? 'no'} change: ${needed?.why ?? ''}` : ''}; wrote data/${releasesDir}/${options.version}.json${options.fromGit === undefined ? ', data/dataset.yaml, CITATION.cff' : ''} and CHANGELOG.md`);
  return record;
}

interface Made {
  readonly facts: Fact[];
  readonly shape: string[];
  readonly owners: string[];
  readonly date?: string;
}

/** Today's data, which must pass `astana validate`. */
async function current(root: string): Promise<Made> {
  const checked = await checkDataDir(join(root, 'data'));
  const errors = checked.diagnostics.filter(isError);
  if (errors.length > 0 || checked.dataset === undefined) throw new Error(`data/ does not validate (${errors[0]?.file ?? ''}: ${errors[0]?.code ?? 'no dataset'}); run astana validate`);
  return { facts: datasetFacts(checked.dataset), shape: schemaShape(schemasIn(join(root, 'schemas'))), owners: checked.dataset.meetings.map((m) => m.id) };
}

/** The data and schemas at `commit`, read as they were, without today's schemas. */
async function atCommit(root: string, commit: string): Promise<Made> {
  const dir = mkdtempSync(join(tmpdir(), 'astana-release-'));
  try {
    const archive = execFileSync('git', ['archive', '--format=tar', commit, 'data', 'schemas'], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    const date = execFileSync('git', ['show', '-s', '--format=%cs', commit], { cwd: root, encoding: 'utf8' }).trim();
    const source = await rawSource(join(dir, 'data'));
    const facts = factsOf(source);
    return { facts, shape: schemaShape(schemasIn(join(dir, 'schemas'))), owners: source.meetings.map((m) => m.id), date };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parsed YAML of a data directory, unchecked: data of an older shape reads as it was. */
export async function rawSource(dataDir: string): Promise<FactSource> {
  const meetings: { id: string; body: unknown }[] = [];
  const registries: { name: string; entries: unknown[]; sources?: unknown[] }[] = [];
  for (const raw of readDataDir(dataDir).files) {
    const value = (await parseFile(raw)).file?.value as Record<string, unknown> | undefined;
    if (value === undefined || raw.kind === 'dataset') continue;
    if (isMeetingKind(raw.kind)) meetings.push({ id: `${raw.kind}-${String(value[raw.kind])}`, body: value });
    else registries.push({ name: raw.kind, entries: Array.isArray(value[raw.kind]) ? (value[raw.kind] as unknown[]) : [], ...(Array.isArray(value.sources) ? { sources: value.sources as unknown[] } : {}) });
  }
  const start = (m: { body: unknown }): string => String((m.body as { dates?: { start?: unknown } }).dates?.start ?? '');
  return { meetings: meetings.sort((a, b) => start(a).localeCompare(start(b)) || a.id.localeCompare(b.id)), registries };
}

function schemasIn(dir: string): Record<string, unknown> {
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.schema.json')).map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]));
}

/** Sets `version` and `released` in data/dataset.yaml, keeping its comments and layout. */
function stampMetadata(dataDir: string, version: string, released: string): void {
  const file = join(dataDir, 'dataset.yaml');
  if (!existsSync(file)) throw new Error('data/dataset.yaml is missing: it names the dataset and holds its version');
  const text = readFileSync(file, 'utf8');
  const stamped = text.replace(/^version: .*$/m, `version: ${version}`).replace(/^released: .*$/m, `released: "${released}"`);
  if (!/^version: /m.test(text) || !/^released: /m.test(text)) throw new Error('data/dataset.yaml has no top-level version: and released: lines to stamp');
  writeAtomicallySync(file, Buffer.from(stamped), 0o644);
}

/** CITATION.cff from the stamped dataset.yaml, so that the file never gives another version than the data. */
async function writeCitation(root: string, dataDir: string): Promise<void> {
  const { dataset } = await checkDataDir(dataDir);
  if (dataset?.metadata === undefined) throw new Error('data/dataset.yaml could not be read back after stamping it');
  writeAtomicallySync(join(root, 'CITATION.cff'), Buffer.from(citationCff(dataset.metadata)), 0o644);
}

function writeChangelog(root: string, dataDir: string, owners: readonly string[]): void {
  const file = join(root, 'CHANGELOG.md');
  const records = releasedVersions(dataDir).map((v) => readRecord(dataDir, 'data', v));
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Changelog\n';
  writeAtomicallySync(file, Buffer.from(withDataReleases(text, records, owners)), 0o644);
}
