import type { PersonDetail, PersonSummary } from '../../query/people.js';
import { plural } from '../../text/plural.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers } from '../sources.js';
import { ranges } from '../ranges.js';
import { heading, paragraph, table, unknown } from '../table.js';

export function peopleListTable(rows: readonly PersonSummary[], ctx: RenderContext): string {
  if (rows.length === 0) return 'No person matches.\n';
  return table(
    ctx,
    ['Id', 'Name', 'Parties', 'Meetings', 'Rounds', 'Other'],
    rows.map((p) => [p.id, p.name, p.parties.join(', '), p.meetings, ranges(p.rounds), p.otherMeetings.length]),
    { compact: true },
  ) + paragraph(ctx, 'Meetings: how many delegations they headed, of which the rounds, and how many other meetings (summits, ministerials).');
}

export function personShowTable(p: PersonDetail, ctx: RenderContext): string {
  const numbers = new SourceNumbers();
  const aliases = p.aliases.length > 0 ? `\nAlso written: ${p.aliases.join(', ')}` : '';
  const head = `${ctx.chalk.bold(p.name)} (${p.id})${aliases}\n`;
  if (p.headed.length === 0) return `${head}Headed no delegation in the data.\n`;
  const rows = p.headed.map((h) => [h.meeting, h.start, h.partyName, `${h.title ?? unknown(ctx)}${h.disputed ? ' (disputed)' : ''}`, numbers.cite(h.meeting, h.sources)]);
  return `${head}Headed ${plural(p.meetings, 'delegation')}${p.first ? `, ${p.first} to ${p.last}` : ''}\n\n${table(ctx, ['Meeting', 'Start', 'Party', 'Title', 'Sources'], rows)}\n${heading(ctx, 'Sources')}${numbers.list(ctx)}`;
}
