/**
 * Orders strings by UTF-16 code units. Used for ids, dates, paths and codes, which are ASCII:
 * the first localeCompare call loads ICU collation data, several milliseconds at start-up.
 */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

