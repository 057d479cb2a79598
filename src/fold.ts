/**
 * A name as people type it: case, diacritics and the choice between a space and a hyphen do not
 * matter, so "turkiye" finds Türkiye and "nur sultan" finds Nur-Sultan.
 */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_]+/g, ' ')
    .trim();
