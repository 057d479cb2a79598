import { headLabel, headTitle } from '../../query/heads.js';
import type { MeetingShow } from '../../query/meetings.js';
import type { MeetingDetail, RoundDetail } from '../../query/rounds-show.js';
import type { RenderContext } from '../context.js';
import { heading, table, unknown } from '../table.js';

const refs = (ids: readonly string[]): string => ids.map((id) => `[${id}]`).join(' ');

export const roundShowTable = (r: RoundDetail, ctx: RenderContext): string => meetingTable(`Round ${r.round}`, r, ctx);

export const meetingShowTable = (m: MeetingShow, ctx: RenderContext): string =>
  meetingTable(`${m.kind[0]!.toUpperCase()}${m.kind.slice(1)} ${m.number} (${m.id})`, m, ctx);

function meetingTable(title: string, r: MeetingDetail, ctx: RenderContext): string {
  const { chalk } = ctx;
  const parts: string[] = [];
  const where = r.venue ? `${r.city} (${r.venue})` : r.city;
  const when = r.start === r.end ? r.start : `${r.start} to ${r.end}`;
  parts.push(`${chalk.bold(title)}  ${when}, ${where}\n`);
  const c = r.coverage;
  const basis = c.basis.length > 0 ? ` (from ${refs(c.basis)})` : '';
  parts.push(`Coverage: agenda ${c.agenda}, resolutions ${c.resolutions}${basis}${c.note ? `. ${c.note}` : ''}\n`);

  parts.push(heading(ctx, 'Delegations'));
  parts.push(
    table(
      ctx,
      ['Party', 'Role', 'Head', 'Title', 'Sources'],
      r.delegations.map((d) => {
        const head = d.head;
        const name = head === undefined ? unknown(ctx) : head.disputed ? chalk.yellow(headLabel(head)) : headLabel(head);
        const title = headTitle(head);
        return [d.name, d.role, name, title, refs(head ? [...new Set([...d.sources, ...head.sources])] : d.sources)];
      }),
    ),
  );

  if (r.absent.length > 0) {
    parts.push(heading(ctx, 'Absent'));
    parts.push(table(ctx, ['Party', 'Reason', 'Sources'], r.absent.map((a) => [a.name, a.reason ?? unknown(ctx), refs(a.sources)])));
  }

  // An empty list is "none" only where the whole final document was read; otherwise unknown.
  const empty = (complete: boolean, none: string): string => `${complete ? none : unknown(ctx)}\n`;
  parts.push(heading(ctx, 'Agenda'));
  parts.push(
    r.agenda.length === 0
      ? empty(c.agenda === 'complete', 'none: the documents read name no agenda topic')
      : table(ctx, ['Topic', 'Summary', 'Sources'], r.agenda.map((a) => [a.label, a.summary, refs(a.sources)])),
  );

  parts.push(heading(ctx, 'UN resolutions'));
  parts.push(
    r.resolutions.length === 0
      ? empty(c.resolutions === 'complete', 'none: the documents read name no UN resolution')
      : table(ctx, ['Resolution', 'Context', 'Quote', 'Sources'], r.resolutions.map((x) => [x.symbol, x.context, x.quote ?? '', refs(x.sources)])),
  );

  if (r.documents.length > 0) {
    parts.push(heading(ctx, 'Documents adopted'));
    parts.push(table(ctx, ['Document', 'Kind', 'Sources'], r.documents.map((d) => [d.title, d.kind, refs(d.sources)])));
  }

  if (!r.next) parts.push(heading(ctx, 'Next meeting agreed'), `${unknown(ctx)}\n`);
  if (r.next) {
    parts.push(heading(ctx, r.next.disputed ? `Next meeting agreed ${chalk.yellow('(disputed: every version listed)')}` : 'Next meeting agreed'));
    const versions = r.next.disputed ? (r.next.versions ?? []) : [r.next];
    const rows = versions.map((v) => [v.summary, refs(v.sources)]);
    if (r.next.note) rows.push([chalk.dim(`Note: ${r.next.note}`), '']);
    parts.push(table(ctx, ['Next meeting', 'Sources'], rows));
  }

  if (r.notes.length > 0) {
    parts.push(heading(ctx, 'Notes'));
    parts.push(table(ctx, ['Note', 'Sources'], r.notes.map((n) => [n.text, refs(n.sources)])));
  }

  parts.push(heading(ctx, 'Sources'));
  parts.push(table(ctx, ['Id', 'Publisher', 'URL'], r.sources.map((s) => [s.id, s.publisher, s.url])));
  return parts.join('\n');
}
