import { maxFuzzyWord } from './limits.js';
import MiniSearch, { type AsPlainObject, type Options, type SearchOptions, type SearchResult } from 'minisearch';
import { fold } from '../text/fold.js';
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

// The engine's own tokenizer, so a text is cut into the same terms here as in the index.
const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** The terms of a text (or a query) as the index holds them: none for a query of stop words only. */
export const queryTerms = (text: string): string[] => tokenize(text).map(processTerm).filter((t): t is string => t !== null);

/** How many documents an index of `data` holds: one per meeting, one per registry text. */
export const documentCount = (data: Dataset): number => data.meetings.length + registryDocuments(data).length;

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
// A word longer than maxFuzzyWord is matched as typed only.
const exact: SearchOptions = { prefix: true, combineWith: 'AND' };
const typos: SearchOptions = { ...exact, fuzzy: (term) => (term.length <= maxFuzzyWord ? 0.25 : 0), maxFuzzy: 2 };

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
  let expansions: Set<string>[] | undefined;
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
    const hits = textsMatching(meetingDocuments(data.meetings[id]!), (expansions ??= expand(index, query, mode, found)));
    const top = Math.max(...hits.map((h) => h.weight));
    for (const h of hits) out.push({ doc: h.doc, score: (result.score * h.weight) / top, terms: h.terms, order: rank * 1e4 + h.at });
  }
  return out.sort((a, b) => b.score - a.score || a.order - b.order).map(({ doc, score, terms }) => ({ doc, score, terms }));
}

/**
 * For each word of the query, the index terms it matches (itself, longer words it begins, near
 * spellings when typos are on), as the engine finds them.
 */
function expand(index: SearchIndex, query: string, mode: SearchOptions, found: readonly SearchResult[]): Set<string>[] {
  const words = queryTerms(query);
  // One word: the search already made matched every term it can.
  if (words.length === 1) return [new Set(found.flatMap((r) => r.terms))];
  return words.map((word) => new Set(index.engine.search(word, mode).flatMap((r) => r.terms)));
}

/**
 * The texts of a matching meeting that hold, for every word of the query, one of the terms the
 * engine matched it to. Texts where the matches make a larger share weigh more, as in the
 * engine's own ranking; the weight only orders texts within the meeting.
 */
function textsMatching(texts: readonly SearchDoc[], words: readonly Set<string>[]): { doc: SearchDoc; at: number; weight: number; terms: string[] }[] {
  return texts.flatMap((doc, at) => {
    const tokens = queryTerms(doc.text);
    const present = new Set(tokens);
    if (!words.every((terms) => [...terms].some((t) => present.has(t)))) return [];
    const matched = tokens.filter((t) => words.some((terms) => terms.has(t)));
    return [{ doc, at, weight: matched.length / Math.sqrt(tokens.length), terms: [...new Set(matched)] }];
  });
}
