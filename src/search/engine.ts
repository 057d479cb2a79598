import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { fold } from '../fold.js';
import type { Dataset } from '../model/dataset.js';
import { meetingDocuments, registryDocuments, type SearchDoc } from './documents.js';

/** Raised when the documents or the index options change, so stored indexes are rebuilt. */
export const indexFormat = 4;

/**
 * Two levels, as a web search finds pages and then the passages in them: the stored index
 * has one document per meeting (all its texts) and one per registry name, alias, label or
 * subject; a meeting that matches is then searched text by text. A word that recurs in a
 * meeting's texts is one entry, not dozens, so the index is small and quick to load.
 */
export interface SearchIndex {
  readonly engine: MiniSearch<Indexed>;
  /** Documents below this id are meetings, in dataset order; the rest are registry texts. */
  readonly meetings: number;
}

export interface StoredIndex {
  readonly engine: AsPlainObject;
  readonly meetings: number;
}

interface Indexed {
  readonly id: number;
  readonly text: string;
}

/**
 * English words too common to tell texts apart: left out of the index and of queries, so "the
 * earthquake" finds what "earthquake" finds.
 */
export const stopWords: ReadonlySet<string> = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'their', 'to', 'was', 'were', 'which', 'with']);

// Case and diacritics are folded on both sides, so "Onal" finds "Önal" and "Turkiye" finds
// "Türkiye"; the default tokenizer splits on Unicode spaces and punctuation, so Cyrillic and
// Arabic words are terms as written.
const processTerm = (term: string): string | null => {
  const folded = fold(term);
  return folded === '' || stopWords.has(folded) ? null : folded;
};

const options: Options<Indexed> = { fields: ['text'], storeFields: [], processTerm };

/** The words of a query that are searched for: none when it holds only stop words. */
export const queryTerms = (query: string): string[] => query.split(/[\n\r\p{Z}\p{P}]+/u).map(processTerm).filter((t): t is string => t !== null);

export function buildIndex(data: Dataset): SearchIndex {
  const engine = new MiniSearch(options);
  const meetings = data.meetings.length;
  engine.addAll(data.meetings.map((m, id) => ({ id, text: meetingDocuments(m).map((d) => d.text).join('\n') })));
  engine.addAll(registryDocuments(data).map((d, i) => ({ id: meetings + i, text: d.text })));
  return { engine, meetings };
}

export const storeIndex = (index: SearchIndex): StoredIndex => ({ engine: index.engine.toJSON(), meetings: index.meetings });

export const restoreIndex = (stored: StoredIndex): SearchIndex => ({ engine: MiniSearch.loadJS(stored.engine, options), meetings: stored.meetings });

// Every word must match, as a word or as the start of one; typos (one per four letters, at
// most two) are tried only when that finds nothing: walking the index for near spellings
// costs more than the rest of a search, and a word that matches as typed is what was meant.
const exact: SearchOptions = { prefix: true, combineWith: 'AND' };
const typos: SearchOptions = { ...exact, fuzzy: 0.25, maxFuzzy: 2 };

export interface TextMatch {
  readonly doc: SearchDoc;
  /** Relevance: the meeting's (or registry text's) score, shared out among its matching texts. */
  readonly score: number;
  /** The folded terms of the text that matched. */
  readonly terms: readonly string[];
}

export interface MatchFilters {
  /** Whether to look into the meeting at this place in `data.meetings`. */
  readonly meeting: (index: number) => boolean;
  readonly registry: (doc: SearchDoc) => boolean;
  /** Stop once this many texts are certain to be the best; 0 for all. */
  readonly limit: number;
}

/** The texts that match `query`, best first (ties in data order). */
export function match(index: SearchIndex, data: Dataset, query: string, filters: MatchFilters): TextMatch[] {
  let mode = exact;
  let found = index.engine.search(query, mode);
  if (found.length === 0) found = index.engine.search(query, (mode = typos));
  let registry: SearchDoc[] | undefined;
  const out: (TextMatch & { order: number })[] = [];
  const best = (): number => [...out.map((m) => m.score)].sort((a, b) => b - a)[filters.limit - 1] ?? -Infinity;
  for (const [rank, result] of found.entries()) {
    // Texts score at most their meeting's score, so later meetings cannot beat a full list.
    if (filters.limit > 0 && out.length >= filters.limit && best() >= result.score) break;
    const id = result.id as number;
    if (id >= index.meetings) {
      const doc = (registry ??= registryDocuments(data))[id - index.meetings];
      if (doc && filters.registry(doc)) out.push({ doc, score: result.score, terms: result.terms, order: rank * 1e4 });
      continue;
    }
    if (!filters.meeting(id)) continue;
    const texts = meetingDocuments(data.meetings[id]!);
    const within = new MiniSearch(options);
    within.addAll(texts.map((d, i) => ({ id: i, text: d.text })));
    const hits = within.search(query, mode);
    const top = hits[0]?.score ?? 1;
    for (const h of hits) out.push({ doc: texts[h.id as number]!, score: (result.score * h.score) / top, terms: h.terms, order: rank * 1e4 + (h.id as number) });
  }
  return out.sort((a, b) => b.score - a.score || a.order - b.order).map(({ doc, score, terms }) => ({ doc, score, terms }));
}
