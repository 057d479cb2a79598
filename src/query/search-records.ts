import type { SearchHit } from './search.js';

/** One hit as ndjson, csv and tsv print it: the sources as their URLs. */
export interface SearchRecord extends Omit<SearchHit, 'terms' | 'sources'> {
  readonly sources: string[];
}

export const searchRecords = (hits: readonly SearchHit[]): SearchRecord[] =>
  hits.map((h) => ({ meeting: h.meeting, kind: h.kind, ...(h.entry === undefined ? {} : { entry: h.entry }), path: h.path, text: h.text, score: h.score, sources: h.sources.map((s) => s.url) }));
