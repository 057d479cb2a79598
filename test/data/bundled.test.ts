import { describe, expect, it } from 'vitest';
import { showRound } from '../../src/query/rounds-show.js';
import { bundled } from '../helpers/dataset.js';

const data = bundled();

/** Every `sources: [...]` list in a round, with where it sits. */
function sourceLists(value: unknown, path = ''): [string, string[]][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceLists(v, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'sources' && path !== '' ? [[`${path}/sources`, v as string[]] as [string, string[]]] : sourceLists(v, `${path}/${k}`),
  );
}

describe('the bundled dataset', () => {
  it('resolves every claim to at least one public http(s) URL of its own round', () => {
    for (const round of data.rounds) {
      const urls = new Map(round.sources.map((s) => [s.id, s.url]));
      const lists = sourceLists(round);
      expect(lists.length).toBeGreaterThan(10);
      for (const [where, ids] of lists) {
        expect(ids.length, `round ${round.round} ${where}`).toBeGreaterThan(0);
        for (const id of ids) expect(urls.get(id), `round ${round.round} ${where}: ${id}`).toMatch(/^https?:\/\/\S+$/);
      }
    }
  });

  it('gives every delegation, agenda item, resolution reference and document a source', () => {
    for (const r of data.rounds) {
      for (const item of [...r.delegations, ...(r.absent ?? []), ...r.agenda, ...(r.resolutions ?? []), ...(r.documents ?? [])]) {
        expect(item.sources.length).toBeGreaterThan(0);
      }
    }
  });

  it('has rounds 19 to 22 complete: dates, city, guarantors, Syrian sides, observers, agenda, documents', () => {
    for (const n of [19, 20, 21, 22]) {
      const r = showRound(data, String(n));
      const roles = new Set(r.delegations.map((d) => `${d.party}:${d.role}`));
      for (const expected of ['russia:guarantor', 'turkey:guarantor', 'iran:guarantor', 'syria-government:party', 'syria-opposition:party', 'un:observer', 'jordan:observer', 'iraq:observer', 'lebanon:observer']) {
        expect(roles, `round ${n}`).toContain(expected);
      }
      expect(r.agenda.length).toBeGreaterThan(3);
      expect(r.documents.length).toBeGreaterThan(0);
      expect(r.delegations.filter((d) => d.role === 'guarantor').every((d) => d.head !== undefined)).toBe(true);
    }
  });
});

// Spot checks against the verified research: one fact of each kind per round.
describe('spot checks', () => {
  const head = (round: string, party: string): string | undefined => showRound(data, round).delegations.find((d) => d.party === party)?.head?.name;
  const versions = (round: string, party: string): string[] =>
    (showRound(data, round).delegations.find((d) => d.party === party)?.head?.versions ?? []).map((v) => v.name);
  const cited = (round: string): string[] => showRound(data, round).resolutions.map((x) => `${x.number ?? x.symbol}:${x.context}`);

  it('round 19: 22–23 November 2022, Astana; Selçuk Ünal for Türkiye; ICRC observing; 2642 on the agenda only', () => {
    expect(showRound(data, '19')).toMatchObject({ start: '2022-11-22', end: '2022-11-23', city: 'Astana' });
    expect(head('19', 'turkey')).toBe('Selçuk Ünal');
    expect(showRound(data, '19').delegations.map((d) => d.party)).toContain('icrc');
    expect(cited('19')).toEqual(['2254:joint-statement', '2642:agenda']);
  });

  it('round 20: 20–21 June 2023; Mikhail Bogdanov for Russia; UNHCR announced; 2672 in the joint statement', () => {
    expect(showRound(data, '20')).toMatchObject({ start: '2023-06-20', end: '2023-06-21' });
    expect(head('20', 'russia')).toBe('Mikhail Bogdanov');
    expect(head('20', 'turkey')).toBe('Burak Akçapar');
    expect(cited('20')).toContain('2672:joint-statement');
  });

  it('round 21: 24–25 January 2024; Ahmet Yıldız and Bassam Sabbagh; UN head disputed; 242, 497 and the UNGA draft cited', () => {
    expect(showRound(data, '21')).toMatchObject({ start: '2024-01-24', end: '2024-01-25', city: 'Astana' });
    expect(head('21', 'turkey')).toBe('Ahmet Yıldız');
    expect(head('21', 'syria-government')).toBe('Bassam Sabbagh');
    expect(versions('21', 'un')).toEqual(['Najat Rochdi', 'Geir Pedersen']);
    expect(cited('21')).toEqual(['242:joint-statement', '497:joint-statement', 'A/ES-10/L.27:joint-statement', '2642:agenda']);
  });

  it('round 22: 11–12 November 2024; Ayman Raad; Türkiye and UN heads disputed; next venue disputed; 1701 cited', () => {
    const r = showRound(data, '22');
    expect(r).toMatchObject({ start: '2024-11-11', end: '2024-11-12' });
    expect(head('22', 'syria-government')).toBe('Ayman Raad');
    expect(versions('22', 'turkey')).toEqual(['Ihsan Mustafa Yurdakul', 'Ahmet Yıldız']);
    expect(versions('22', 'un')).toEqual(['Geir Pedersen', 'Najat Rochdi']);
    expect(r.next?.versions?.map((v) => v.city)).toEqual(['Astana', 'Russia', 'Moscow']);
    expect(cited('22')).toContain('1701:joint-statement');
  });
});
