import type { Metadata } from '../model/types.js';
import type { Head } from '../query/heads.js';

/**
 * Pieces of the text summaries that go with every tool result. A summary is short, so it leaves
 * detail to the JSON beside it; what it may never do is lose a source or make an unknown look
 * like a fact, so unknown, disputed and unconfirmed are always written out.
 */

/** A page the result cites, with what the result says of it. */
interface Page {
  readonly url: string;
  readonly about?: string;
}

const isUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);

/**
 * Every URL anywhere in a result, once, in the order first met: the pages of source records
 * (with publisher, date and title) and bare URLs (the sources `changes` compares). Walking the
 * whole JSON, rather than the fields each summary knows, is what guarantees none is left out.
 */
export function pagesOf(result: unknown): Page[] {
  const pages = new Map<string, Page>();
  const visit = (value: unknown): void => {
    if (isUrl(value)) {
      if (!pages.has(value)) pages.set(value, { url: value });
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v);
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (isUrl(record.url) && !pages.get(record.url)?.about) {
        const about = [record.publisher, record.date, record.title].filter((x): x is string => typeof x === 'string' && x !== '').join(', ');
        pages.set(record.url, { url: record.url, ...(about ? { about } : {}) });
      }
      for (const v of Object.values(record)) visit(v);
    }
  };
  visit(result);
  return [...pages.values()];
}

/** The numbered list of every page the result cites. */
export function sourcesBlock(result: unknown): string[] {
  const pages = pagesOf(result);
  if (pages.length === 0) return [];
  return [`Sources (${pages.length}):`, ...pages.map((p, i) => `[${i + 1}] ${p.url}${p.about ? ` (${p.about})` : ''}`)];
}

/** The last line of every result: which data answered. */
export function dataLine(metadata: Metadata | undefined, shown: string): string {
  if (metadata === undefined) return `Data: ${shown} (it has no dataset.yaml, so its title and version are unknown).`;
  return `Data: ${metadata.title}, data version ${metadata.version} (released ${metadata.released}).`;
}

/** Who led a delegation: a name, "unknown" when no source names one, the post alone, or every account when sources disagree. */
export function headText(head: Head | undefined): string {
  if (head === undefined) return 'unknown';
  if (head.disputed) return `disputed: ${(head.versions ?? []).map((v) => withTitle(v.name, v.title)).join(' / ')}`;
  if (head.titles) return `${head.name} (titles differ: ${head.titles.map((t) => t.title).join(' / ')})`;
  return withTitle(head.name ?? 'name unknown', head.title);
}

const withTitle = (name: string, title: string | undefined): string => (title ? `${name} (${title})` : name);

/** Items joined for one line; `empty` says what no item means, which the caller must know. */
export const joined = (items: readonly string[], empty: string): string => (items.length > 0 ? items.join('; ') : empty);
