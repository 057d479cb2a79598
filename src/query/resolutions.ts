import type { Dataset } from '../model/dataset.js';
import type { Resolution } from '../model/types.js';
import { resolveResolution } from './resolve.js';

export interface ResolutionSummary {
  readonly id: string;
  readonly symbol: string;
  readonly number?: number;
  readonly body: string;
  readonly year: number;
  readonly subject: string;
  /** Rounds that name it, in any context. */
  readonly rounds: number[];
}

export interface Citation {
  readonly round: number;
  readonly context: string;
  readonly quote?: string;
  readonly note?: string;
  readonly sources: { id: string; url: string }[];
}

export interface ResolutionDetail extends Omit<ResolutionSummary, 'rounds'> {
  readonly title?: string;
  readonly url: string;
  readonly note?: string;
  readonly citations: Citation[];
}

function citations(data: Dataset, id: string): Citation[] {
  return data.rounds.flatMap((r) =>
    (r.resolutions ?? [])
      .filter((ref) => ref.resolution === id)
      .map((ref) => ({
        round: r.round,
        context: ref.context,
        quote: ref.quote,
        note: ref.note,
        sources: ref.sources.map((sid) => ({ id: sid, url: r.sources.find((s) => s.id === sid)?.url ?? '' })),
      })),
  );
}

const order = (a: Resolution, b: Resolution): number =>
  a.body.localeCompare(b.body) || (a.number ?? Infinity) - (b.number ?? Infinity) || a.symbol.localeCompare(b.symbol);

export function listResolutions(data: Dataset): ResolutionSummary[] {
  return [...data.resolutions.values()].sort(order).map((r) => ({
    id: r.id,
    symbol: r.symbol,
    number: r.number,
    body: r.body,
    year: r.year,
    subject: r.subject,
    rounds: [...new Set(citations(data, r.id).map((c) => c.round))],
  }));
}

export function showResolution(data: Dataset, arg: string): ResolutionDetail {
  const r = resolveResolution(data, arg);
  return {
    id: r.id,
    symbol: r.symbol,
    number: r.number,
    body: r.body,
    year: r.year,
    subject: r.subject,
    title: r.title,
    url: r.url,
    note: r.note,
    citations: citations(data, r.id),
  };
}
