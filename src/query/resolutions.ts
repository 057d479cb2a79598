import { byCodeUnit } from '../text/compare.js';
import type { Dataset, Meeting } from '../model/dataset.js';
import type { Resolution } from '../model/types.js';
import { knowsAll } from './coverage.js';
import { sourceRefs, type SourceRef } from './source-refs.js';
import { resolveResolution } from './resolve.js';
import { sortEntries, usageOf, type Usage } from './usage.js';

/** The same shape as the lists of parties, people and topics: the entry, then where it appears. */
export interface ResolutionSummary extends Usage {
  readonly id: string;
  readonly symbol: string;
  readonly number?: number;
  readonly body: string;
  readonly year: number;
  readonly subject: string;
  /** Rounds that do not name it in the data but whose resolution coverage is not complete: it may have been cited there. */
  readonly unknownAt: number[];
}

export interface Citation {
  readonly round: number;
  readonly context: string;
  readonly quote?: string;
  readonly note?: string;
  readonly sources: SourceRef[];
}

export interface OtherCitation extends Omit<Citation, 'round'> {
  readonly meeting: string;
}

export interface ResolutionDetail extends Omit<ResolutionSummary, keyof Usage> {
  readonly title?: string;
  readonly url: string;
  readonly note?: string;
  /** Citations at the numbered rounds. */
  readonly citations: Citation[];
  /** Citations at summits and ministerial meetings. */
  readonly otherCitations: OtherCitation[];
  /** Rounds whose final documents were read in full and do not name it. */
  readonly notCitedAt: number[];
  /** Summits and ministerial meetings whose resolution coverage is not complete and that do not name it. */
  readonly otherUnknownAt: string[];
}

function meetingCitations(data: Dataset, id: string): (OtherCitation & { kind: Meeting['kind']; number: number })[] {
  return data.meetings.flatMap((m) =>
    (m.body.resolutions ?? [])
      .filter((ref) => ref.resolution === id)
      .map((ref) => ({
        meeting: m.id,
        kind: m.kind,
        number: m.number,
        context: ref.context,
        quote: ref.quote,
        note: ref.note,
        sources: sourceRefs(m.body, ref.sources),
      })),
  );
}

/** One pass over the meetings: citations at rounds (in round order) and at other meetings. */
function citationsOf(data: Dataset, id: string): { citations: Citation[]; otherCitations: OtherCitation[] } {
  const all = meetingCitations(data, id);
  return {
    citations: all
      .filter((c) => c.kind === 'round')
      .sort((a, b) => a.number - b.number)
      .map((c) => ({ round: c.number, context: c.context, quote: c.quote, note: c.note, sources: c.sources })),
    otherCitations: all
      .filter((c) => c.kind !== 'round')
      .map((c) => ({ meeting: c.meeting, context: c.context, quote: c.quote, note: c.note, sources: c.sources })),
  };
}

/** The meetings that do not name it, split by whether the data can know that. */
function silences(data: Dataset, id: string) {
  // A meeting that ended before the resolution's year could not cite it: it is neither unknown nor a silence.
  const year = data.resolutions.get(id)?.year;
  const possible = data.meetings.filter((m) => year === undefined || Number(m.body.dates.end.slice(0, 4)) >= year);
  const silent = possible.filter((m) => !(m.body.resolutions ?? []).some((ref) => ref.resolution === id));
  const rounds = (known: boolean): number[] =>
    silent.filter((m) => m.kind === 'round' && knowsAll(m.body, 'resolutions') === known).map((m) => m.number).sort((a, b) => a - b);
  return {
    unknownAt: rounds(false),
    notCitedAt: rounds(true),
    otherUnknownAt: silent.filter((m) => m.kind !== 'round' && !knowsAll(m.body, 'resolutions')).map((m) => m.id),
  };
}

const order = (a: Resolution, b: Resolution): number =>
  byCodeUnit(a.body, b.body) || (a.number ?? Infinity) - (b.number ?? Infinity) || byCodeUnit(a.symbol, b.symbol);

export function listResolutions(data: Dataset, options: { sort?: string } = {}): ResolutionSummary[] {
  const summaries = [...data.resolutions.values()].sort(order).map((r) => {
    const citing = data.meetings.filter((m) => (m.body.resolutions ?? []).some((ref) => ref.resolution === r.id));
    return { id: r.id, symbol: r.symbol, number: r.number, body: r.body, year: r.year, subject: r.subject, ...usageOf(citing), unknownAt: silences(data, r.id).unknownAt };
  });
  return sortEntries(data, summaries, options.sort, (r) => r.symbol);
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
    ...citationsOf(data, r.id),
    ...silences(data, r.id),
  };
}

/** One line per meeting for the line formats: cited (one per citation), known not to cite, or unknown. */
export interface ResolutionRecord {
  readonly resolution: string;
  readonly meeting: string;
  readonly status: 'cited' | 'not-cited' | 'unknown';
  readonly context?: string;
  readonly quote?: string;
  readonly note?: string;
  /** The URLs of the sources of a citation. */
  readonly sources?: string[];
  /** What the resolution is, repeated on every record so that a pipe keeps what the table's heading shows. */
  readonly symbol: string;
  readonly body: string;
  readonly year: number;
  readonly subject: string;
  readonly title?: string;
  readonly url: string;
  /** The registry's note on the resolution itself (`note` is the citation's). */
  readonly resolutionNote?: string;
}

export function resolutionRecords(r: ResolutionDetail): ResolutionRecord[] {
  const about = { symbol: r.symbol, body: r.body, year: r.year, subject: r.subject, ...(r.title ? { title: r.title } : {}), url: r.url, ...(r.note ? { resolutionNote: r.note } : {}) };
  const cited = (meeting: string, c: Omit<Citation, 'round'>): ResolutionRecord => ({
    resolution: r.id,
    meeting,
    status: 'cited',
    context: c.context,
    ...(c.quote ? { quote: c.quote } : {}),
    ...(c.note ? { note: c.note } : {}),
    sources: c.sources.map((s) => s.url),
    ...about,
  });
  const silent = (status: 'not-cited' | 'unknown') => (meeting: string): ResolutionRecord => ({ resolution: r.id, meeting, status, ...about });
  return [
    ...r.citations.map((c) => cited(`round-${c.round}`, c)),
    ...r.otherCitations.map((c) => cited(c.meeting, c)),
    ...r.notCitedAt.map((n) => silent('not-cited')(`round-${n}`)),
    ...r.unknownAt.map((n) => silent('unknown')(`round-${n}`)),
    ...r.otherUnknownAt.map(silent('unknown')),
  ];
}
