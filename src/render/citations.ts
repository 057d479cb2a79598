import type { CitedSource } from '../query/cite.js';
import { bibEntry, bibEscape, bibUrl, yearMonth } from './bib.js';
import { langid } from './langid.js';

const key = (s: CitedSource): string => `${s.meeting}-${s.id}`;
/** Titles in square brackets are our descriptions of a page, not its own headline. */
const describes = (title: string): boolean => title.startsWith('[') && title.endsWith(']');

/** CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), for Zotero, Pandoc and citeproc. */
export function cslJson(sources: readonly CitedSource[]): object[] {
  return sources.map((s) => ({
    id: key(s),
    type: 'webpage',
    title: s.title,
    'container-title': s.publisher,
    URL: s.url,
    language: s.language,
    ...(s.date ? { issued: { 'date-parts': [s.date.split('-').map(Number)] } } : {}),
    ...(describes(s.title) || s.note ? { note: [describes(s.title) ? 'Title supplied by the astana dataset' : '', s.note ?? ''].filter(Boolean).join('; ') } : {}),
  }));
}

/** biblatex `@online` entries, one per source, with the page's language as a biblatex langid. */
export function biblatex(sources: readonly CitedSource[]): string {
  return sources
    .map((s) =>
      bibEntry('online', key(s), [
        ['title', describes(s.title) ? s.title.slice(1, -1) : s.title],
        ['organization', s.publisher],
        ['url', { raw: `{${bibUrl(s.url)}}` }],
        ['langid', langid(s.language)],
        ['date', s.date],
        ['titleaddon', describes(s.title) ? 'title supplied' : undefined],
        ['note', s.note],
      ]),
    )
    .join('\n');
}

/**
 * Plain BibTeX `@misc` entries, for styles such as plain.bst that know no `@online`, `url`,
 * `date` or `langid`: the publisher and the address go in `howpublished` (`\url` needs the url
 * or hyperref package), the date in `year` and `month`. The title is braced whole, since such
 * styles lower-case titles and these are full of names.
 */
export function bibtex(sources: readonly CitedSource[]): string {
  return sources
    .map((s) =>
      bibEntry('misc', key(s), [
        ['title', { raw: `{{${bibEscape(s.title)}}}` }],
        // What such styles sort by when there is no author; without it each entry warns.
        ['key', s.publisher],
        ['howpublished', { raw: `{${bibEscape(s.publisher)}, \\url{${bibUrl(s.url)}}}` }],
        ...yearMonth(s.date),
        ['note', s.note],
      ]),
    )
    .join('\n');
}

/** One line per source: publisher, date, title and address, for a plain-text reference list. */
export function text(sources: readonly CitedSource[]): string {
  return sources.map((s) => `${s.publisher} (${s.date ?? 'n.d.'}). ${sentence(s.title)} ${s.url}\n`).join('');
}

/** Text ending in a full stop, unless it already ends a sentence. */
export const sentence = (t: string): string => (/[.?!]$/.test(t) ? t : `${t}.`);
