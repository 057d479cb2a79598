import type { AgendaDiff } from '../../query/agenda-diff.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

export function agendaDiffTable(d: AgendaDiff, ctx: RenderContext): string {
  const { chalk } = ctx;
  const rows = [
    ...d.added.map((t) => [chalk.green('+ added'), t.label, '', t.summary]),
    ...d.removed.map((t) => [chalk.red('- removed'), t.label, t.summary, '']),
    ...d.kept.map((t) => ['  kept', t.label, t.before, t.after]),
  ];
  const summary = `${d.added.length} added, ${d.removed.length} removed, ${d.kept.length} kept\n`;
  return `Agenda of round ${d.from} → round ${d.to}\n${table(ctx, ['Change', 'Topic', `Round ${d.from}`, `Round ${d.to}`], rows)}${summary}`;
}
