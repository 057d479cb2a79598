import type { SearchHit } from '../../query/search.js';
import { snippet } from '../../search/snippet.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers } from '../sources.js';
import { heading, table } from '../table.js';

/** Where a hit is: a meeting id, or the registry entry ("person khaji"). */
export const hitPlace = (h: SearchHit): string => h.meeting ?? `${h.kind} ${h.entry}`;

/** The path within the meeting or the registry entry: `aliases[0]` rather than `people[khaji].aliases[0]`. */
const where = (h: SearchHit): string => (h.entry === undefined ? h.path : h.path.slice(h.path.indexOf('].') + 2));

/**
 * Hits with a snippet each, the matched words in bold, under the path where the text sits (one
 * cell, so a long path and a long word never crowd each other out of 80 columns). The sources'
 * URLs are numbered under the table, and each row refers to them by number.
 */
export function searchTable(hits: readonly SearchHit[], ctx: RenderContext, limit?: number): string {
  if (hits.length === 0) return 'No text matches.\n';
  const numbers = new SourceNumbers();
  const rows = hits.map((h) => {
    const text = snippet(h.text, h.terms)
      .map((s) => (s.match ? ctx.chalk.bold(s.text) : s.text))
      .join('');
    return [hitPlace(h), `${ctx.chalk.dim(where(h))}\n${text}`, numbers.cite(hitPlace(h), h.sources)];
  });
  const more = limit !== undefined && limit > 0 && hits.length === limit ? `The first ${limit} hits; --limit N for more, --limit 0 for all.\n` : '';
  return `${table(ctx, ['Meeting', 'Where and text', 'Sources'], rows)}${more}${numbers.size > 0 ? `\n${heading(ctx, 'Sources')}${numbers.list(ctx)}` : ''}`;
}
