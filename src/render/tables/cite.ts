import type { CitedSource } from '../../query/cite.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers } from '../sources.js';

/** The sources as a numbered list, each with its meeting, publisher, date, title and whole URL. */
export function citedSourcesTable(sources: readonly CitedSource[], ctx: RenderContext): string {
  if (sources.length === 0) return 'No sources.\n';
  const numbers = new SourceNumbers();
  for (const s of sources) numbers.number(`${s.meeting}#${s.id}`, s);
  return numbers.list(ctx);
}
