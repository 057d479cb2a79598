import type { ResolutionDetail, ResolutionSummary } from '../../query/resolutions.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

export function resolutionsListTable(rows: readonly ResolutionSummary[], ctx: RenderContext): string {
  return table(
    ctx,
    ['Symbol', 'Body', 'Subject', 'Rounds'],
    rows.map((r) => [r.symbol, r.body, r.subject, r.rounds.join(', ')]),
  );
}

export function resolutionShowTable(r: ResolutionDetail, ctx: RenderContext): string {
  const header = `${ctx.chalk.bold(r.symbol)}  ${r.body}, ${r.year}\n${r.subject}\n${r.url}\n`;
  if (r.citations.length === 0) return `${header}\nNot cited at any round in the dataset.\n`;
  const rows = r.citations.map((c) => [c.round, c.context, c.quote ?? '', c.sources.map((s) => s.url).join('\n')]);
  return `${header}\n${table(ctx, ['Round', 'Context', 'Quote', 'Sources'], rows)}`;
}
