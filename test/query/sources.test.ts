import { describe, expect, it } from 'vitest';
import { duplicateSources, listSources, type SourceRecord } from '../../src/query/sources.js';
import { mini } from '../helpers/mini.js';

const data = await mini();
const record = (meeting: string, id: string, url: string): SourceRecord => ({ meeting, id, url, publisher: 'p', title: 't', language: 'en' });

describe('sources', () => {
  it("lists a meeting's source records, or every meeting's in date order", () => {
    expect(listSources(data, '2').map((s) => [s.meeting, s.id, s.url])).toEqual([
      ['round-2', 's1', 'https://example.org/two'],
      ['round-2', 's2', 'https://example.org/three'],
    ]);
    expect(listSources(data).map((s) => s.meeting)).toEqual(['round-1', 'summit-1', 'round-2', 'round-2']);
    expect(() => listSources(data, 'summit-9')).toThrow(/unknown meeting 'summit-9'/);
  });

  it('finds one URL cited under two ids, in one meeting or across meetings', () => {
    expect(duplicateSources(listSources(data))).toEqual([]);
    expect(
      duplicateSources([
        record('round-1', 'a', 'https://Example.org/page/'),
        record('round-2', 'b', 'https://example.org/page'),
        record('round-3', 'a', 'https://example.org/page'),
        record('round-3', 'c', 'https://example.org/other'),
      ]),
    ).toEqual([{ url: 'https://Example.org/page/', ids: [{ meeting: 'round-1', id: 'a' }, { meeting: 'round-2', id: 'b' }, { meeting: 'round-3', id: 'a' }] }]);
  });

  it('does not report one URL under one id in several meetings', () => {
    expect(duplicateSources([record('round-1', 'a', 'https://x.org'), record('round-2', 'a', 'https://x.org')])).toEqual([]);
  });
});
