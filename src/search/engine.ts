import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { fold } from '../fold.js';
import type { SearchDoc } from './documents.js';

/** Raised when the documents or the index options change, so stored indexes are rebuilt. */
export const indexFormat = 1;

export type SearchIndex = MiniSearch<{ id: number; text: string }>;
export type StoredIndex = AsPlainObject;

// Case and diacritics are folded on both sides, so "Onal" finds "Önal" and "Turkiye" finds
// "Türkiye"; the default tokenizer splits on Unicode spaces and punctuation, so Cyrillic and
// Arabic words are terms as written.
const options: Options<{ id: number; text: string }> = {
  fields: ['text'],
  storeFields: [],
  processTerm: (term) => fold(term) || null,
};

export function buildIndex(docs: readonly SearchDoc[]): SearchIndex {
  const index = new MiniSearch(options);
  index.addAll(docs.map((d, id) => ({ id, text: d.text })));
  return index;
}

export function storeIndex(index: SearchIndex): StoredIndex {
  return index.toJSON();
}

export function restoreIndex(stored: StoredIndex): SearchIndex {
  return MiniSearch.loadJS(stored, options);
}

export interface Match {
  /** The document's place in `searchDocuments`. */
  readonly id: number;
  readonly score: number;
  /** The folded terms of the document that matched. */
  readonly terms: readonly string[];
}

/**
 * Every word of the query must match, as a word, as the start of one, or within one typo per
 * four letters ("idlb" finds Idlib); exact matches rank above prefix and fuzzy ones.
 */
export function match(index: SearchIndex, query: string): Match[] {
  return index
    .search(query, { prefix: true, fuzzy: 0.25, maxFuzzy: 2, combineWith: 'AND' })
    .map((r: SearchResult) => ({ id: r.id as number, score: r.score, terms: r.terms }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
}
