import type { Command } from 'commander';
import { agendaDiffRecords, diffAgenda } from '../query/agenda-diff.js';
import { agendaDiffTable } from '../render/tables/agenda-diff.js';
import { ExitCode } from '../errors.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

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
        await env.emit(command, diff, { table: agendaDiffTable, records: agendaDiffRecords, columns: columns.AgendaDiffRecord });
        if (opts.exitCode && diff.added.length + diff.removed.length > 0) env.setExitCode(ExitCode.findings);
      });
  },
};
