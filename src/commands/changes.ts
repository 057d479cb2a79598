import type { Command } from 'commander';
import { changeRows, changes } from '../query/changes.js';
import { readRecord, releasedVersions } from '../release/record.js';
import { columns } from '../render/columns.js';
import { changeStatTable, changesTable } from '../render/tables/changes.js';
import type { CommandModule } from './module.js';

interface Flags {
  since?: string;
  meeting?: string;
  stat?: boolean;
}

export const changesCommand: CommandModule = {
  output: { type: 'ChangeReport', records: 'ChangeRow', otherRecords: ['ChangeStat'] },
  description: 'What changed in the data between releases: each fact added, removed or changed, with its old and new values and sources',
  examples: ['astana changes', 'astana changes --since 1.0.0 --meeting ministerial-12', 'astana changes --since 1.0.0 --stat', 'astana changes --format csv > changes.csv'],
  register(cmd: Command, env) {
    cmd
      .option('--since <version>', 'compare with this release (default: the latest release, or the one before it when nothing is unreleased)')
      .option('--meeting <id>', 'only the facts of this meeting (a round number or a meeting id)')
      .option('--stat', 'counts per meeting and per kind of fact (csv, tsv and ndjson print one line per count)')
      .action(async (opts: Flags, command: Command) => {
        const data = await env.dataset(command);
        const { dir, shown } = env.dataDir(command);
        const report = changes(data, { versions: releasedVersions(dir), read: (v) => readRecord(dir, shown, v) }, { since: opts.since, meeting: opts.meeting });
        if (opts.stat) await env.emit(command, report, { table: changeStatTable, records: (r) => r.stat, columns: columns.ChangeStat });
        else await env.emit(command, report, { table: changesTable, records: changeRows, columns: columns.ChangeRow });
      });
  },
};
