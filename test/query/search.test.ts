import { describe, expect, it } from 'vitest';
import { search } from '../../src/query/search.js';
import { buildIndex, restoreIndex, storeIndex } from '../../src/search/engine.js';
import { bundled } from '../helpers/dataset.js';
import { mini } from '../helpers/mini.js';

const data = await bundled();
const index = buildIndex(data);
const find = (query: string, options: Parameters<typeof search>[3] = {}) => search(data, index, query, options);
const places = (query: string, options: Parameters<typeof search>[3] = {}) => find(query, options).map((h) => `${h.meeting ?? h.entry} ${h.path}`);

describe('search on the bundled data', () => {
  it('finds the meeting that mentions the earthquake, with where the text sits and its sources', () => {
    const [hit] = find('earthquake');
    const item = data.roundByNumber.get(20)!.agenda.findIndex((a) => a.summary.includes('earthquake'));
    expect(hit).toMatchObject({ meeting: 'round-20', kind: 'round', path: `agenda[${item}].summary`, terms: ['earthquake'] });
    expect(hit!.text).toContain('6 February 2023 earthquake');
    expect(hit!.sources).toEqual([expect.objectContaining({ id: 'tass-1635981', url: 'https://tass.com/politics/1635981', publisher: 'TASS' })]);
  });

  it('matches with a typo and by prefix', () => {
    expect(find('idlb').find((h) => h.kind === 'topic')).toMatchObject({ entry: 'idlib' });
    // Sources spell it Idleb too, one typo from what was typed as well.
    for (const hit of find('idlb', { limit: 0 })) expect(['idlib', 'idleb']).toEqual(expect.arrayContaining(hit.terms));
    expect(find('idlb').filter((h) => h.meeting !== null).length).toBeGreaterThan(5);
    expect(find('earthq')[0]).toMatchObject({ meeting: 'round-20' });
  });

  it('folds diacritics both ways', () => {
    expect(find('Onal')[0]).toMatchObject({ kind: 'person', entry: 'onal', text: 'Sedat Önal' });
    expect(find('Turkiye').map((h) => h.text)).toContain('Türkiye');
    expect(find('TÜRKIYE')).toEqual(find('turkiye'));
  });

  it('finds Cyrillic and Arabic text as written', () => {
    expect(find('Лаврентьев')[0]).toMatchObject({ kind: 'person', entry: 'lavrentiev' });
    expect(find('طعمة')[0]).toMatchObject({ kind: 'person', entry: 'toma' });
  });

  it('ranks hits best first, and gives each registry entry once', () => {
    const hits = find('Onal');
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(hits.filter((h) => h.entry === 'onal')).toHaveLength(1);
  });

  it('tries typos only when no word matches as typed', () => {
    expect(find('Onal').map((h) => h.entry)).not.toContain('unal');
    expect(find('Onnal').map((h) => h.entry)).toContain('onal');
  });

  it('leaves out words too common to tell texts apart, and says so when nothing else is left', () => {
    expect(find('the earthquake')).toEqual(find('earthquake'));
    expect(() => find('of the')).toThrow(/only words too common to search for/);
  });

  it('needs every word to match', () => {
    expect(places('constitutional committee').every((p) => !p.includes('undefined'))).toBe(true);
    for (const hit of find('constitutional committee')) expect(hit.terms).toEqual(expect.arrayContaining(['constitutional', 'committee']));
  });

  it('filters by kind, meeting, period and limit', () => {
    expect(new Set(find('constitutional', { kind: 'summit' }).map((h) => h.kind))).toEqual(new Set(['summit']));
    expect(find('khaji', { kind: 'people' })[0]).toMatchObject({ kind: 'person', entry: 'khaji' });
    expect(new Set(find('idlib', { meeting: '21' }).map((h) => h.meeting))).toEqual(new Set(['round-21']));
    const dated = find('idlib', { from: '2019-01-01', to: '2019-12-31' });
    expect(dated.length).toBeGreaterThan(0);
    for (const h of dated) expect(data.meetingById.get(h.meeting!)!.body.dates.start.slice(0, 4)).toBe('2019');
    expect(find('idlib', { limit: 3 })).toHaveLength(3);
    expect(find('idlib', { limit: 0 }).length).toBeGreaterThan(3);
  });

  it('rejects an unknown kind or meeting with the nearest choices, and an empty query', () => {
    expect(() => find('idlib', { kind: 'sumit' })).toThrow("unknown kind 'sumit' (did you mean summit?)");
    expect(() => find('idlib', { meeting: 'sumit-7' })).toThrow(/unknown meeting 'sumit-7' \(did you mean summit-7\?/);
    expect(() => find('  ')).toThrow('search needs at least one word');
  });
});

describe('matching text by text', () => {
  it('needs every word in one text, not spread over a meeting', async () => {
    const small = await mini();
    const idx = buildIndex(small);
    expect(search(small, idx, 'golan').map((h) => h.meeting)).toEqual(expect.arrayContaining(['round-2', 'summit-1']));
    expect(search(small, idx, 'boycott').map((h) => h.meeting)).toEqual(['round-2']);
    expect(search(small, idx, 'golan boycott')).toEqual([]);
  });

  it('gives the same first hits with a limit as without one', () => {
    for (const query of ['idlib', 'astana', 'constitutional', 'tass']) {
      const all = find(query, { limit: 0 });
      expect(find(query, { limit: 5 })).toEqual(all.slice(0, 5));
      expect(all.map((h) => h.score)).toEqual([...all.map((h) => h.score)].sort((a, b) => b - a));
    }
  });
});

describe('the stored index', () => {
  it('answers as the index it was stored from', async () => {
    const small = await mini();
    const built = buildIndex(small);
    const restored = restoreIndex(JSON.parse(JSON.stringify(storeIndex(built))));
    expect(search(small, restored, 'envoy', { limit: 0 })).toEqual(search(small, built, 'envoy', { limit: 0 }));
  });
});
