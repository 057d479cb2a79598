import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { fold } from '../fold.js';
import type { Dataset } from '../model/dataset.js';
import { meetingDocuments, registryDocuments, type SearchDoc } from './documents.js';

/** Raised when the documents or the index options change, so stored indexes are rebuilt. */
export const indexFormat = 3;

/**
 * The engine indexes each distinct text once (a publisher's name recurs in hundreds of
 * meetings); `postings` maps a text to the documents that hold it. `offsets[i]` is the first
 * document of meeting i, so a document is found without listing every document of the data.
 */
export interface SearchIndex {
  readonly engine: MiniSearch<{ id: number; text: string }>;
  readonly postings: readonly (readonly number[])[];
  readonly offsets: readonly number[];
}

/** As stored: a text held by one document has a number for its postings, not a list. */
export interface StoredIndex {
  readonly engine: AsPlainObject;
  readonly postings: (number | number[])[];
  readonly offsets: number[];
}

/**
 * English words too common to tell texts apart: left out of the index and of queries, so "the
 * earthquake" finds what "earthquake" finds, and the index stays small.
 */
export const stopWords: ReadonlySet<string> = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'that', 'the', 'their', 'to', 'was', 'were', 'which', 'with']);

// Case and diacritics are folded on both sides, so "Onal" finds "Önal" and "Turkiye" finds
// "Türkiye"; the default tokenizer splits on Unicode spaces and punctuation, so Cyrillic and
// Arabic words are terms as written.
const processTerm = (term: string): string | null => {
  const folded = fold(term);
  return folded === '' || stopWords.has(folded) ? null : folded;
};

const options: Options<{ id: number; text: string }> = { fields: ['text'], storeFields: [], processTerm };

/** The words of a query that are searched for: none when it holds only stop words. */
export const queryTerms = (query: string): string[] => query.split(/[\n\r\p{Z}\p{P}]+/u).map(processTerm).filter((t): t is string => t !== null);

export function buildIndex(data: Dataset): SearchIndex {
  const textIds = new Map<string, number>();
  const postings: number[][] = [];
  const offsets: number[] = [];
  let next = 0;
  const add = (text: string): void => {
    let id = textIds.get(text);
    if (id === undefined) {
      id = postings.push([]) - 1;
      textIds.set(text, id);
    }
    postings[id]!.push(next++);
  };
  for (const meeting of data.meetings) {
    offsets.push(next);
    for (const doc of meetingDocuments(meeting)) add(doc.text);
  }
  offsets.push(next);
  for (const doc of registryDocuments(data)) add(doc.text);
  const engine = new MiniSearch(options);
  engine.addAll([...textIds].map(([text, id]) => ({ id, text })));
  return { engine, postings, offsets };
}

export function storeIndex(index: SearchIndex): StoredIndex {
  return { engine: index.engine.toJSON(), postings: index.postings.map((p) => (p.length === 1 ? p[0]! : [...p])), offsets: [...index.offsets] };
}

export function restoreIndex(stored: StoredIndex): SearchIndex {
  return { engine: MiniSearch.loadJS(stored.engine, options), postings: stored.postings.map((p) => (typeof p === 'number' ? [p] : p)), offsets: stored.offsets };
}

export interface Match {
  /** The document's place in `searchDocuments`. */
  readonly doc: number;
  readonly score: number;
  /** The folded terms of the document that matched. */
  readonly terms: readonly string[];
}

/**
 * Every word of the query must match, as a word or as the start of one; when that finds
 * nothing, within one typo per four letters ("idlb" finds Idlib). Typos are tried only then:
 * walking the index for near spellings costs more than the rest of a search, and a word that
 * matches as typed is what was meant.
 */
export function match(index: SearchIndex, query: string): Match[] {
  const exact = index.engine.search(query, { prefix: true, combineWith: 'AND' });
  const results = exact.length > 0 ? exact : index.engine.search(query, { prefix: true, fuzzy: 0.25, maxFuzzy: 2, combineWith: 'AND' });
  return results
    .flatMap((r: SearchResult) => (index.postings[r.id as number] ?? []).map((doc) => ({ doc, score: r.score, terms: r.terms })))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}

/**
 * The documents of a dataset, made only when asked for: a search usually needs a few meetings'
 * texts, not all of them.
 */
export function lazyDocuments(data: Dataset, offsets: readonly number[]): { meetingOf: (doc: number) => number | undefined; get: (doc: number) => SearchDoc | undefined } {
  const made = new Map<number, SearchDoc[]>();
  let registries: SearchDoc[] | undefined;
  const meetingOf = (doc: number): number | undefined => {
    if (doc >= offsets.at(-1)!) return undefined;
    let lo = 0;
    let hi = offsets.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid]! <= doc) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    meetingOf,
    get(doc) {
      const m = meetingOf(doc);
      if (m === undefined) return (registries ??= registryDocuments(data))[doc - offsets.at(-1)!];
      if (!made.has(m)) made.set(m, meetingDocuments(data.meetings[m]!));
      return made.get(m)![doc - offsets[m]!];
    },
  };
}
