/** Latin letters that no Unicode decomposition takes to their base letter (Turkish ı, Polish ł …). */
const bare: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h' };

/**
 * A name as people type it: case, diacritics and the choice between a space and a hyphen do not
 * matter, so "turkiye" finds Türkiye, "haci" finds Hacı and "nur sultan" finds Nur-Sultan.
 */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłøđħ]/g, (c) => bare[c]!)
    .replace(/[\s\-_]+/g, ' ')
    .trim();
