import type { Metadata } from '../model/types.js';

/** A YAML scalar: JSON's double-quoted strings are YAML's too, so no value can turn into a number, a date or a key. */
const q = (value: string): string => JSON.stringify(value);

/**
 * CITATION.cff (Citation File Format 1.2.0) for the dataset, from what data/dataset.yaml says:
 * title, description as abstract, the maintainers as authors (entities, since "The astana
 * maintainers" is no person with a family name), the data version, its release date and the
 * licence's SPDX id. `npm run gen:citation` writes it, and the release script calls this same
 * function after it stamps a version, so the file never says another version than the data.
 */
export function citationCff(m: Metadata): string {
  const authors = m.maintainers.flatMap((p) => [`  - name: ${q(p.name)}`, ...(p.email ? [`    email: ${q(p.email)}`] : []), ...(p.url ? [`    website: ${q(p.url)}`] : [])]);
  const keywords = m.keywords && m.keywords.length > 0 ? ['keywords:', ...[...new Set(m.keywords)].map((k) => `  - ${q(k)}`)] : [];
  return [
    '# Generated from data/dataset.yaml by `npm run gen:citation`: edit that file, not this one.',
    'cff-version: 1.2.0',
    `message: ${q('If you use this dataset, please cite it using the metadata from this file.')}`,
    'type: dataset',
    `title: ${q(m.title)}`,
    `abstract: ${q(m.description)}`,
    'authors:',
    ...authors,
    `version: ${q(m.version)}`,
    `date-released: ${q(m.released)}`,
    `license: ${q(m.licence.id)}`,
    ...keywords,
    '',
  ].join('\n');
}
