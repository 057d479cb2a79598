import type { Command } from 'commander';
import { diffAgenda, type AgendaDiff } from '../query/agenda-diff.js';
import { agendaDiffTable } from '../render/tables/agenda-diff.js';
import { ExitCode } from '../errors.js';
import type { CommandModule } from './module.js';

export const agendaDiff: CommandModule = {
  description: 'Compare the agendas of two rounds: topics added, removed, kept, and unconfirmed where coverage is partial',
  examples: ['astana agenda diff 20 21', 'astana agenda diff 19 latest --format json'],
  register(cmd: Command, env) {
    cmd
      .argument('<a>', "the earlier round (number or 'latest')")
      .argument('<b>', "the later round (number or 'latest')")
      .option('--exit-code', 'exit 1 when topics were added or removed (unconfirmed ones do not count), as git diff --exit-code does')
      .action(async (a: string, b: string, opts: { exitCode?: boolean }, command: Command) => {
        const diff = diffAgenda(await env.dataset(command), a, b);
        await env.emit(command, diff, { table: agendaDiffTable, rows: agendaDiffRows });
        if (opts.exitCode && diff.added.length + diff.removed.length > 0) env.setExitCode(ExitCode.findings);
      });
  },
};

/** One record per topic: its change, and its summary before and after. */
export const agendaDiffRows = (d: AgendaDiff): unknown[] => [
  ...d.added.map((t) => ({ change: 'added', topic: t.topic, label: t.label, before: '', after: t.summary })),
  ...d.removed.map((t) => ({ change: 'removed', topic: t.topic, label: t.label, before: t.summary, after: '' })),
  ...d.kept.map((t) => ({ change: 'kept', topic: t.topic, label: t.label, before: t.before, after: t.after })),
  ...d.unconfirmed.map((t) => ({
    change: 'unconfirmed',
    topic: t.topic,
    label: t.label,
    before: t.recordedAt === d.from ? t.summary : '',
    after: t.recordedAt === d.to ? t.summary : '',
    why: t.why,
  })),
];
