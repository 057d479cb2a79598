import { headLabel, headTitle } from '../../query/heads.js';
import { meetingSections, type MeetingSection } from '../../query/meeting-records.js';
import type { MeetingShow } from '../../query/meetings.js';
import type { MeetingDetail, RoundDetail } from '../../query/rounds-show.js';
import type { RenderContext } from '../context.js';
import { cite, SourceNumbers } from '../sources.js';
import { heading, paragraph, table, unknown } from '../table.js';

export const roundShowTable = (r: RoundDetail, ctx: RenderContext, sections?: readonly MeetingSection[]): string => meetingTable(`Round ${r.round}`, r, ctx, sections);

export const meetingShowTable = (m: MeetingShow, ctx: RenderContext, sections?: readonly MeetingSection[]): string =>
  meetingTable(`${m.kind[0]!.toUpperCase()}${m.kind.slice(1)} ${m.number} (${m.id})`, m, ctx, sections);

/**
 * A meeting as tables, one per section. Cells cite sources by number; the sources follow as a
 * numbered list with whole URLs. An empty section reads "unknown" unless its coverage is complete.
 */
function meetingTable(title: string, r: MeetingDetail, ctx: RenderContext, sections: readonly MeetingSection[] = meetingSections): string {
  const { chalk } = ctx;
  const shown = new Set(sections);
  const numbers = new SourceNumbers();
  const byId = new Map(r.sources.map((s) => [s.id, s]));
  // Every source is numbered in the file's order, so [n] is the same whatever the sections shown.
  for (const s of r.sources) numbers.number(s.id, s);
  const refs = (ids: readonly string[]): string => cite(ids.map((id) => numbers.number(id, byId.get(id)!)));
  const parts: string[] = [];
  const where = r.venue ? `${r.city} (${r.venue})` : r.city;
  const when = r.start === r.end ? r.start : `${r.start} to ${r.end}`;
  parts.push(paragraph(ctx, `${chalk.bold(title)}  ${when}, ${where}`));
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
          r.delegations.map((d) => {
            const head = d.head;
            const name = head === undefined ? unknown(ctx) : head.disputed ? chalk.yellow(headLabel(head)) : headLabel(head);
            return [d.name, d.role, name, headTitle(head), refs(head ? [...new Set([...d.sources, ...head.sources])] : d.sources)];
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
      : table(ctx, ['Resolution', 'Context', 'Quote', 'Sources'], r.resolutions.map((x) => [x.symbol, x.context, x.quote ?? '', refs(x.sources)])),
  );
  if (r.documents.length > 0) section('document', 'Documents adopted', () => table(ctx, ['Document', 'Kind', 'Sources'], r.documents.map((d) => [d.title, d.kind, refs(d.sources)])));
  const next = r.next;
  section('next', next?.disputed ? `Next meeting agreed ${chalk.yellow('(disputed: every version listed)')}` : 'Next meeting agreed', () => {
    if (!next) return `${unknown(ctx)}\n`;
    const rows = (next.disputed ? (next.versions ?? []) : [next]).map((v) => [v.summary ?? '', refs(v.sources)]);
    if (next.note) rows.push([chalk.dim(`Note: ${next.note}`), '']);
    return table(ctx, ['Next meeting', 'Sources'], rows);
  });
  if (r.notes.length > 0) section('note', 'Notes', () => table(ctx, ['Note', 'Sources'], r.notes.map((n) => [n.text, refs(n.sources)])));
  section('source', 'Sources', () => numbers.list(ctx));
  return parts.join('');
}
