import type { Command } from 'commander';
import { ExitCode } from '../errors.js';
import { diffMeetings, type MeetingDiff, type Unconfirmed } from '../query/meeting-diff.js';
import { meetingDiffTable } from '../render/tables/meeting-diff.js';
import type { CommandModule } from './module.js';

const unconfirmedRows = (d: MeetingDiff, section: string, list: readonly Unconfirmed[]): unknown[] =>
  list.map((u) => ({ section, change: 'unconfirmed', item: u.item, before: u.recordedAt === d.from ? 'recorded' : null, after: u.recordedAt === d.to ? 'recorded' : null, why: u.why }));

/** Line-oriented output: one record per difference. */
const diffRows = (d: MeetingDiff): unknown[] => [
  ...d.delegations.added.map((x) => ({ section: 'delegation', change: 'added', item: x.party, before: null, after: `${x.role}${x.head ? `, ${x.head}` : ''}` })),
  ...d.delegations.removed.map((x) => ({ section: 'delegation', change: 'removed', item: x.party, before: `${x.role}${x.head ? `, ${x.head}` : ''}`, after: null })),
  ...d.delegations.changed.flatMap((c) => [
    ...(c.role ? [{ section: 'role', change: 'changed', item: c.party, before: c.role.from, after: c.role.to }] : []),
    ...(c.head ? [{ section: 'head', change: 'changed', item: c.party, before: c.head.from, after: c.head.to }] : []),
  ]),
  ...d.absent.added.map((p) => ({ section: 'absent', change: 'added', item: p, before: null, after: null })),
  ...d.absent.removed.map((p) => ({ section: 'absent', change: 'removed', item: p, before: null, after: null })),
  ...d.agenda.added.map((t) => ({ section: 'agenda', change: 'added', item: t, before: null, after: null })),
  ...d.agenda.removed.map((t) => ({ section: 'agenda', change: 'removed', item: t, before: null, after: null })),
  ...d.resolutions.added.map((r) => ({ section: 'resolution', change: 'added', item: r.symbol, before: null, after: r.context })),
  ...d.resolutions.removed.map((r) => ({ section: 'resolution', change: 'removed', item: r.symbol, before: r.context, after: null })),
  ...d.resolutions.changed.map((r) => ({ section: 'resolution', change: 'changed', item: r.symbol, before: r.context.from, after: r.context.to })),
  ...unconfirmedRows(d, 'delegation', d.delegations.unconfirmed),
  ...unconfirmedRows(d, 'agenda', d.agenda.unconfirmed),
  ...unconfirmedRows(d, 'resolution', d.resolutions.unconfirmed),
];

export const diff: CommandModule = {
  description: 'Compare two whole meetings: delegations and heads, absentees, agenda, UN resolutions',
  examples: ['astana diff 20 21', 'astana diff summit-6 summit-7 --format json', 'astana diff 21 22 --exit-code >/dev/null || echo changed'],
  register(cmd: Command, env) {
    cmd
      .argument('<a>', 'a round number or a meeting id (summit-7, ministerial-2)')
      .argument('<b>', 'a round number or a meeting id')
      .option('--exit-code', 'exit 1 when the meetings differ (unconfirmed items do not count), as git diff --exit-code does')
      .action(async (a: string, b: string, opts: { exitCode?: boolean }, command: Command) => {
        const result = diffMeetings(await env.dataset(command), a, b);
        await env.emit(command, result, { table: meetingDiffTable, rows: diffRows });
        if (opts.exitCode && !result.same) env.setExitCode(ExitCode.findings);
      });
  },
};
