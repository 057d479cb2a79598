import type { TopicDetail, TopicSummary } from '../../query/topics.js';
import type { RenderContext } from '../context.js';
import { footnotes } from '../footnotes.js';
import { ranges } from '../ranges.js';
import { table } from '../table.js';

/** Ids only: with labels too, the longest ids would not fit 80 columns uncut. Labels are in `topics show` and the JSON. */
export function topicsListTable(rows: readonly TopicSummary[], ctx: RenderContext): string {
  return table(
    ctx,
    ['Topic', 'Meetings', 'First', 'Last'],
    rows.map((t) => [t.id, t.meetings, t.first ?? 'none', t.last ?? 'none']),
    { compact: true },
  );
}

export function topicShowTable(t: TopicDetail, ctx: RenderContext): string {
  const notes = footnotes();
  const where = t.meetings === 0 ? 'On no meeting\'s agenda.' : `On the agenda of ${t.meetings} meeting${t.meetings === 1 ? '' : 's'}, ${t.first} to ${t.last}${t.rounds.length > 0 ? `; rounds ${ranges(t.rounds)}` : ''}`;
  const head = `${ctx.chalk.bold(t.label)} (${t.id})\n${t.description}\n${where}\n`;
  if (t.appearances.length === 0) return head;
  const rows = t.appearances.map((a) => [a.meeting, a.start, a.summary, notes.ref(a.sources.map((s) => s.url))]);
  return `${head}\n${table(ctx, ['Meeting', 'Start', 'Summary', 'Src'], rows)}${notes.list()}`;
}
