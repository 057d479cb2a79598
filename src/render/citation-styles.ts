import type { Metadata } from '../model/types.js';
import type { CitedSource } from '../query/cite.js';
import { biblatex, bibtex, cslJson, text } from './citations.js';
import { datasetBibtex, datasetBiblatex, datasetCslJson, datasetText } from './dataset-citation.js';
import { renderJson } from './json.js';

interface CitationStyle {
  readonly sources: (sources: readonly CitedSource[]) => string;
  readonly dataset: (metadata: Metadata) => string;
}

/**
 * Every style `astana cite --style` prints, for the sources and for the dataset itself: the one
 * list the command, its help and shell completion read.
 */
export const citationStyles = {
  // CSL-JSON, for Zotero, Pandoc and citeproc: a list of items, the dataset a list of one.
  'csl-json': { sources: (s) => renderJson(cslJson(s)), dataset: (m) => renderJson([datasetCslJson(m)]) },
  biblatex: { sources: biblatex, dataset: datasetBiblatex },
  bibtex: { sources: bibtex, dataset: datasetBibtex },
  text: { sources: text, dataset: (m) => `${datasetText(m)}\n` },
} as const satisfies Record<string, CitationStyle>;

export type CitationStyleName = keyof typeof citationStyles;

export const citationStyleNames = Object.keys(citationStyles) as CitationStyleName[];

export const isCitationStyle = (name: string): name is CitationStyleName => Object.hasOwn(citationStyles, name);
