import type { Dataset, Meeting } from '../model/dataset.js';
import type { MeetingKind } from '../model/dataset.js';

/** What a hit can be: a text in a meeting, or an entry of a registry. */
export type HitKind = MeetingKind | 'party' | 'person' | 'topic' | 'resolution' | 'city';
export const hitKinds: readonly HitKind[] = ['round', 'summit', 'ministerial', 'party', 'person', 'topic', 'resolution', 'city'];

/** One searchable text and where it sits. Its place in the list is its id in the index. */
export interface SearchDoc {
  readonly kind: HitKind;
  /** The meeting's id, for a text in a meeting. */
  readonly meeting?: string;
  /** The registry entry's id, for a name, alias, label or subject. */
  readonly entry?: string;
  /** Where the text sits: `agenda[3].summary` in a meeting, `people[khaji].aliases[0]` in a registry. */
  readonly path: string;
  readonly text: string;
  /** Ids of the meeting's sources that state it; for a resolution, its own id (the URL of its text). */
  readonly sources: readonly string[];
}

/** Fields that hold prose or names, wherever the schemas put them. Ids, dates, URLs and enums are left out. */
const textKeys = new Set(['summary', 'text', 'quote', 'note', 'title', 'reason', 'venue', 'period', 'publisher']);

/**
 * Every text the data holds, in a fixed order (meetings in date order, then the registries), so
 * that an index built once still matches the documents rebuilt from the same data.
 */
export function searchDocuments(data: Dataset): SearchDoc[] {
  return [...data.meetings.flatMap(meetingDocuments), ...registryDocuments(data)];
}

/** The texts of one meeting, in the order searchDocuments gives them. */
export function meetingDocuments(meeting: Meeting): SearchDoc[] {
  const docs: SearchDoc[] = [];
  meetingTexts(meeting, docs);
  return docs;
}

/** The names, aliases, labels and subjects of the registries. */
export function registryDocuments(data: Dataset): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const registry = <T extends { id: string }>(kind: HitKind, list: string, items: Iterable<T>, fields: (item: T) => [string, string | undefined][], sources: (item: T) => string[] = () => []): void => {
    for (const item of items) {
      for (const [field, text] of fields(item)) if (text) docs.push({ kind, entry: item.id, path: `${list}[${item.id}].${field}`, text, sources: sources(item) });
    }
  };
  const named = (item: { name: string; aliases?: string[] }): [string, string][] => [['name', item.name], ...(item.aliases ?? []).map((a, i): [string, string] => [`aliases[${i}]`, a])];
  registry('party', 'parties', data.parties.values(), named);
  registry('person', 'people', data.people.values(), named);
  registry('city', 'cities', data.cities.values(), named);
  registry('topic', 'topics', data.topics.values(), (t) => [['label', t.label], ['description', t.description]]);
  registry('resolution', 'resolutions', data.resolutions.values(), (r) => [['symbol', r.symbol], ['subject', r.subject], ['title', r.title], ['note', r.note]], (r) => [r.id]);
  return docs;
}

function meetingTexts(meeting: Meeting, docs: SearchDoc[]): void {
  const add = (path: string, text: string, sources: readonly string[]): void => void docs.push({ kind: meeting.kind, meeting: meeting.id, path, text, sources });
  const body = meeting.body;
  // The meeting's own source list: each source states its title and publisher itself.
  body.sources.forEach((s, i) => {
    for (const key of ['title', 'publisher', 'note'] as const) if (s[key]) add(`sources[${i}].${key}`, s[key]!, [s.id]);
  });
  const { sources: _list, ...facts } = body;
  walk(facts, '', [], add);
}

/** The city's name, and the city the next meeting was to be held in, are searchable too. */
const isText = (key: string, path: string): boolean => textKeys.has(key) || (key === 'name' && path === 'city') || (key === 'city' && path.startsWith('next'));

/** Visits every text field below `value`; a fact's sources are those of the nearest object that lists some. */
function walk(value: unknown, path: string, sources: readonly string[], add: (path: string, text: string, sources: readonly string[]) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, sources, add));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const own = Array.isArray(record.sources) ? (record.sources as string[]) : Array.isArray(record.basis) ? (record.basis as string[]) : sources;
  for (const [key, child] of Object.entries(record)) {
    const at = path ? `${path}.${key}` : key;
    if (typeof child === 'string' && isText(key, path)) add(at, child, own);
    else if (typeof child === 'object') walk(child, at, own, add);
  }
}
