import type { TopicDetail, TopicSummary } from '../../query/topics.js';
import type { RenderContext } from '../context.js';
import type { SourceRef } from '../../query/source-refs.js';
import { cite, SourceNumbers } from '../sources.js';
import { ranges } from '../ranges.js';
import { heading, table } from '../table.js';

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
  const numbers = new SourceNumbers();
  const where = t.meetings === 0 ? 'On no meeting\'s agenda.' : `On the agenda of ${t.meetings} meeting${t.meetings === 1 ? '' : 's'}, ${t.first} to ${t.last}${t.rounds.length > 0 ? `; rounds ${ranges(t.rounds)}` : ''}`;
  const head = `${ctx.chalk.bold(t.label)} (${t.id})\n${t.description}\n${where}\n`;
  if (t.appearances.length === 0) return head;
  const rows = t.appearances.map((a) => [a.meeting, a.start, a.summary, refs(numbers, a.meeting, a.sources)]);
  return `${head}\n${table(ctx, ['Meeting', 'Start', 'Summary', 'Sources'], rows)}\n${heading(ctx, 'Sources')}${numbers.list(ctx)}`;
}

/** Numbers a hit's or a row's sources, keyed by meeting, for a cell: "[1] [3]". */
const refs = (numbers: SourceNumbers, meeting: string, sources: readonly SourceRef[]): string => cite(sources.map((s) => numbers.number(`${meeting}#${s.id}`, { ...s, meeting })));
