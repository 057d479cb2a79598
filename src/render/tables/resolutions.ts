import type { ResolutionDetail, ResolutionSummary } from '../../query/resolutions.js';
import type { RenderContext } from '../context.js';
import { ranges } from '../ranges.js';
import { SourceNumbers } from '../sources.js';
import { heading, paragraph, table, withNotes } from '../table.js';

export function resolutionsListTable(rows: readonly ResolutionSummary[], ctx: RenderContext): string {
  return table(
    ctx,
    ['Symbol', 'Subject', 'Rounds', 'Unknown at', 'Other meetings'],
    rows.map((r) => [r.symbol, r.subject, ranges(r.rounds), ranges(r.unknownAt), r.otherMeetings.join(', ')]),
  ) + paragraph(ctx, "Unknown at: rounds that name no resolution in the data but whose resolution references are not fully coded.");
}

export function resolutionShowTable(r: ResolutionDetail, ctx: RenderContext): string {
  const header = `${paragraph(ctx, `${ctx.chalk.bold(r.symbol)}  ${r.body}, ${r.year}`)}${paragraph(ctx, r.title ? `${r.subject}: ${r.title}` : r.subject)}${r.url}\n${r.note ? paragraph(ctx, `Note: ${r.note}`) : ''}`;
  const numbers = new SourceNumbers();
  const rows = [
    ...r.citations.flatMap((c) => withNotes([`round ${c.round}`, c.context, c.quote ?? '', numbers.cite(`round ${c.round}`, c.sources)], c.note ? [`Note: ${c.note}`] : [])),
    ...r.otherCitations.flatMap((c) => withNotes([c.meeting, c.context, c.quote ?? '', numbers.cite(c.meeting, c.sources)], c.note ? [`Note: ${c.note}`] : [])),
  ];
  const facts = [
    r.notCitedAt.length > 0 ? `Not cited at rounds ${ranges(r.notCitedAt)} (their final documents were read in full).` : '',
    r.unknownAt.length > 0 ? `Not known for rounds ${ranges(r.unknownAt)}: their resolution references are not fully coded.` : '',
    r.otherUnknownAt.length > 0 ? `Not known for ${r.otherUnknownAt.join(', ')}.` : '',
  ].filter(Boolean);
  const cited = rows.length === 0 ? 'No citation recorded at any meeting in the dataset.\n' : table(ctx, ['Meeting', 'Context', 'Quote', 'Sources'], rows);
  const sources = numbers.size > 0 ? `\n${heading(ctx, 'Sources')}${numbers.list(ctx)}` : '';
  return `${header}\n${cited}${facts.map((f) => paragraph(ctx, f)).join('')}${sources}`;
}
