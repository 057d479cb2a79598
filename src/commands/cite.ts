import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { citedSources } from '../query/cite.js';
import { bibtex, citationStyles, cslJson } from '../render/citations.js';
import { renderJson } from '../render/json.js';
import { sourcesList } from '../render/tables/sources.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

interface Options {
  style?: string;
  format?: string;
  json?: boolean;
  fields?: string;
}

export const cite: CommandModule = {
  output: { type: 'CitedSource', list: true, records: 'CitedSource' },
  description: 'Print the sources behind a meeting (or the whole dataset) as citations: CSL-JSON or BibTeX, or as records with --format',
  examples: ['astana cite 21', 'astana cite summit-7 --style bibtex > summit-7.bib', 'astana cite --style csl-json > astana.json', 'astana cite 21 --format csv'],
  register(cmd: Command, env) {
    cmd
      .argument('[meeting]', 'a round number or a meeting id; all meetings when omitted')
      .option('--style <style>', `${citationStyles.join(' or ')} (default: csl-json, unless --format is given)`)
      .action(async (meeting: string | undefined, opts: Options, command: Command) => {
        const sources = citedSources(await env.dataset(command), meeting);
        const asRecords = opts.format !== undefined || opts.json === true || opts.fields !== undefined;
        if (asRecords && opts.style !== undefined) throw new UsageError('--style and --format disagree: --style prints citations, --format prints source records; give one of them');
        if (asRecords) return env.emit(command, sources, { table: sourcesList, columns: columns.CitedSource });
        const style = opts.style ?? 'csl-json';
        if (!(citationStyles as readonly string[]).includes(style)) throw new UsageError(`unknown citation style '${style}' (styles: ${citationStyles.join(', ')})`);
        env.print(command, style === 'bibtex' ? bibtex(sources) : renderJson(cslJson(sources)));
      });
  },
};
