import type { TopicDetail, TopicSummary } from '../../query/topics.js';
import { plural } from '../../text/plural.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers } from '../sources.js';
import { ranges } from '../ranges.js';
import { meetingSpans } from '../meeting-spans.js';
import { heading, paragraph, table } from '../table.js';

/** Ids only: with labels too, the longest ids would not fit 80 columns uncut. Labels are in `topics show` and the JSON. */
export function topicsListTable(rows: readonly TopicSummary[], ctx: RenderContext): string {
  return table(
    ctx,
    ['Topic', 'Meetings', 'First', 'Last'],
    rows.map((t) => [t.id, t.meetings, t.first ?? 'not recorded', t.last ?? 'not recorded']),
    { compact: true },
  );
}

export function topicShowTable(t: TopicDetail, ctx: RenderContext): string {
  const numbers = new SourceNumbers();
  const where = t.meetings === 0 ? 'Not recorded on any meeting\'s agenda.' : `On the agenda of ${plural(t.meetings, 'meeting')}, ${t.first} to ${t.last}${t.rounds.length > 0 ? `; rounds ${ranges(t.rounds)}` : ''}`;
  const known = t.notOnAgendaAt.length > 0 ? `Not on the agenda (fully coded) at ${meetingSpans(t.notOnAgendaAt)}.` : '';
  const unknown = t.unknownAt.length > 0 ? `Not known for ${plural(t.unknownAt.length, 'meeting')} whose agendas are only partly coded: ${meetingSpans(t.unknownAt)}.` : '';
  const head = [`${ctx.chalk.bold(t.label)} (${t.id})`, t.description, where, known, unknown].filter(Boolean).map((l) => paragraph(ctx, l)).join('');
  if (t.appearances.length === 0) return head;
  const rows = t.appearances.map((a) => [a.meeting, a.start, a.summary, numbers.cite(a.meeting, a.sources)]);
  return `${head}\n${table(ctx, ['Meeting', 'Start', 'Summary', 'Sources'], rows)}\n${heading(ctx, 'Sources')}${numbers.list(ctx)}`;
}
