import type { CitedSource } from '../query/cite.js';

export const citationStyles = ['csl-json', 'bibtex'] as const;

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

const bibEscape = (s: string): string => s.replace(/\\/g, '\\textbackslash{}').replace(/([{}%&$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/** BibTeX @online entries (biblatex), one per source. */
export function bibtex(sources: readonly CitedSource[]): string {
  return sources
    .map((s) => {
      const fields: [string, string][] = [
        ['title', describes(s.title) ? s.title.slice(1, -1) : s.title],
        ['organization', s.publisher],
        ['url', s.url],
        ['langid', s.language],
        ...(s.date ? [['date', s.date] as [string, string]] : []),
        ...(describes(s.title) ? [['titleaddon', 'title supplied'] as [string, string]] : []),
        ...(s.note ? [['note', s.note] as [string, string]] : []),
      ];
      const body = fields.map(([k, v]) => `  ${k} = {${k === 'url' ? v.replace(/[%#]/g, '\\$&') : bibEscape(v)}},`).join('\n');
      return `@online{${key(s)},\n${body}\n}\n`;
    })
    .join('\n');
}
