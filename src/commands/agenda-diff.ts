import type { Command } from 'commander';
import { agendaDiffRecords, diffAgenda } from '../query/agenda-diff.js';
import { agendaDiffTable } from '../render/tables/agenda-diff.js';
import { ExitCode } from '../errors.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const agendaDiff: CommandModule = {
  output: { type: 'AgendaDiff', records: 'AgendaDiffRecord' },
  description: 'Compare the agendas of two meetings: topics added, removed, kept, and unconfirmed where coverage is partial',
  examples: ['astana agenda diff 20 21', 'astana agenda diff summit-6 summit-7', 'astana agenda diff 19 latest --format json'],
  register(cmd: Command, env) {
    cmd
      .argument('<a>', "the earlier meeting: a round number, 'latest', or a meeting id (summit-6, m2)")
      .argument('<b>', 'the later meeting, likewise')
      .option('--exit-code', 'exit 1 when any topic differs, added, removed or unconfirmed; 0 only when the recorded agendas match (as git diff --exit-code)')
      .action(async (a: string, b: string, opts: { exitCode?: boolean }, command: Command) => {
        const diff = diffAgenda(await env.dataset(command), a, b);
        await env.emit(command, diff, { table: agendaDiffTable, records: agendaDiffRecords, columns: columns.AgendaDiffRecord });
        if (opts.exitCode && diff.added.length + diff.removed.length + diff.unconfirmed.length > 0) env.setExitCode(ExitCode.findings);
      });
  },
};
