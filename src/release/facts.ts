import { byCodeUnit } from '../text/compare.js';

/**
 * The dataset as a flat set of facts keyed by stable ids, for comparing two releases. A fact is
 * one record of the data: a meeting's dates, its city, a delegation, a head's account, an agenda
 * item, a registry entry. Its key names its owner (a meeting id, or a registry entry such as
 * `party:russia`) and its place by ids, not positions (`round-5/delegations[turkey].head`), so
 * that inserting an item does not change the keys of the others. Its value is its own scalar
 * fields; nested records are facts of their own. Its sources are the pages' URLs, not the ids
 * local to a file. It works on parsed YAML without the schemas, so that data as it stood in an
 * earlier release, in an earlier shape, can be compared with today's.
 */
export interface Fact {
  /** The meeting id, or the registry entry (`party:russia`), that holds the fact. */
  readonly owner: string;
  /** Where it sits in its owner, by ids: '' for the owner's own fields. */
  readonly path: string;
  /** What kind of fact: the field of the meeting (`delegations`, `agenda`…) or the registry. */
  readonly kind: string;
  readonly value: Readonly<Record<string, Scalar | readonly Scalar[]>>;
  readonly sources: readonly string[];
}

export type Scalar = string | number | boolean | null;

/** Data as parsed from its files: what a release record is made from. */
export interface FactSource {
  readonly meetings: readonly { readonly id: string; readonly body: unknown }[];
  /** Each registry's entries, by registry (`parties`), and the sources its file lists. */
  readonly registries: readonly { readonly name: string; readonly entries: readonly unknown[]; readonly sources?: readonly unknown[] }[];
}

/** The singular names registry entries are keyed by: `party:russia`. */
export const registryOwners: Readonly<Record<string, string>> = { parties: 'party', people: 'person', topics: 'topic', resolutions: 'resolution', cities: 'city' };

/** What names an item of a list, in this order; items without one are numbered. */
const labelFields = ['party', 'topic', 'resolution', 'person', 'id', 'kind', 'name', 'city'] as const;

/** The fields that hold a meeting's number: the owner's id already says it. */
const numberFields = new Set(['round', 'summit', 'ministerial']);

export const factKey = (fact: Pick<Fact, 'owner' | 'path'>): string => (fact.path === '' ? fact.owner : `${fact.owner}/${fact.path}`);

export function factsOf(source: FactSource): Fact[] {
  const facts: Fact[] = [];
  for (const meeting of source.meetings) {
    const body = isObject(meeting.body) ? meeting.body : {};
    const urls = sourceUrls(body.sources);
    const { sources, ...rest } = body;
    walk(omit(rest, numberFields), { owner: meeting.id, path: '', kind: '', urls, facts });
    // The pages themselves: a corrected date or title of a page is a change too.
    for (const page of Array.isArray(sources) ? sources.filter(isObject) : []) {
      if (typeof page.url !== 'string') continue;
      const { id, url, ...fields } = page;
      facts.push({ owner: meeting.id, path: `sources[${url}]`, kind: 'sources', value: scalars(fields), sources: [] });
    }
  }
  for (const registry of source.registries) {
    const urls = sourceUrls(registry.sources);
    const singular = registryOwners[registry.name] ?? registry.name;
    for (const entry of registry.entries.filter(isObject)) {
      if (typeof entry.id !== 'string') continue;
      const { id, ...rest } = entry;
      walk(rest, { owner: `${singular}:${id}`, path: '', kind: `${registry.name}.yaml`, urls, facts });
    }
  }
  return facts.sort((a, b) => byCodeUnit(factKey(a), factKey(b)));
}

interface Walk {
  readonly owner: string;
  readonly path: string;
  readonly kind: string;
  readonly urls: ReadonlyMap<string, string>;
  readonly facts: Fact[];
}

/** Emits the record at `at` if it has fields or sources of its own, then the records inside it. */
function walk(record: Record<string, unknown>, at: Walk): void {
  const { sources, ...fields } = record;
  const own = scalars(fields);
  const cited = Array.isArray(sources) ? sources.map((s) => (typeof s === 'string' ? (at.urls.get(s) ?? s) : String(s))) : [];
  if (Object.keys(own).length > 0 || cited.length > 0) at.facts.push({ owner: at.owner, path: at.path, kind: at.kind || 'meeting', value: own, sources: [...new Set(cited)].sort(byCodeUnit) });
  for (const [key, value] of Object.entries(fields)) {
    const path = at.path === '' ? key : `${at.path}.${key}`;
    const kind = at.kind || key;
    if (isObject(value)) walk(value, { ...at, path, kind });
    else if (Array.isArray(value) && value.some(isObject)) {
      const seen = new Map<string, number>();
      value.forEach((item, i) => {
        if (!isObject(item)) return;
        const label = labelOf(item) ?? `#${i + 1}`;
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        walk(item, { ...at, path: `${path}[${n === 1 ? label : `${label}#${n}`}]`, kind });
      });
    }
  }
}

function labelOf(item: Record<string, unknown>): string | undefined {
  for (const field of labelFields) {
    const value = item[field];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return undefined;
}

/** A record's scalar fields and lists of scalars, in key order. */
function scalars(record: Record<string, unknown>): Record<string, Scalar | Scalar[]> {
  const out: Record<string, Scalar | Scalar[]> = {};
  for (const key of Object.keys(record).sort(byCodeUnit)) {
    const value = record[key];
    if (isScalar(value)) out[key] = value;
    else if (Array.isArray(value) && value.length > 0 && value.every(isScalar)) out[key] = value;
  }
  return out;
}

function sourceUrls(list: unknown): ReadonlyMap<string, string> {
  const urls = new Map<string, string>();
  for (const page of Array.isArray(list) ? list.filter(isObject) : []) if (typeof page.id === 'string' && typeof page.url === 'string') urls.set(page.id, page.url);
  return urls;
}

const omit = (record: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> => Object.fromEntries(Object.entries(record).filter(([k]) => !keys.has(k)));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: unknown): v is Scalar => v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
