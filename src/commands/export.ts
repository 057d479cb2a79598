import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { UsageError } from '../errors.js';
import { writeOutputFile } from '../output-file.js';
import type { ExportedFile } from '../export/summary.js';
import { columns } from '../render/columns.js';
import { exportTable } from '../render/tables/export.js';
import type { CommandModule } from './module.js';

export const exportCommand: CommandModule = {
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
        const { tidyTables } = await import('../export/rows.js');
        const rows = tidyTables(data);
        const info = { version: pkg.version, license: pkg.license };
        const written: ExportedFile[] = [];
        if (opts.to !== undefined) {
          const { packageFiles } = await import('../export/package-files.js');
          for (const file of packageFiles(data, rows, info)) {
            const shown = join(opts.to, file.path);
            writeOutputFile(resolve(env.io.cwd, shown), file.content, shown);
            written.push({ path: shown, table: file.rows === undefined ? undefined : file.path.replace(/\.csv$/, ''), rows: file.rows });
          }
        }
        if (opts.sqlite !== undefined) {
          const { sqliteFile } = await import('../export/sqlite-export.js');
          writeOutputFile(resolve(env.io.cwd, opts.sqlite), await sqliteFile(data, rows, info), opts.sqlite);
          written.push({ path: opts.sqlite });
        }
        await env.emit(command, { files: written }, { table: exportTable, records: (s) => s.files, columns: columns.ExportedFile });
      });
  },
};
