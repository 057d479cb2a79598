import type { DuplicateSource, SourceRecord } from '../../query/sources.js';
import type { RenderContext } from '../context.js';

/** A numbered list, one source a paragraph: who published it, its title, its date, and the URL in full. */
export function sourcesList(sources: readonly SourceRecord[], ctx: RenderContext): string {
  if (sources.length === 0) return 'No sources.\n';
  const width = String(sources.length).length + 2;
  const pad = ' '.repeat(width + 1);
  return sources
    .map((s, i) => {
      const line = [s.publisher, ctx.chalk.bold(s.title), s.date ?? 'undated'].join(', ');
      const note = s.note ? `\n${pad}${ctx.chalk.dim(s.note)}` : '';
      return `${`[${i + 1}]`.padStart(width)} ${line}\n${pad}${s.url}\n${pad}${ctx.chalk.dim(`${s.meeting} · ${s.id} · ${s.language}`)}${note}\n`;
    })
    .join('');
}

export function duplicatesList(duplicates: readonly DuplicateSource[], ctx: RenderContext): string {
  if (duplicates.length === 0) return 'No URL is cited under two ids.\n';
  return duplicates.map((d) => `${ctx.chalk.bold(d.url)}\n${d.ids.map((x) => `  ${x.meeting}: ${x.id}\n`).join('')}`).join('');
}
