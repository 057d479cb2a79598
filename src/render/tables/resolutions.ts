import type { ResolutionDetail, ResolutionSummary } from '../../query/resolutions.js';
import type { RenderContext } from '../context.js';
import { ranges } from '../ranges.js';
import { table } from '../table.js';

export function resolutionsListTable(rows: readonly ResolutionSummary[], ctx: RenderContext): string {
  return table(
    ctx,
    ['Symbol', 'Body', 'Subject', 'Rounds', 'Not known for rounds', 'Other meetings'],
    rows.map((r) => [r.symbol, r.body, r.subject, ranges(r.rounds), ranges(r.unknownAt), r.otherMeetings.join(', ')]),
  );
}

export function resolutionShowTable(r: ResolutionDetail, ctx: RenderContext): string {
  const header = `${ctx.chalk.bold(r.symbol)}  ${r.body}, ${r.year}\n${r.subject}\n${r.url}\n`;
  const rows = [
    ...r.citations.map((c) => [`round ${c.round}`, c.context, c.quote ?? '', c.sources.map((s) => s.url).join('\n')]),
    ...r.otherCitations.map((c) => [c.meeting, c.context, c.quote ?? '', c.sources.map((s) => s.url).join('\n')]),
  ];
  const facts = [
    r.notCitedAt.length > 0 ? `Not cited at rounds ${ranges(r.notCitedAt)} (their final documents were read in full).` : '',
    r.unknownAt.length > 0 ? `Not known for rounds ${ranges(r.unknownAt)}: their resolution references are not fully coded.` : '',
    r.otherUnknownAt.length > 0 ? `Not known for ${r.otherUnknownAt.join(', ')}.` : '',
  ].filter(Boolean);
  const cited = rows.length === 0 ? 'No citation recorded at any meeting in the dataset.\n' : table(ctx, ['Meeting', 'Context', 'Quote', 'Sources'], rows);
  return `${header}\n${cited}${facts.length > 0 ? `\n${facts.join('\n')}\n` : ''}`;
}
