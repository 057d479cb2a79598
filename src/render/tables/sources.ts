import type { DuplicateSource } from '../../query/sources.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers, type ListedSource } from '../sources.js';

/**
 * A numbered list, one source a paragraph: meeting, publisher, date and title, and the URL
 * whole. `sources` and `cite --format table` print it.
 */
export function sourcesList(sources: readonly (ListedSource & { readonly id: string; readonly meeting: string })[], ctx: RenderContext): string {
  if (sources.length === 0) return 'No sources.\n';
  return SourceNumbers.of(sources).list(ctx);
}

export function duplicatesList(duplicates: readonly DuplicateSource[], ctx: RenderContext): string {
  if (duplicates.length === 0) return 'No URL is cited under two ids.\n';
  return duplicates.map((d) => `${ctx.chalk.bold(d.url)}\n${d.ids.map((x) => `  ${x.meeting}: ${x.id}\n`).join('')}`).join('');
}
