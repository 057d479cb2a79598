/**
 * Orders strings by UTF-16 code units. Used for ids, dates, paths and codes, which are ASCII:
 * the first localeCompare call loads ICU collation data, several milliseconds at start-up.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A name as a reader would match it: without accents or case (Türkiye, turkiye, TURKIYE). */
export const foldName = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
