import type { TopicHistory } from '../../query/agenda-history.js';
import type { RenderContext } from '../context.js';
import { ranges } from '../ranges.js';
import { SourceNumbers } from '../sources.js';
import { heading, paragraph, table } from '../table.js';

const span = (g: { from: number; to: number }): string => (g.from === g.to ? String(g.from) : `${g.from}–${g.to}`);

export function agendaHistoryTable(h: TopicHistory, ctx: RenderContext): string {
  const head = paragraph(ctx, `${ctx.chalk.bold(h.label)} (${h.topic})`);
  const unknown = h.unknownAt.length > 0 ? `Not known for rounds ${ranges(h.unknownAt)}: their agendas are not fully coded.` : '';
  const others = h.otherMeetings.length > 0 ? `Other meetings: ${h.otherMeetings.join(', ')}` : '';
  if (h.rounds.length === 0) return `${head}${[`Not recorded on any round's agenda.`, unknown, others].filter(Boolean).map((l) => paragraph(ctx, l)).join('')}`;
  const facts = [
    `Rounds: ${ranges(h.rounds)}`,
    `First recorded: round ${h.first}, last recorded: round ${h.last}`,
    `Gaps (agenda known in full, topic absent): ${h.gaps.length === 0 ? 'none' : h.gaps.map(span).join(', ')}`,
    unknown,
    others,
  ].filter(Boolean);
  const numbers = new SourceNumbers();
  const rows = h.appearances.map((a) => [a.round, a.summary, numbers.cite(`round ${a.round}`, a.sources)]);
  return `${head}${facts.map((l) => paragraph(ctx, l)).join('')}\n${table(ctx, ['Round', 'Summary', 'Sources'], rows)}\n${heading(ctx, 'Sources')}${numbers.list(ctx)}`;
}
