import { ranges } from './ranges.js';

/**
 * Source URLs numbered in order of first use: cells name them by number and the list goes under
 * the table, so a URL is never wrapped or cut to fit a column.
 */
export function footnotes(): { ref: (urls: readonly string[]) => string; list: () => string } {
  const urls: string[] = [];
  const number = (url: string): number => (urls.includes(url) ? urls.indexOf(url) : urls.push(url) - 1) + 1;
  return {
    ref: (list) => [...new Set(list.map(number))].join(' '),
    list: () => (urls.length === 0 ? '' : `\n${urls.map((u, i) => `[${i + 1}] ${u}\n`).join('')}`),
  };
}


/** Meeting ids, with the rounds among them as runs: "rounds 8–11, 13, summit-4". */
export function meetingSpans(ids: readonly string[]): string {
  const rounds = ids.filter((id) => /^round-\d+$/.test(id)).map((id) => Number(id.slice(6)));
  const others = ids.filter((id) => !/^round-\d+$/.test(id));
  return [...(rounds.length > 0 ? [`${rounds.length === 1 ? 'round' : 'rounds'} ${ranges(rounds)}`] : []), ...others].join(', ');
}
