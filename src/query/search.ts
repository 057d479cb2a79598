import { NotFoundError, UsageError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { hitKinds, type HitKind, type SearchDoc } from '../search/documents.js';
import { match, queryTerms, type SearchIndex } from '../search/engine.js';
import { maxQueryLength, maxQueryWords } from '../search/limits.js';
import { suggest } from '../text/suggest.js';
import type { MeetingFilters } from './filters.js';
import { resolveMeetingOrRound } from './meetings.js';
import { sourceRefs, type SourceRef } from './source-refs.js';

export interface SearchOptions extends Pick<MeetingFilters, 'from' | 'to'> {
  /** A meeting kind (round, summit, ministerial) or a registry (party, person, topic, resolution, city). */
  readonly kind?: string;
  /** Only texts of this meeting (a round number or a meeting id). */
  readonly meeting?: string;
  /** At most this many hits; 0 for all. */
  readonly limit?: number;
}

export interface SearchHit {
  /** The meeting the text belongs to; null for an entry of a registry. */
  readonly meeting: string | null;
  readonly kind: HitKind;
  /** The registry entry, for a hit in a registry. */
  readonly entry?: string;
  readonly path: string;
  readonly text: string;
  readonly score: number;
  /** The words of the text that matched, case and diacritics folded. */
  readonly terms: string[];
  /** For a registry's resolution, the resolution's own record (its URL, its UN body as publisher). */
  readonly sources: SourceRef[];
}

/** Ranked hits for `query` over every text of the data (see search/documents.ts). */
export function search(data: Dataset, index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  if (query.trim() === '') throw new UsageError('search needs at least one word');
  if (query.length > maxQueryLength) throw new UsageError(`the search words are ${query.length} characters long; at most ${maxQueryLength} are searched`);
  if (queryTerms(query).length > maxQueryWords) throw new UsageError(`the search has ${queryTerms(query).length} words; at most ${maxQueryWords} are searched`);
  if (queryTerms(query).length === 0) throw new UsageError(`'${query.trim()}' has only words too common to search for (such as 'the', 'of', 'and'); add a rarer one`);
  const kind = options.kind === undefined ? undefined : parseHitKind(options.kind);
  const meeting = options.meeting === undefined ? undefined : resolveMeetingOrRound(data, options.meeting).id;
  const limit = options.limit ?? 0;
  const { from, to } = options;
  const dated = from !== undefined || to !== undefined;
  // Meeting filters look at the meeting alone, so its texts are searched only when it is kept.
  const inMeeting = (i: number): boolean => {
    const m = data.meetings[i]!;
    if ((kind !== undefined && m.kind !== kind) || (meeting !== undefined && m.id !== meeting)) return false;
    return !dated || ((from === undefined || m.body.dates.end >= from) && (to === undefined || m.body.dates.start <= to));
  };
  // A period or a meeting is about meetings: registry entries have no date, so they drop out.
  const inRegistry = (doc: SearchDoc): boolean => !dated && meeting === undefined && (kind === undefined || doc.kind === kind);
  // A registry entry is one hit, at its best-matching name, however many of its aliases match.
  const seen = new Set<string>();
  const once = (doc: SearchDoc): boolean => !seen.has(`${doc.kind}:${doc.entry}`) && !!seen.add(`${doc.kind}:${doc.entry}`);
  // Registry texts come best first, so the first of an entry is its best match.
  const found = match(index, data, query, { meeting: inMeeting, registry: (doc) => inRegistry(doc) && once(doc), limit });
  return (limit > 0 ? found.slice(0, limit) : found).map((m) => hit(data, m.doc, m.score, m.terms));
}

function hit(data: Dataset, doc: SearchDoc, score: number, terms: readonly string[]): SearchHit {
  const body = doc.meeting === undefined ? undefined : data.meetingById.get(doc.meeting)?.body;
  const own = (id: string): SourceRef[] => {
    const r = data.resolutions.get(id);
    return r ? [{ id, url: r.url, publisher: r.body, title: r.title ?? r.symbol }] : [];
  };
  return {
    meeting: doc.meeting ?? null,
    kind: doc.kind,
    entry: doc.entry,
    path: doc.path,
    text: doc.text,
    score: Math.round(score * 1000) / 1000,
    terms: [...terms],
    sources: body ? sourceRefs(body, doc.sources) : doc.sources.flatMap(own),
  };
}

const plurals: Record<string, HitKind> = { rounds: 'round', summits: 'summit', ministerials: 'ministerial', parties: 'party', people: 'person', persons: 'person', topics: 'topic', resolutions: 'resolution', cities: 'city' };

function parseHitKind(value: string): HitKind {
  const text = value.trim().toLowerCase();
  const kind = hitKinds.find((k) => k === text) ?? plurals[text];
  if (kind) return kind;
  const near = suggest(text, hitKinds);
  if (near.length === 0) throw new UsageError(`unknown kind '${value}' (kinds: ${hitKinds.join(', ')})`);
  throw new NotFoundError('kind', value, near);
}
