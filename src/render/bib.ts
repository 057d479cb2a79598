/** Text for a .bib field: TeX's special characters escaped, so a title prints as written. */
export const bibEscape = (s: string): string =>
  s.replace(/\\/g, '\\textbackslash{}').replace(/([{}%&$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

/**
 * A URL for biblatex's `url` field or plain BibTeX's `\url{}`, both read verbatim: a `%` or `#`
 * escaped with a backslash would reach the page as `%5C%`, so they stay as they are. Only braces,
 * which would end the field, are percent-encoded, as browsers send them, and a backslash, which
 * no sound address has.
 */
export const bibUrl = (url: string): string => url.replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** A field's value: text is escaped and braced; `raw` is written as given (a month macro, a `\url{}`, a brace-protected name). */
export type BibValue = string | { readonly raw: string };

/** One entry, its fields in the order given, an undefined value left out. */
export function bibEntry(type: string, key: string, fields: ReadonlyArray<readonly [string, BibValue | undefined]>): string {
  const body = fields
    .filter((f): f is readonly [string, BibValue] => f[1] !== undefined)
    .map(([k, v]) => `  ${k} = ${typeof v === 'string' ? `{${bibEscape(v)}}` : v.raw},`)
    .join('\n');
  return `@${type}{${key},\n${body}\n}\n`;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX's `year` and `month` of a YYYY-MM-DD date: plain styles read no `date` field; the month is the standard macro, so styles print it in their own way. */
export function yearMonth(date: string | undefined): [string, BibValue | undefined][] {
  if (date === undefined) return [];
  const [year, month] = date.split('-');
  return [
    ['year', year],
    ['month', { raw: months[Number(month) - 1]! }],
  ];
}
