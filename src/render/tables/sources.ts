import type { DuplicateSource, SourceRecord } from '../../query/sources.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers } from '../sources.js';

/** A numbered list, one source a paragraph: meeting, publisher, date and title, and the URL whole. */
export function sourcesList(sources: readonly SourceRecord[], ctx: RenderContext): string {
  if (sources.length === 0) return 'No sources.\n';
  const numbers = new SourceNumbers();
  for (const s of sources) numbers.number(`${s.meeting}#${s.id}`, s);
  return numbers.list(ctx);
}

export function duplicatesList(duplicates: readonly DuplicateSource[], ctx: RenderContext): string {
  if (duplicates.length === 0) return 'No URL is cited under two ids.\n';
  return duplicates.map((d) => `${ctx.chalk.bold(d.url)}\n${d.ids.map((x) => `  ${x.meeting}: ${x.id}\n`).join('')}`).join('');
}
