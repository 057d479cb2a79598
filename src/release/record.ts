import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import { readSafely } from '../runtime/files.js';
import { compareVersions, isVersion } from './version.js';
import type { Fact } from './facts.js';
import { factKey } from './facts.js';
import { byCodeUnit } from '../text/compare.js';

/**
 * What a release keeps: its version, its date, and every fact of the data as it stood, keyed by
 * stable ids (data/releases/<version>.json, one fact per line so that git shows what changed).
 */
export interface ReleaseRecord {
  readonly version: string;
  readonly released: string;
  /** The field paths the data schemas allowed (release/shape.ts): what tells a major release. */
  readonly shape: readonly string[];
  readonly facts: ReadonlyMap<string, Fact>;
}

const format = 'astana-release/1';
export const releasesDir = 'releases';

type StoredFact = readonly [kind: string, value: Fact["value"], sources: readonly string[]];

/**
 * Pages are cited by many facts: each is written once, under a short hash of its URL that stays
 * the same from release to release, so that a diff of two records shows only what changed.
 */
function pageRefs(urls: Iterable<string>): Map<string, string> {
  const unique = [...new Set(urls)].sort(byCodeUnit);
  for (let length = 8; ; length += 4) {
    const refs = new Map(unique.map((url) => [url, createHash('sha256').update(url).digest('hex').slice(0, length)]));
    if (new Set(refs.values()).size === unique.length) return refs;
  }
}

export function encodeRecord(record: ReleaseRecord): string {
  const refs = pageRefs([...record.facts.values()].flatMap((f) => f.sources));
  const lines = [...record.facts.entries()].map(([key, f]) => `${JSON.stringify(key)}:${JSON.stringify([f.kind, f.value, f.sources.map((url) => refs.get(url)!)] satisfies StoredFact)}`);
  const pages = [...refs].map(([url, ref]) => `${JSON.stringify(ref)}:${JSON.stringify(url)}`);
  const head = `"format":${JSON.stringify(format)},"version":${JSON.stringify(record.version)},"released":${JSON.stringify(record.released)}`;
  return `{${head},\n"shape":${JSON.stringify(record.shape)},\n"pages":{\n${pages.join(',\n')}\n},\n"facts":{\n${lines.join(',\n')}\n}}\n`;
}

/** The record in `text`, or a message saying what is wrong with it. */
export function decodeRecord(text: string): ReleaseRecord | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `not JSON (${(error as Error).message})`;
  }
  const r = parsed as { format?: unknown; version?: unknown; released?: unknown; shape?: unknown; pages?: unknown; facts?: unknown };
  if (r.format !== format) return `not a release record (format ${JSON.stringify(r.format)}, expected ${format})`;
  if (typeof r.version !== 'string' || !isVersion(r.version)) return `its version ${JSON.stringify(r.version)} is not MAJOR.MINOR.PATCH`;
  if (typeof r.released !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.released)) return `its release date ${JSON.stringify(r.released)} is not YYYY-MM-DD`;
  if (!Array.isArray(r.shape) || !r.shape.every((p) => typeof p === 'string')) return 'its shape is not a list of field paths';
  if (typeof r.pages !== 'object' || r.pages === null || Array.isArray(r.pages)) return 'it has no pages';
  const pages = new Map(Object.entries(r.pages as Record<string, unknown>));
  if (typeof r.facts !== 'object' || r.facts === null || Array.isArray(r.facts)) return 'it has no facts';
  const facts = new Map<string, Fact>();
  for (const [key, stored] of Object.entries(r.facts)) {
    const [kind, value, sources] = Array.isArray(stored) ? (stored as unknown[]) : [];
    if (typeof kind !== 'string' || typeof value !== 'object' || value === null || !Array.isArray(sources)) return `its fact ${key} is not [kind, value, sources]`;
    const slash = key.indexOf('/');
    const urls = sources.map((ref) => pages.get(String(ref)));
    if (!urls.every((url): url is string => typeof url === 'string')) return `its fact ${key} cites a page it does not list`;
    const fact: Fact = { owner: slash < 0 ? key : key.slice(0, slash), path: slash < 0 ? '' : key.slice(slash + 1), kind, value: value as Fact['value'], sources: urls };
    facts.set(factKey(fact), fact);
  }
  return { version: r.version, released: r.released, shape: r.shape as string[], facts };
}

/** A record file is a few hundred kilobytes; this bounds what is read. */
const maxRecordBytes = 64 * 1024 * 1024;

/** The versions released from `dataDir`, oldest first. */
export function releasedVersions(dataDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(join(dataDir, releasesDir));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.json') && isVersion(n.slice(0, -'.json'.length)))
    .map((n) => n.slice(0, -'.json'.length))
    .sort(compareVersions);
}

/** The record of `version`, read from `dataDir`; a damaged one is invalid data, named by its file. */
export function readRecord(dataDir: string, shown: string, version: string): ReleaseRecord {
  const path = `${releasesDir}/${version}.json`;
  const bytes = readSafely(join(dataDir, path), maxRecordBytes);
  const decoded = bytes === undefined ? 'it cannot be read' : decodeRecord(bytes.toString('utf8'));
  if (typeof decoded === 'string') throw new DataError({ code: 'release/invalid', severity: 'error', file: path, line: 0, column: 0, args: { reason: decoded } }, 0, shown);
  if (decoded.version !== version) throw new DataError({ code: 'release/invalid', severity: 'error', file: path, line: 0, column: 0, args: { reason: `it records version ${decoded.version}` } }, 0, shown);
  return decoded;
}

export const recordOf = (version: string, released: string, shape: readonly string[], facts: readonly Fact[]): ReleaseRecord => ({ version, released, shape, facts: new Map(facts.map((f) => [factKey(f), f])) });
