import { headLabel, headTitle, unnamed, type Head } from '../../query/heads.js';
import { meetingSections, type MeetingSection } from '../../query/meeting-records.js';
import type { MeetingShow } from '../../query/meetings.js';
import type { MeetingDetail } from '../../query/rounds-show.js';
import type { RoundDetail } from '../../query/rounds-show.js';
import { dateSpan } from '../../text/dates.js';
import type { RenderContext } from '../context.js';
import { cite, SourceNumbers } from '../sources.js';
import { heading, paragraph, span, table, unknown, withNotes, type Row } from '../table.js';

export const roundShowTable = (r: RoundDetail, ctx: RenderContext, sections?: readonly MeetingSection[]): string => meetingTable(`Round ${r.round}`, r, ctx, sections);

export const meetingShowTable = (m: MeetingShow, ctx: RenderContext, sections?: readonly MeetingSection[]): string =>
  meetingTable(`${m.kind[0]!.toUpperCase()}${m.kind.slice(1)} ${m.number} (${m.id})`, m, ctx, sections);

type Refs = (ids: readonly string[]) => string;

/** The lines under a delegation's row: its note, the head's note, and each account or title with its own sources. */
function delegationNotes(d: MeetingDetail['delegations'][number], refs: Refs): string[] {
  const head: Head | undefined = d.head;
  const lines = d.note ? [`Note: ${d.note} ${refs(d.sources)}`] : [];
  if (head?.disputed) {
    for (const v of head.versions ?? []) lines.push(`Account: ${[v.name, v.title].filter(Boolean).join(', ')} ${refs(v.sources)}${v.note ? `. ${v.note}` : ''}`);
  } else if (head?.titles) {
    for (const t of head.titles) lines.push(`Title: ${t.title} ${refs(t.sources)}`);
  }
  if (head?.note) lines.push(`Head: ${head.note} ${refs(head.sources)}`);
  return lines;
}

/** A row, then a span row under it holding its notes, if it has any. */

/**
 * A meeting as tables, one per section. Every fact cites its sources by number, notes sit in a
 * row under the row they qualify, and the sources the tables cite follow as a numbered list with
 * whole URLs. An empty section reads "unknown" unless its coverage is complete.
 */
function meetingTable(title: string, r: MeetingDetail, ctx: RenderContext, sections: readonly MeetingSection[] = meetingSections): string {
  const { chalk } = ctx;
  const shown = new Set(sections);
  const numbers = new SourceNumbers();
  const byId = new Map(r.sources.map((s) => [s.id, s]));
  // Every source is numbered in the file's order, so [n] is the same whatever the sections shown.
  for (const s of r.sources) numbers.number(s.id, s);
  const cited = new Set<number>();
  const refs: Refs = (ids) => {
    const ns = ids.map((id) => numbers.number(id, byId.get(id)!));
    for (const n of ns) cited.add(n);
    return cite(ns);
  };
  const parts: string[] = [];
  const where = r.venue ? `${r.city} (${r.venue})` : r.city;
  parts.push(paragraph(ctx, `${chalk.bold(title)}  ${dateSpan(r.start, r.end)} ${refs(r.dateSources)}, ${where} ${refs(r.citySources)}`));
  if (r.ids?.paxAgreement) parts.push(paragraph(ctx, `PA-X agreement ${r.ids.paxAgreement.join(', ')} ${refs(r.ids.sources)}`));
  const c = r.coverage;
  if (shown.has('coverage')) {
    const basis = c.basis.length > 0 ? ` (from ${refs(c.basis)})` : '';
    parts.push(paragraph(ctx, `Coverage: agenda ${c.agenda}, resolutions ${c.resolutions}${basis}${c.note ? `. ${c.note}` : ''}`));
  }
  const section = (name: MeetingSection, label: string, body: () => string): void => {
    if (shown.has(name)) parts.push(`\n${heading(ctx, label)}${body()}`);
  };
  // An empty list is "none" only where the whole final document was read; otherwise unknown.
  const empty = (complete: boolean, none: string): string => `${complete ? none : unknown(ctx)}\n`;

  section('delegation', 'Delegations', () =>
    r.delegations.length === 0
      ? `${unknown(ctx)}\n`
      : table(
          ctx,
          ['Party', 'Role', 'Head', 'Title', 'Sources'],
          r.delegations.flatMap((d) => {
            const head = d.head;
            const name = head === undefined || unnamed(head) ? unknown(ctx) : head.disputed ? chalk.yellow(headLabel(head)) : headLabel(head);
            // A known head whose title no source gives: the title is unknown, not none.
            const title = head !== undefined && !headTitle(head) ? unknown(ctx) : headTitle(head);
            const row = [d.name, d.role, name, title, refs(head ? [...new Set([...d.sources, ...head.sources])] : d.sources)];
            return withNotes(row, delegationNotes(d, refs));
          }),
        ),
  );
  if (r.absent.length > 0) section('absent', 'Absent', () => table(ctx, ['Party', 'Reason', 'Sources'], r.absent.map((a) => [a.name, a.reason ?? unknown(ctx), refs(a.sources)])));
  section('agenda', 'Agenda', () =>
    r.agenda.length === 0
      ? empty(c.agenda === 'complete', 'none: the documents read name no agenda topic')
      : table(ctx, ['Topic', 'Summary', 'Sources'], r.agenda.map((a) => [a.label, a.summary, refs(a.sources)])),
  );
  section('resolution', 'UN resolutions', () =>
    r.resolutions.length === 0
      ? empty(c.resolutions === 'complete', 'none: the documents read name no UN resolution')
      : table(
          ctx,
          ['Resolution', 'Context', 'Quote', 'Sources'],
          r.resolutions.flatMap((x) => withNotes([x.symbol, x.context, x.quote ?? '', refs(x.sources)], x.note ? [`Note: ${x.note}`] : [])),
        ),
  );
  if (r.documents.length > 0)
    section('document', 'Documents adopted', () =>
      table(
        ctx,
        ['Document', 'Kind', 'Date', 'Sources'],
        r.documents.flatMap((d) => withNotes([d.title, d.kind, d.date ?? unknown(ctx), refs(d.sources)], d.note ? [`Note: ${d.note}`] : [])),
      ),
    );
  const next = r.next;
  section('next', next?.disputed ? `Next meeting agreed ${chalk.yellow('(disputed: every version listed)')}` : 'Next meeting agreed', () => {
    if (!next) return `${unknown(ctx)}\n`;
    const rows: Row[] = (next.disputed ? (next.versions ?? []) : [next]).map((v) => [v.summary ?? '', refs(v.sources)]);
    if (next.note) rows.push(span(`Note: ${next.note}`));
    return table(ctx, ['Next meeting', 'Sources'], rows);
  });
  if (r.notes.length > 0) section('note', 'Notes', () => table(ctx, ['Note', 'Sources'], r.notes.map((n) => [n.text, refs(n.sources)])));
  // The whole list with the source section; otherwise the sources the tables above cite, and only those.
  if (shown.has('source')) section('source', 'Sources', () => numbers.list(ctx));
  else if (cited.size > 0) parts.push(`\n${heading(ctx, 'Sources')}${numbers.list(ctx, cited)}`);
  return parts.join('');
}
