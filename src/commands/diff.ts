import type { Command } from 'commander';
import { ExitCode } from '../errors.js';
import { diffMeetings, diffRecords, differs } from '../query/meeting-diff.js';
import { meetingDiffTable } from '../render/tables/meeting-diff.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const diff: CommandModule = {
  output: { type: 'MeetingDiff', records: 'DiffRecord' },
  description: 'Compare two whole meetings: delegations and heads, absentees, agenda, UN resolutions',
  examples: ['astana diff 20 21', 'astana diff summit-6 summit-7 --format json', 'astana diff 21 22 --exit-code >/dev/null || echo changed'],
  register(cmd: Command, env) {
    cmd
      .argument('<a>', 'a round number, latest (the latest round) or a meeting id (summit-7, ministerial-2)')
      .argument('<b>', 'likewise')
      .option('--exit-code', 'exit 1 when attendance, agenda or resolutions differ, confirmed or unconfirmed; 0 only when they match (as git diff --exit-code)')
      .action(async (a: string, b: string, opts: { exitCode?: boolean }, command: Command) => {
        const result = diffMeetings(await env.dataset(command), a, b);
        await env.emit(command, result, { table: meetingDiffTable, records: diffRecords, columns: columns.DiffRecord });
        if (opts.exitCode && differs(result)) env.setExitCode(ExitCode.findings);
      });
  },
};
