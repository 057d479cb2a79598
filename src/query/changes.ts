import type { Dataset } from '../model/dataset.js';
import { factKey, factsOf, type Fact, type FactSource, type Scalar } from '../release/facts.js';
import type { ReleaseRecord } from '../release/record.js';
import { UsageError } from '../errors.js';
import { byCodeUnit } from '../text/compare.js';
import { suggest } from '../text/suggest.js';
import { resolveMeetingOrRound } from './meetings.js';

/** How a fact differs: new, gone, its values changed, or only the pages it cites. */
export type ChangeKind = 'added' | 'removed' | 'changed' | 'sources';

/** A fact's own fields: text, numbers, flags and lists of them. */
export type FactValue = Record<string, Scalar | Scalar[]>;

/** One fact that differs between two versions of the data. */
export interface Change {
  change: ChangeKind;
  /** The fact's stable key: its owner, then its place by ids (`round-5/delegations[turkey].head`). */
  key: string;
  /** The meeting that holds the fact; null for a registry entry's. */
  meeting: string | null;
  /** The registry entry that holds the fact (`party:russia`); null for a meeting's. */
  entry: string | null;
  /** The kind of fact: the meeting field (`dates`, `delegations`, `agenda`…) or the registry (`party`…). */
  kind: string;
  /** The fields that differ; every field of an added or removed fact; `sources` when the pages cited differ. */
  fields: string[];
  /** The fact's fields in the older version; null when it was added. */
  old: FactValue | null;
  /** The fact's fields now; null when it was removed. */
  new: FactValue | null;
  /** The URLs the older version cites for it. */
  oldSources: string[];
  /** The URLs cited for it now. */
  newSources: string[];
}

/** One line of csv, tsv or ndjson: one field of one changed fact. */
export interface ChangeRow {
  change: ChangeKind;
  key: string;
  meeting: string | null;
  entry: string | null;
  kind: string;
  /** The field; `sources` for the pages cited. */
  field: string;
  old: Scalar | Scalar[];
  new: Scalar | Scalar[];
}

/** Counts of changed facts for a meeting, a registry entry, a kind of fact, or in all. */
export interface ChangeStat {
  group: 'meeting' | 'entry' | 'kind' | 'total';
  name: string;
  added: number;
  removed: number;
  changed: number;
  /** Facts whose only change is the pages they cite. */
  sources: number;
}

/** A version of the data: a release, or the data as it is now. */
export interface DataVersion {
  /** The release; null for changes not yet released. */
  version: string | null;
  /** Its release date; null for changes not yet released. */
  released: string | null;
}

/** What `astana changes` prints. */
export interface ChangeReport {
  from: DataVersion;
  to: DataVersion;
  /** The meeting --meeting kept, or null. */
  meeting: string | null;
  /** Counts per meeting, per registry entry, per kind of fact, then the total. */
  stat: ChangeStat[];
  changes: Change[];
}

