import type { Command } from 'commander';
import { searchIndexFor } from '../data/cache/search-index.js';
import { UsageError } from '../errors.js';
import { searchRecords } from '../query/search-records.js';
import { columns } from '../render/columns.js';
import { hitKinds } from '../search/documents.js';
import { maxFuzzyWord, maxQueryLength, maxQueryWords } from '../search/limits.js';
import { searchTable } from '../render/tables/search.js';
import { periodOf, periodOptions, type PeriodFlags } from './filters.js';
import type { CommandModule } from './module.js';

const defaultLimit = 20;

interface Flags extends PeriodFlags {
  kind?: string;
  meeting?: string;
  limit?: string;
}

export const searchCommand: CommandModule = {
  output: { type: 'SearchHit', list: true, records: 'SearchRecord' },
  description: 'Full-text search over every text of the data: agendas, notes, quotes, documents, sources, and the names in the registries',
  examples: ['astana search earthquake', 'astana search idlb', 'astana search Onal --kind round', 'astana search "constitutional committee" --year 2019', 'astana search Лаврентьев --format json'],
  register(cmd: Command, env) {
    periodOptions(cmd.argument('<words...>', `words to find: every one must match, as a word, its start, or with a typo (words of up to ${maxFuzzyWord} letters); at most ${maxQueryWords} words, ${maxQueryLength} characters`), 'meetings')
      .option('--kind <kind>', `only hits of this kind (${hitKinds.join(', ')})`)
      .option('--meeting <id>', 'only texts of this meeting (a round number or a meeting id)')
      .option('--limit <n>', `at most this many hits (default ${defaultLimit}; 0 for all)`)
      .action(async (words: string[], opts: Flags, command: Command) => {
        const limit = parseLimit(opts.limit);
        const data = await env.dataset(command);
        const { index } = await searchIndexFor(data, env.dataDir(command).dir, env.io.env);
        const { search } = await import('../query/search.js');
        const hits = search(data, index, words.join(' '), { ...periodOf(opts), kind: opts.kind, meeting: opts.meeting, limit });
        await env.emit(command, hits, { table: (h, ctx) => searchTable(h, ctx, limit), records: searchRecords, columns: columns.SearchRecord });
      });
  },
};

function parseLimit(value: string | undefined): number {
  if (value === undefined) return defaultLimit;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--limit must be a whole number (0 for all), not '${value}'`);
  return Number(value);
}
