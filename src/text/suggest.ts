import { byCodeUnit } from './compare.js';
import { distance } from 'fastest-levenshtein';

/**
 * The candidates nearest to `value`, for "did you mean" hints. A candidate qualifies when it
 * contains the value (or vice versa) or is within a third of its length in edit distance; of
 * those, only the nearest are offered.
 */
export function suggest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const needle = value.toLowerCase();
  const limit = Math.max(2, Math.ceil(needle.length / 3));
  return [...new Set(candidates)]
    .map((candidate) => {
      const c = candidate.toLowerCase();
      // A short alias such as 'US' is inside many typos ('rusia'): containment counts from 3 letters.
      const contains = needle.length >= 3 && (c.includes(needle) || (c.length >= 3 && needle.includes(c)));
      return { candidate, score: contains ? 0.5 : distance(needle, c) };
    })
    .filter(({ score }) => score <= limit)
    .sort((a, b) => a.score - b.score || byCodeUnit(a.candidate, b.candidate))
    .filter(({ score }, _i, all) => score === all[0]!.score)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
