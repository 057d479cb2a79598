import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { citedSources } from '../query/cite.js';
import { bibtex, citationStyles, cslJson } from '../render/citations.js';
import { renderJson } from '../render/json.js';
import type { CommandModule } from './module.js';

export const cite: CommandModule = {
  description: 'Print the sources behind a meeting (or the whole dataset) as citations: CSL-JSON or BibTeX',
  examples: ['astana cite 21', 'astana cite summit-7 --style bibtex > summit-7.bib', 'astana cite --style csl-json > astana.json'],
  register(cmd: Command, env) {
    cmd
      .argument('[meeting]', 'a round number or a meeting id; all meetings when omitted')
      .option('--style <style>', `${citationStyles.join(' or ')}`, 'csl-json')
      .action(async (meeting: string | undefined, opts: { style: string }, command: Command) => {
        if (!(citationStyles as readonly string[]).includes(opts.style)) {
          throw new UsageError(`unknown citation style '${opts.style}' (styles: ${citationStyles.join(', ')})`);
        }
        const sources = citedSources(await env.dataset(command), meeting);
        env.io.out(opts.style === 'bibtex' ? bibtex(sources) : renderJson(cslJson(sources)));
      });
  },
};
