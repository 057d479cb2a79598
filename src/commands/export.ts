import type { Command } from 'commander';
import { join, resolve } from 'node:path';
import pkg from '../../package.json' with { type: 'json' };
import { UsageError } from '../errors.js';
import { realPath, within } from '../runtime/files.js';
import { stdoutName, writeOutput } from '../runtime/output.js';
import { columns } from '../render/columns.js';
import { exportTable } from '../render/tables/export.js';
import type { CommandModule } from './module.js';

interface ExportOptions {
  readonly to?: string;
  readonly sqlite?: string;
  readonly force?: boolean;
}

/** Two outputs that would write over each other are refused before anything is written. */
function checkTargets(cwd: string, { to, sqlite }: ExportOptions): void {
  if (to === stdoutName) throw new UsageError(`--to needs a directory; '-' (standard output) is for --sqlite`);
  if (to === undefined || sqlite === undefined || sqlite === stdoutName) return;
  const dir = realPath(resolve(cwd, to));
  const file = realPath(resolve(cwd, sqlite));
  if (within(dir, file)) throw new UsageError(`--sqlite ${sqlite} is inside --to ${to}, which the package replaces whole; write it elsewhere`);
}

export const exportCommand: CommandModule = {
  output: { type: 'ExportSummary', records: 'ExportedFile' },
  description: 'Write the data as a Frictionless data package (CSV tables with their schemas) or one SQLite file',
  examples: [
    'astana export --to astana-data',
    'astana export --sqlite astana.db && datasette astana.db',
    'astana export --sqlite - | sqlite3 -cmd .schema',
    'astana export --to my-export --sqlite my.db --data my-data',
  ],
  register(cmd: Command, env) {
    cmd
      .option('--to <dir>', 'write datapackage.json, a README.md codebook and one CSV per table into this directory, whole or not at all; an earlier export there is replaced')
      .option('--sqlite <file>', "write the same tables, with keys and a full-text index, to this SQLite file ('-': standard output)")
      .option('--force', '--to: replace a directory that holds something other than an earlier export')
      .action(async (opts: ExportOptions, command: Command) => {
        if (opts.to === undefined && opts.sqlite === undefined) throw new UsageError('export needs --to DIR, --sqlite FILE or both');
        checkTargets(env.io.cwd, opts);
        const data = await env.dataset(command);
        const { exportContent } = await import('../export/files.js');
        const content = await exportContent(data, opts, { version: pkg.version });
        const written: { path: string; table?: string; rows?: number }[] = [];
        if (opts.to !== undefined && content.package) {
          const { writePackage } = await import('../export/write-package.js');
          await writePackage(resolve(env.io.cwd, opts.to), opts.to, content.package, { force: opts.force });
          written.push(...content.package.map(({ path, table, rows }) => ({ path: join(opts.to!, path), table, rows })));
        }
        if (opts.sqlite !== undefined && content.sqlite) {
          // The database itself is the output: no summary after it on standard output.
          if (opts.sqlite === stdoutName) return env.io.outBytes(content.sqlite);
          await writeOutput(resolve(env.io.cwd, opts.sqlite), opts.sqlite, content.sqlite);
          written.push({ path: opts.sqlite });
        }
        await env.emit(command, { files: written }, { table: exportTable, records: (s) => s.files, columns: columns.ExportedFile });
      });
  },
};