/** The facts of a loaded dataset, as a release records them. */
export function datasetFacts(data: Dataset): Fact[] {
  const source: FactSource = {
    meetings: data.meetings.map((m) => ({ id: m.id, body: m.body })),
    registries: [
      { name: 'parties', entries: [...data.parties.values()], sources: [...data.partySources.values()] },
      { name: 'people', entries: [...data.people.values()] },
      { name: 'topics', entries: [...data.topics.values()] },
      { name: 'resolutions', entries: [...data.resolutions.values()] },
      { name: 'cities', entries: [...data.cities.values()] },
    ],
  };
  return factsOf(source);
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Items of a list that have no id are keyed by their place (`notes[#2]`), and repeated ids by
 * their count (`agenda[idlib#2]`): a note inserted first would shift every key after it. So the
 * items of one such list are paired before they are compared: the same text first, wherever it
 * moved, then the rest in order. Returns, for each such new key, the old key it pairs with.
 */
function pairPlaces(from: ReadonlyMap<string, Fact>, to: ReadonlyMap<string, Fact>): { pairs: Map<string, string | undefined>; grouped: Set<string> } {
  const place = /^(.*)\[([^\]#]*)(?:#(\d+))?\]$/;
  const groups = new Map<string, { old: string[]; new: string[] }>();
  const gather = (facts: ReadonlyMap<string, Fact>, side: 'old' | 'new'): void => {
    for (const [key, fact] of facts) {
      const m = fact.kind === 'sources' ? null : place.exec(key);
      if (!m || (m[3] === undefined && m[2] !== '')) continue;
      const group = `${m[1]}[${m[2]}]`;
      const entry = groups.get(group) ?? { old: [], new: [] };
      entry[side].push(key);
      groups.set(group, entry);
    }
  };
  gather(from, 'old');
  gather(to, 'new');
  const pairs = new Map<string, string | undefined>();
  const grouped = new Set<string>();
  for (const { old, new: now } of groups.values()) {
    old.forEach((key) => grouped.add(key));
    const left = new Set(old);
    const take = (match: (a: Fact, b: Fact) => boolean): void => {
      for (const key of now) {
        if (pairs.has(key)) continue;
        const found = [...left].find((o) => match(from.get(o)!, to.get(key)!));
        if (found === undefined) continue;
        pairs.set(key, found);
        left.delete(found);
      }
    };
    take((a, b) => same([a.value, a.sources], [b.value, b.sources]));
    take((a, b) => same(a.value, b.value));
    take((a, b) => likeness(a, b) >= 0.5);
    // One item left on each side is one item edited.
    const rest = now.filter((key) => !pairs.has(key));
    if (rest.length === 1 && left.size === 1) pairs.set(rest[0]!, [...left][0]);
    else for (const key of rest) pairs.set(key, undefined);
  }
  return { pairs, grouped };
}

/** How alike two facts' texts are: the share of words they have in common (Dice). */
function likeness(a: Fact, b: Fact): number {
  const words = (f: Fact): Set<string> => new Set(JSON.stringify(f.value).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}

/** Every fact that differs from `from` to `to`, in the order of `owners` (meetings by date), then by key. */
export function compareFacts(from: ReadonlyMap<string, Fact>, to: ReadonlyMap<string, Fact>, owners: readonly string[] = []): Change[] {
  const { pairs, grouped } = pairPlaces(from, to);
  const paired = new Set([...pairs.values()].filter((k): k is string => k !== undefined));
  const compared: [key: string, a: Fact | undefined, b: Fact | undefined][] = [];
  for (const [key, b] of to) {
    const oldKey = pairs.has(key) ? pairs.get(key) : grouped.has(key) ? undefined : key;
    compared.push([key, oldKey === undefined ? undefined : from.get(oldKey), b]);
  }
  for (const [key, a] of from) if (grouped.has(key) ? !paired.has(key) : !to.has(key)) compared.push([key, a, undefined]);
  const changes: Change[] = [];
  for (const [key, a, b] of compared) {
    const fact = (b ?? a)!;
    const base = { key, meeting: fact.owner.includes(':') ? null : fact.owner, entry: fact.owner.includes(':') ? fact.owner : null, kind: fact.kind };
    const value = (f: Fact | undefined): FactValue | null => (f ? ({ ...f.value } as FactValue) : null);
    if (a === undefined || b === undefined) {
      const fields = [...Object.keys(fact.value), ...(fact.sources.length > 0 ? ['sources'] : [])];
      changes.push({ change: a ? 'removed' : 'added', ...base, fields, old: value(a), new: value(b), oldSources: [...(a?.sources ?? [])], newSources: [...(b?.sources ?? [])] });
      continue;
    }
    const fields = [...new Set([...Object.keys(a.value), ...Object.keys(b.value)])].filter((f) => !same(a.value[f], b.value[f])).sort(byCodeUnit);
    const resourced = !same(a.sources, b.sources);
    if (fields.length === 0 && !resourced) continue;
    changes.push({ change: fields.length > 0 ? 'changed' : 'sources', ...base, fields: resourced ? [...fields, 'sources'] : fields, old: value(a), new: value(b), oldSources: [...a.sources], newSources: [...b.sources] });
  }
  const rank = new Map(owners.map((o, i) => [o, i]));
  const ownerOf = (c: Change): string => (c.meeting ?? c.entry)!;
  const order = (c: Change): number => rank.get(ownerOf(c)) ?? (c.meeting !== null ? owners.length : owners.length + 1);
  return changes.sort((x, y) => order(x) - order(y) || byCodeUnit(ownerOf(x), ownerOf(y)) || byCodeUnit(x.key, y.key));
}

/** Counts per meeting and entry (in the changes' order), per kind of fact, and in all. */
export function changeStats(changes: readonly Change[]): ChangeStat[] {
  const groups = new Map<string, ChangeStat>();
  const count = (group: ChangeStat['group'], name: string, change: Change): void => {
    const id = `${group} ${name}`;
    const stat = groups.get(id) ?? { group, name, added: 0, removed: 0, changed: 0, sources: 0 };
    stat[change.change] += 1;
    groups.set(id, stat);
  };
  for (const c of changes) count(c.meeting !== null ? 'meeting' : 'entry', (c.meeting ?? c.entry)!, c);
  for (const c of [...changes].sort((x, y) => byCodeUnit(x.kind, y.kind))) count('kind', c.kind, c);
  const total: ChangeStat = { group: 'total', name: 'total', added: 0, removed: 0, changed: 0, sources: 0 };
  for (const c of changes) total[c.change] += 1;
  return [...groups.values(), total];
}

/** A version of the data and its facts by key. */
export interface Side {
  readonly version: DataVersion;
  readonly facts: ReadonlyMap<string, Fact>;
}

/** The releases of a data directory: their versions, oldest first, and a reader for each. */
export interface Releases {
  readonly versions: readonly string[];
  read(version: string): ReleaseRecord;
}

export interface ChangeOptions {
  /** The release to compare with; by default the latest, or the one before it when nothing is unreleased. */
  readonly since?: string;
  readonly meeting?: string;
}

/**
 * What changed in the data: since `since`, or else in the latest release (or since it, when the
 * data holds changes not yet released). The data as it is now is the newer side; it is named by
 * the latest release when it holds exactly that release's facts.
 */
export function changes(data: Dataset, releases: Releases, options: ChangeOptions = {}): ChangeReport {
  const latestVersion = releases.versions.at(-1);
  if (latestVersion === undefined) throw new UsageError('no release of this data is recorded (releases/ holds none): npm run release:data -- X.Y.Z records one');
  if (options.since !== undefined && !releases.versions.includes(options.since.trim())) {
    const near = suggest(options.since, releases.versions);
    throw new UsageError(`unknown version '${options.since}' (${near.length > 0 ? `did you mean ${near.join(', ')}? ` : ''}released: ${releases.versions.join(', ')})`);
  }
  const now = new Map(datasetFacts(data).map((f) => [factKey(f), f]));
  const latest = releases.read(latestVersion);
  const released = sameFacts(latest.facts, now);
  const current: Side = { version: released ? { version: latest.version, released: latest.released } : { version: null, released: null }, facts: now };
  const meeting = options.meeting === undefined ? undefined : meetingOf(data, options.meeting, latest);
  const since = options.since?.trim() ?? (released ? releases.versions.at(-2) : latestVersion);
  const from: Side = since === undefined ? { version: { version: null, released: null }, facts: new Map() } : sideOf(since === latestVersion ? latest : releases.read(since));
  return changeReport(from, current, data, meeting);
}

const sideOf = (record: ReleaseRecord): Side => ({ version: { version: record.version, released: record.released }, facts: record.facts });

function sameFacts(a: ReadonlyMap<string, Fact>, b: ReadonlyMap<string, Fact>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, fact] of a) {
    const other = b.get(key);
    if (other === undefined || !same([fact.value, fact.sources], [other.value, other.sources])) return false;
  }
  return true;
}

/** A meeting of the data, or one that a release held and the data no longer does. */
function meetingOf(data: Dataset, arg: string, latest: ReleaseRecord): string {
  try {
    return resolveMeetingOrRound(data, arg).id;
  } catch (error) {
    const gone = new Set([...latest.facts.values()].map((f) => f.owner));
    if (gone.has(arg.trim())) return arg.trim();
    throw error;
  }
}

/** The report of what changed from one side to the other. */
export function changeReport(from: Side, to: Side, data: Dataset, meeting?: string): ChangeReport {
  const all = compareFacts(from.facts, to.facts, data.meetings.map((m) => m.id));
  const kept = meeting === undefined ? all : all.filter((c) => c.meeting === meeting);
  return { from: from.version, to: to.version, meeting: meeting ?? null, stat: changeStats(kept), changes: kept };
}

/** One row per field of each change, for csv, tsv and ndjson. */
export function changeRows(report: ChangeReport): ChangeRow[] {
  return report.changes.flatMap((c) =>
    c.fields.map((field) => {
      const pick = (value: FactValue | null, sources: string[]): Scalar | Scalar[] => (field === 'sources' ? sources : (value?.[field] ?? null));
      return { change: c.change, key: c.key, meeting: c.meeting, entry: c.entry, kind: c.kind, field, old: pick(c.old, c.oldSources), new: pick(c.new, c.newSources) };
    }),
  );
}
