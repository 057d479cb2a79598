import type { SearchHit } from '../../query/search.js';
import { snippet } from '../../search/snippet.js';
import type { RenderContext } from '../context.js';
import { footnotes } from '../footnotes.js';
import { table } from '../table.js';

/** Where a hit is: a meeting id, or the registry entry ("person khaji"). */
export const hitPlace = (h: SearchHit): string => h.meeting ?? `${h.kind} ${h.entry}`;

/**
 * Hits with a snippet each, the matched words in bold; the sources' URLs are numbered under the
 * table, and each row refers to them by number, so no URL is cut to fit a cell.
 */
export function searchTable(hits: readonly SearchHit[], ctx: RenderContext, limit?: number): string {
  if (hits.length === 0) return 'No text matches.\n';
  const notes = footnotes();
  const rows = hits.map((h) => {
    const text = snippet(h.text, h.terms)
      .map((s) => (s.match ? ctx.chalk.bold(s.text) : s.text))
      .join('');
    return [hitPlace(h), h.path, text, notes.ref(h.sources.map((s) => s.url))];
  });
  const more = limit !== undefined && limit > 0 && hits.length === limit ? `The first ${limit} hits; --limit N for more, --limit 0 for all.\n` : '';
  return `${table(ctx, ['Meeting', 'Where', 'Text', 'Src'], rows)}${notes.list()}${more}`;
}
