import type { ResolutionDetail, ResolutionSummary } from '../../query/resolutions.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

export function resolutionsListTable(rows: readonly ResolutionSummary[], ctx: RenderContext): string {
  return table(
    ctx,
    ['Symbol', 'Body', 'Subject', 'Rounds', 'Other meetings'],
    rows.map((r) => [r.symbol, r.body, r.subject, r.rounds.join(', '), r.otherMeetings.join(', ')]),
  );
}

export function resolutionShowTable(r: ResolutionDetail, ctx: RenderContext): string {
  const header = `${ctx.chalk.bold(r.symbol)}  ${r.body}, ${r.year}\n${r.subject}\n${r.url}\n`;
  const rows = [
    ...r.citations.map((c) => [`round ${c.round}`, c.context, c.quote ?? '', c.sources.map((s) => s.url).join('\n')]),
    ...r.otherCitations.map((c) => [c.meeting, c.context, c.quote ?? '', c.sources.map((s) => s.url).join('\n')]),
  ];
  if (rows.length === 0) return `${header}\nNot cited at any meeting in the dataset.\n`;
  return `${header}\n${table(ctx, ['Meeting', 'Context', 'Quote', 'Sources'], rows)}`;
}
