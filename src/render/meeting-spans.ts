import { ranges } from './ranges.js';

/** Meeting ids, with the rounds among them as runs: "rounds 8–11, 13, summit-4". */
export function meetingSpans(ids: readonly string[]): string {
  const rounds = ids.filter((id) => /^round-\d+$/.test(id)).map((id) => Number(id.slice(6)));
  const others = ids.filter((id) => !/^round-\d+$/.test(id));
  return [...(rounds.length > 0 ? [`${rounds.length === 1 ? 'round' : 'rounds'} ${ranges(rounds)}`] : []), ...others].join(', ');
}
