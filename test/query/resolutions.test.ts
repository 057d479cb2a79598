import { describe, expect, it } from 'vitest';
import { bundled } from '../helpers/dataset.js';
import { listResolutions, showResolution } from '../../src/query/resolutions.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('resolutions', () => {
  it('lists each resolution with the rounds that name it', () => {
    expect(listResolutions(data).map((r) => [r.symbol, r.rounds])).toEqual([
      ['A/ES-10/L.27', [2]],
      ['S/RES/2254(2015)', [1, 2]],
    ]);
  });

  it.each(['2254', 'S/RES/2254(2015)', 's/res/2254 (2015)', 'unsc-2254'])('finds 2254 as %s', (arg) => {
    expect(showResolution(data, arg).symbol).toBe('S/RES/2254(2015)');
  });

  it('shows each citation with its context, quote and sources', () => {
    expect(showResolution(data, '2254').citations).toEqual([
      { round: 1, context: 'joint-statement', quote: 'in line with 2254', note: undefined, sources: [{ id: 's1', url: 'https://example.org/one', publisher: 'Example', title: 'One' }] },
      { round: 2, context: 'agenda', quote: undefined, note: undefined, sources: [{ id: 's2', url: 'https://example.org/three', publisher: 'Example', title: 'Three' }] },
    ]);
  });

  it('tells a round known not to cite a resolution from one whose references are not fully coded', () => {
    // Round 1's resolution references are complete; round 2's and the summit's are partial.
    const l27 = showResolution(data, 'unga-x');
    expect(l27.citations.map((c) => c.round)).toEqual([2]);
    expect(l27.notCitedAt).toEqual([1]);
    expect(l27.unknownAt).toEqual([]);
    expect(l27.otherUnknownAt).toEqual(['summit-1']);
    expect(listResolutions(data).find((r) => r.id === 'unga-x')?.unknownAt).toEqual([]);
  });

  it('leaves out the meetings held before the resolution\'s year: they could not cite it', async () => {
    const all = await bundled();
    const l27 = showResolution(all, 'unga-es-10-l27');
    expect(all.resolutions.get('unga-es-10-l27')!.year).toBe(2023);
    const before = all.meetings.filter((m) => m.body.dates.end < '2023-01-01').map((m) => m.id);
    expect(before.length).toBeGreaterThan(20);
    const mentioned = [...l27.unknownAt.map((n) => `round-${n}`), ...l27.notCitedAt.map((n) => `round-${n}`), ...l27.otherUnknownAt, ...l27.otherCitations.map((c) => c.meeting)];
    expect(mentioned.filter((m) => before.includes(m))).toEqual([]);
    expect(l27.unknownAt).toEqual([20, 22]);
  });

  it('suggests the nearest resolution for an unknown one', () => {
    expect(() => showResolution(data, '2255')).toThrow("unknown resolution '2255' (did you mean 2254?; 'astana resolutions list' lists them all)");
  });
});
