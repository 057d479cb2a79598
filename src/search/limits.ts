/**
 * What a search may ask, so that no query costs more than a moment: enough for any name or
 * phrase, and a bound on the work. A word longer than `maxFuzzyWord` is matched as typed only,
 * since the engine's walk for near spellings grows with the word.
 */
export const maxQueryLength = 500;
export const maxQueryWords = 20;
export const maxFuzzyWord = 32;
