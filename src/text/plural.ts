// Words the plain -s does not make plural.
const irregular: Readonly<Record<string, string>> = { party: 'parties', person: 'people' };

/** "1 problem", "3 problems", "2 parties". */
export const plural = (n: number, word: string): string => `${n} ${n === 1 ? word : (irregular[word] ?? `${word}s`)}`;
