import type { AgendaDiff } from '../../query/agenda-diff.js';
import type { RenderContext } from '../context.js';
import { heading, table } from '../table.js';

export function agendaDiffTable(d: AgendaDiff, ctx: RenderContext): string {
  const { chalk } = ctx;
  const rows = [
    ...d.added.map((t) => [chalk.green('+ added'), t.label, '', t.summary]),
    ...d.removed.map((t) => [chalk.red('- removed'), t.label, t.summary, '']),
    ...d.kept.map((t) => ['  kept', t.label, t.before, t.after]),
  ];
  const parts = [`Agenda of ${d.from} → ${d.to}\n`];
  if (rows.length > 0) parts.push(table(ctx, ['Change', 'Topic', d.from, d.to], rows));
  if (d.unconfirmed.length > 0) {
    parts.push(heading(ctx, 'Unconfirmed: recorded at one meeting only, where the other’s agenda is not fully coded'));
    parts.push(table(ctx, ['Topic', 'Recorded at', 'Summary', 'Why not a change'], d.unconfirmed.map((t) => [t.label, t.recordedAt, t.summary, t.why])));
  }
  const unconfirmed = d.unconfirmed.length > 0 ? `, ${d.unconfirmed.length} unconfirmed` : '';
  parts.push(`${d.added.length} added, ${d.removed.length} removed, ${d.kept.length} kept${unconfirmed}\n`);
  return parts.join('');
}
