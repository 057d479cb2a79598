import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { citedDataset, citedSources } from '../query/cite.js';
import { citationStyleNames, citationStyles, isCitationStyle } from '../render/citation-styles.js';
import { sourcesList } from '../render/tables/sources.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

interface Options {
  style?: string;
  dataset?: boolean;
  format?: string;
  json?: boolean;
  fields?: string;
}

const styles = citationStyleNames.join(', ');

export const cite: CommandModule = {
  output: { type: 'CitedSource', list: true, records: 'CitedSource' },
  description: 'Print the sources behind a meeting, or every meeting, as citations or records; --dataset cites the dataset itself, with its version',
  examples: ['astana cite 21', 'astana cite summit-7 --style biblatex > summit-7.bib', 'astana cite --dataset --style biblatex >> summit-7.bib', 'astana cite --style csl-json > astana.json', 'astana cite 21 --format csv'],
  register(cmd: Command, env) {
    cmd
      .argument('[meeting]', 'a round number or a meeting id; all meetings when omitted')
      .option('--style <style>', `${citationStyleNames.join(', ')} (default: csl-json, unless --format is given)`)
      .option('--dataset', 'cite the dataset itself, with its version and release date, instead of the sources')
      .action(async (meeting: string | undefined, opts: Options, command: Command) => {
        const asRecords = opts.format !== undefined || opts.json === true || opts.fields !== undefined;
        if (asRecords && opts.style !== undefined) throw new UsageError('--style and --format disagree: --style prints citations, --format prints source records; give one of them');
        // One kind of thing per run, so that the output is one valid file of its style.
        if (opts.dataset && meeting !== undefined) throw new UsageError(`--dataset cites the dataset, '${meeting}' asks for a meeting's sources: give one of them, and run astana cite twice for both`);
        if (opts.dataset && asRecords) throw new UsageError(`--dataset prints a citation, not records: give --style (${styles}) instead of --format, --json or --fields`);
        const style = opts.style ?? 'csl-json';
        if (!isCitationStyle(style)) throw new UsageError(`unknown citation style '${style}' (styles: ${styles})`);
        const data = await env.dataset(command);
        if (opts.dataset) return env.print(command, citationStyles[style].dataset(citedDataset(data, env.dataDir(command).shown)));
        const sources = citedSources(data, meeting);
        if (asRecords) return env.emit(command, sources, { table: sourcesList, columns: columns.CitedSource });
        env.print(command, citationStyles[style].sources(sources));
      });
  },
};
