import type { PartyDetail, PartySummary } from '../../query/parties.js';
import { headLabel } from '../../query/heads.js';
import type { RenderContext } from '../context.js';
import { meetingSpans } from '../meeting-spans.js';
import { SourceNumbers } from '../sources.js';
import { ranges } from '../ranges.js';
import { heading, paragraph, table, unknown } from '../table.js';

export function partiesListTable(rows: readonly PartySummary[], ctx: RenderContext): string {
  return table(
    ctx,
    ['Id', 'Name', 'Kind', 'Rounds', 'Other'],
    rows.map((p) => [p.id, p.name, p.kind, ranges(p.rounds), p.otherMeetings.length]),
    { compact: true },
  ) + paragraph(ctx, 'Other: how many summits and ministerial meetings.');
}

/** Where the registry's own sources sit: they are cited under the file's name, not a meeting's. */
const registry = 'data/parties.yaml';

/** "ISO 3166 RUS, Gleditsch–Ward 365, …": each id the data records, named for readers who join on it. */
function idsLine(ids: NonNullable<PartyDetail['ids']>): string {
  const named: [string, string | number | undefined][] = [
    ['ISO 3166', ids.iso3],
    ['Gleditsch–Ward', ids.gwno],
    ['UCDP actor', ids.ucdpActor],
    ['PA-X actor', ids.paxActor],
    ['ACLED', ids.acled?.join('; ')],
    ['Wikidata', ids.wikidata],
  ];
  return named.filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v}`).join(', ');
}

export function partyShowTable(p: PartyDetail, ctx: RenderContext): string {
  const numbers = new SourceNumbers();
  const aliases = p.aliases.length > 0 ? `\nAlso: ${p.aliases.join(', ')}` : '';
  const ids = p.ids ? paragraph(ctx, `Ids: ${idsLine(p.ids)} ${numbers.cite(registry, p.ids.sources)}`, 2) : '';
  const window = p.participation;
  const part = window
    ? paragraph(ctx, `Part of the format${window.from ? ` from ${window.from}` : ''}${window.until ? ` until ${window.until}` : ''} ${numbers.cite(registry, window.sources)}${window.note ? `. ${window.note}` : ''}`, 2)
    : '';
  const head = `${ctx.chalk.bold(p.name)} (${p.id}), ${p.kind}${aliases}\nMeetings: ${p.meetings}${p.first ? `, ${p.first} to ${p.last}` : ''}\n${ids}${part}`;
  const attended = p.attended.map((a) => [a.meeting, a.start, a.role, a.head ? headLabel(a.head) : unknown(ctx), numbers.cite(a.meeting, a.sources)]);
  const heads = p.heads.map((h) => [h.name, meetingSpans(h.meetings), h.disputed.length > 0 ? `disputed at ${meetingSpans(h.disputed)}` : '']);
  const absent = p.absent.map((a) => [a.meeting, a.start, a.reason ?? '', numbers.cite(a.meeting, a.sources)]);
  return [
    head,
    attended.length > 0 ? `${heading(ctx, 'Attended')}${table(ctx, ['Meeting', 'Start', 'Role', 'Head', 'Sources'], attended)}` : 'No delegation recorded at any meeting.\n',
    heads.length > 0 ? `\n${heading(ctx, 'Heads of delegation')}${table(ctx, ['Head', 'Meetings', 'Note'], heads)}` : '',
    absent.length > 0 ? `\n${heading(ctx, 'Absent')}${table(ctx, ['Meeting', 'Start', 'Reason', 'Sources'], absent)}` : '',
    p.outsideAt.length > 0 ? `\n${paragraph(ctx, `Not part of the format at ${p.outsideAt.length} meetings, before it joined or after it left: ${meetingSpans(p.outsideAt)}.`)}` : '',
    p.unknownAt.length > 0 ? `\n${paragraph(ctx, `Unknown (no record either way) at ${p.unknownAt.length} meetings: ${meetingSpans(p.unknownAt)}.`)}` : '',
    numbers.size > 0 ? `\n${heading(ctx, 'Sources')}${numbers.list(ctx)}` : '',
  ].join('');
}
