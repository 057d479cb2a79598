/** Latin letters that no Unicode decomposition takes to their base letter (Turkish ı, Polish ł …). */
const bare: Readonly<Record<string, string>> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ħ: 'h' };

import { invisibleCharacters } from './unsafe-characters.js';

/**
 * A name as people type it: case, diacritics, compatibility forms, invisible characters and the
 * choice between a space and a hyphen do not matter, so "turkiye" finds Türkiye, "haci" finds
 * Hacı, "nur sultan" finds Nur-Sultan, and two names that look alike are alike.
 */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(invisibleCharacters, '')
    .toLowerCase()
    .replace(/[ıłøđħ]/g, (c) => bare[c]!)
    .replace(/[\s\-_]+/g, ' ')
    .trim();
