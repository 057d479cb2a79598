import type { TopicHistory } from '../../query/agenda-history.js';
import type { RenderContext } from '../context.js';
import { ranges } from '../ranges.js';
import { table } from '../table.js';

const span = (g: { from: number; to: number }): string => (g.from === g.to ? String(g.from) : `${g.from}–${g.to}`);

export function agendaHistoryTable(h: TopicHistory, ctx: RenderContext): string {
  const head = `${ctx.chalk.bold(h.label)} (${h.topic})\n`;
  const unknown = h.unknownAt.length > 0 ? `Not known for rounds ${ranges(h.unknownAt)}: their agendas are not fully coded.` : '';
  if (h.rounds.length === 0) {
    return `${head}Not recorded on any round's agenda.${unknown ? `\n${unknown}` : ''}\n${h.otherMeetings.length > 0 ? `Other meetings: ${h.otherMeetings.join(', ')}\n` : ''}`;
  }
  const facts = [
    `Rounds: ${ranges(h.rounds)}`,
    `First recorded: round ${h.first}, last recorded: round ${h.last}`,
    `Gaps (agenda known in full, topic absent): ${h.gaps.length === 0 ? 'none' : h.gaps.map(span).join(', ')}`,
    ...(unknown ? [unknown] : []),
    ...(h.otherMeetings.length > 0 ? [`Other meetings: ${h.otherMeetings.join(', ')}`] : []),
  ].join('\n');
  const rows = h.appearances.map((a) => [a.round, a.summary, a.sources.map((s) => `[${s}]`).join(' ')]);
  return `${head}${facts}\n\n${table(ctx, ['Round', 'Summary', 'Sources'], rows)}`;
}
