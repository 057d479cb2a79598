import type { Metadata } from '../model/types.js';
import { bibEntry, bibEscape, bibUrl, yearMonth } from './bib.js';
import { sentence } from './citations.js';
import { langid } from './langid.js';

/** The key of the dataset's entry, for `\cite{astana-dataset}` or `[@astana-dataset]`. */
export const datasetKey = 'astana-dataset';

/**
 * data/dataset.yaml names no language of its own: its title and description are English, as the
 * schemas ask of every text the data writes itself (quoted passages aside).
 */
export const datasetLanguage = 'en';

const names = (m: Metadata): string[] => m.maintainers.map((p) => p.name);
const licence = (m: Metadata): string => `${m.licence.name} (${m.licence.id})`;
const dateParts = (date: string): number[] => date.split('-').map(Number);

/**
 * The dataset as one CSL-JSON item of type `dataset`. The maintainers are `literal` names, which
 * citeproc never splits into given and family names. No URL: the dataset has no address of its own.
 */
export function datasetCslJson(m: Metadata): object {
  return {
    id: datasetKey,
    type: 'dataset',
    title: m.title,
    author: names(m).map((literal) => ({ literal })),
    version: m.version,
    issued: { 'date-parts': [dateParts(m.released)] },
    abstract: m.description,
    ...(m.keywords && m.keywords.length > 0 ? { keyword: m.keywords.join(', ') } : {}),
    language: datasetLanguage,
    note: `Licence: ${licence(m)}, ${m.licence.url}`,
  };
}

/** Each maintainer in its own braces, so that BibTeX and biber take "The astana maintainers" as one name, not a Mr Maintainers. */
const authors = (m: Metadata): { raw: string } => ({ raw: `{${names(m).map((n) => `{${bibEscape(n)}}`).join(' and ')}}` });
const licenceNote = (m: Metadata): { raw: string } => ({ raw: `{Licence: ${bibEscape(licence(m))}, \\url{${bibUrl(m.licence.url)}}}` });

/** A biblatex `@dataset` entry, with its version and release date. */
export function datasetBiblatex(m: Metadata): string {
  return bibEntry('dataset', datasetKey, [
    ['author', authors(m)],
    ['title', m.title],
    ['version', m.version],
    ['date', m.released],
    ['langid', langid(datasetLanguage)],
    ['note', licenceNote(m)],
  ]);
}

/** A plain BibTeX `@misc` entry: such styles know no `@dataset` or `version`, so the version and the release date go in `howpublished`. */
export function datasetBibtex(m: Metadata): string {
  return bibEntry('misc', datasetKey, [
    ['author', authors(m)],
    ['title', { raw: `{{${bibEscape(m.title)}}}` }],
    ['howpublished', `Data set, version ${m.version}, released ${m.released}`],
    ...yearMonth(m.released),
    ['note', licenceNote(m)],
  ]);
}

const listed = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** One line, for a plain-text reference list, a README or the report's metadata. */
export function datasetText(m: Metadata): string {
  return `${listed(names(m))} (${m.released.slice(0, 4)}). ${sentence(m.title)} Data set, version ${m.version}, released ${m.released}. Licence: ${licence(m)}, ${m.licence.url}`;
}
