import type { Command } from 'commander';
import { duplicateRecords, duplicateSources, listSources } from '../query/sources.js';
import { columns } from '../render/columns.js';
import { duplicatesList, sourcesList } from '../render/tables/sources.js';
import { ExitCode } from '../errors.js';
import type { CommandModule } from './module.js';

export const sourcesCommand: CommandModule = {
  output: { type: 'SourcesOutput', records: 'SourceRecord' },
  description: 'The sources of a meeting, or of every meeting: one URL a line when piped, a numbered list on a terminal',
  examples: ['astana sources 21', 'astana sources 21 | xargs -n1 curl -sI', 'astana sources summit-7 --format json', 'astana sources --check-duplicates'],
  register(cmd: Command, env) {
    cmd
      .argument('[meeting]', 'a round number or a meeting id (round-21, summit-7, m2); every meeting when left out')
      .option('--check-duplicates', 'list the URLs cited under two or more ids, and exit 1 if there are any')
      .action(async (meeting: string | undefined, opts: { checkDuplicates?: boolean }, command: Command) => {
        const sources = listSources(await env.dataset(command), meeting);
        if (opts.checkDuplicates) {
          const duplicates = duplicateSources(sources);
          await env.emit(command, duplicates, { table: duplicatesList, records: duplicateRecords, columns: ['url', 'meeting', 'id'] });
          if (duplicates.length > 0) env.setExitCode(ExitCode.findings);
          return;
        }
        const asked = command.opts() as { format?: string; json?: boolean; fields?: string };
        // Piped with no format asked for: bare URLs, one a line, each page once, for xargs and curl.
        if (!env.io.isTTY && asked.format === undefined && !asked.json && asked.fields === undefined) {
          env.io.out([...new Set(sources.map((s) => s.url))].map((u) => `${u}\n`).join(''));
          return;
        }
        await env.emit(command, sources, { table: sourcesList, columns: columns.SourceRecord });
      });
  },
};
