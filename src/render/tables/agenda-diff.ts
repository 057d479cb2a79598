import type { AgendaDiff } from '../../query/agenda-diff.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers } from '../sources.js';
import { heading, table } from '../table.js';

export function agendaDiffTable(d: AgendaDiff, ctx: RenderContext): string {
  const { chalk } = ctx;
  const numbers = new SourceNumbers();
  // Each summary carries the numbers of the pages that state it, listed under the tables.
  const cited = (text: string, meeting: string, sources: Parameters<SourceNumbers['after']>[1]): string => `${text}${numbers.after(meeting, sources)}`;
  const rows = [
    ...d.added.map((t) => [chalk.green('+ added'), t.label, '', cited(t.summary, d.to, t.sources)]),
    ...d.removed.map((t) => [chalk.red('- removed'), t.label, cited(t.summary, d.from, t.sources), '']),
    ...d.kept.map((t) => ['  kept', t.label, cited(t.before, d.from, t.beforeSources), cited(t.after, d.to, t.afterSources)]),
  ];
  const parts = [`Agenda of ${d.from} → ${d.to}\n`];
  if (rows.length > 0) parts.push(table(ctx, ['Change', 'Topic', d.from, d.to], rows));
  if (d.unconfirmed.length > 0) {
    parts.push(heading(ctx, 'Unconfirmed: recorded at one meeting only, where the other’s agenda is not fully coded'));
    parts.push(table(ctx, ['Topic', 'Recorded at', 'Summary', 'Why not a change'], d.unconfirmed.map((t) => [t.label, t.recordedAt, cited(t.summary, t.recordedAt, t.sources), t.why])));
  }
  const unconfirmed = d.unconfirmed.length > 0 ? `, ${d.unconfirmed.length} unconfirmed` : '';
  parts.push(`${d.added.length} added, ${d.removed.length} removed, ${d.kept.length} kept${unconfirmed}\n`);
  if (numbers.size > 0) parts.push(`${heading(ctx, 'Sources')}${numbers.list(ctx)}`);
  return parts.join('');
}
