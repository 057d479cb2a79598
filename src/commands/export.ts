import type { Command } from 'commander';
import { resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { UsageError } from '../errors.js';
import { writeOutputFile } from '../runtime/output-file.js';
import { columns } from '../render/columns.js';
import { exportTable } from '../render/tables/export.js';
import type { CommandModule } from './module.js';

export const exportCommand: CommandModule = {
  output: { type: 'ExportSummary', records: 'ExportedFile' },
  description: 'Write the data as a Frictionless data package (CSV tables with their schemas) or one SQLite file',
  examples: [
    'astana export --to astana-data',
    'astana export --sqlite astana.db && datasette astana.db',
    'astana export --to my-export --sqlite my.db --data my-data',
  ],
  register(cmd: Command, env) {
    cmd
      .option('--to <dir>', 'write datapackage.json and one CSV per table into this directory')
      .option('--sqlite <file>', 'write the same tables, with keys and a full-text index, to this SQLite file')
      .action(async (opts: { to?: string; sqlite?: string }, command: Command) => {
        if (opts.to === undefined && opts.sqlite === undefined) throw new UsageError('export needs --to DIR, --sqlite FILE or both');
        const data = await env.dataset(command);
        const { exportFiles } = await import('../export/files.js');
        const files = await exportFiles(data, opts, { version: pkg.version, license: pkg.license });
        for (const file of files) writeOutputFile(resolve(env.io.cwd, file.path), file.content, file.path);
        const written = files.map(({ path, table, rows }) => ({ path, table, rows }));
        await env.emit(command, { files: written }, { table: exportTable, records: (s) => s.files, columns: columns.ExportedFile });
      });
  },
};
