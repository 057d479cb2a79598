import type { TopicHistory } from '../../query/agenda-history.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

const span = (g: { from: number; to: number }): string => (g.from === g.to ? String(g.from) : `${g.from}–${g.to}`);

export function agendaHistoryTable(h: TopicHistory, ctx: RenderContext): string {
  const head = `${ctx.chalk.bold(h.label)} (${h.topic})\n`;
  if (h.rounds.length === 0) return `${head}On no round's agenda.\n`;
  const facts = [
    `Rounds: ${h.rounds.join(', ')}`,
    `First: round ${h.first}, last: round ${h.last}`,
    `Gaps: ${h.gaps.length === 0 ? 'none' : h.gaps.map(span).join(', ')}`,
    ...(h.otherMeetings.length > 0 ? [`Other meetings: ${h.otherMeetings.join(', ')}`] : []),
  ].join('\n');
  const rows = h.appearances.map((a) => [a.round, a.summary, a.sources.map((s) => `[${s}]`).join(' ')]);
  return `${head}${facts}\n\n${table(ctx, ['Round', 'Summary', 'Sources'], rows)}`;
}
