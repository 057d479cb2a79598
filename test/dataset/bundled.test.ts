import { describe, expect, it } from 'vitest';
import { showRound } from '../../src/query/rounds-show.js';
import { bundled } from '../helpers/dataset.js';

const data = await bundled();

/** Every `sources: [...]` list in a round, with where it sits. */
function sourceLists(value: unknown, path = ''): [string, string[]][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceLists(v, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'sources' && path !== '' ? [[`${path}/sources`, v as string[]] as [string, string[]]] : sourceLists(v, `${path}/${k}`),
  );
}

describe('the bundled dataset', () => {
  it('holds 22 rounds, 7 presidential summits and the ministerial meetings', () => {
    const kinds = (kind: string): number[] => data.meetings.filter((m) => m.kind === kind).map((m) => m.number);
    expect(kinds('round')).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(kinds('summit')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(data.meetings.filter((m) => m.kind === 'summit').map((m) => m.body.dates.start)).toEqual([
      '2017-11-22', '2018-04-04', '2018-09-07', '2019-02-14', '2019-09-16', '2020-07-01', '2022-07-19',
    ]);
    expect(data.meetings.at(-1)).toMatchObject({ id: 'ministerial-12', body: { dates: { start: '2024-12-07' }, city: { name: 'Doha' } } });
  });

  it('resolves every claim of every meeting to at least one public http(s) URL of its own file', () => {
    for (const meeting of data.meetings) {
      const urls = new Map(meeting.body.sources.map((s) => [s.id, s.url]));
      const lists = sourceLists(meeting.body);
      expect(lists.length, meeting.id).toBeGreaterThan(3);
      for (const [where, ids] of lists) {
        expect(ids.length, `${meeting.id} ${where}`).toBeGreaterThan(0);
        for (const id of ids) expect(urls.get(id), `${meeting.id} ${where}: ${id}`).toMatch(/^https?:\/\/\S+$/);
      }
    }
  });

  it('gives every resolution in the registry the address of a public page', () => {
    for (const r of data.resolutions.values()) expect(r.url, r.id).toMatch(/^https?:\/\/\S+$/);
  });

  it('uses every topic and every resolution of the registries at least once', () => {
    const topics = new Set(data.meetings.flatMap((m) => m.body.agenda.map((a) => a.topic)));
    const resolutions = new Set(data.meetings.flatMap((m) => (m.body.resolutions ?? []).map((r) => r.resolution)));
    expect([...data.topics.keys()].filter((t) => !topics.has(t))).toEqual([]);
    expect([...data.resolutions.keys()].filter((r) => !resolutions.has(r))).toEqual([]);
  });

  it('gives every delegation, agenda item, resolution reference and document a source', () => {
    for (const r of data.meetings.map((m) => m.body)) {
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

// One fact of each kind per round, from the verified research: dates, a head of delegation, an
// observer, and a resolution cited (null where the research verified none).
const perRound: [number, string, string, string, string, string | null][] = [
  [1, '2017-01-23', 'syria-opposition', 'Mohammad Alloush', 'usa', '2336'],
  [2, '2017-02-15', 'syria-government', 'Bashar al-Jaafari', 'jordan', '2254'],
  [3, '2017-03-14', 'russia', 'Alexander Lavrentiev', 'usa', null],
  [4, '2017-05-03', 'usa', 'Stuart Jones', 'un', '2254'],
  [5, '2017-07-04', 'jordan', 'Nawaf Wasfi al-Tell', 'usa', '2254'],
  [6, '2017-09-14', 'iran', 'Hossein Jaberi Ansari', 'jordan', '2254'],
  [7, '2017-10-30', 'syria-government', 'Bashar al-Jaafari', 'jordan', '2254'],
  [8, '2017-12-21', 'syria-opposition', 'Ahmad Toma', 'usa', '2254'],
  [9, '2018-05-14', 'syria-opposition', 'Ahmad Toma', 'jordan', '2254'],
  [10, '2018-07-30', 'un', 'Staffan de Mistura', 'unhcr', '2254'],
  [11, '2018-11-28', 'turkey', 'Sedat Önal', 'icrc', '2254'],
  [12, '2019-04-25', 'un', 'Geir Pedersen', 'jordan', '497'],
  [13, '2019-08-01', 'syria-opposition', 'Ahmad Toma', 'lebanon', '497'],
  [14, '2019-12-10', 'iran', 'Ali Asghar Khaji', 'iraq', '2254'],
  [15, '2021-02-16', 'turkey', 'Selçuk Ünal', 'iraq', '2254'],
  [16, '2021-07-07', 'syria-opposition', 'Ahmad Toma', 'icrc', '2254'],
  [17, '2021-12-21', 'un', 'Khawla Matar', 'lebanon', '2254'],
  [18, '2022-06-15', 'un', 'Robert Dunn', 'unhcr', '2254'],
  [19, '2022-11-22', 'turkey', 'Selçuk Ünal', 'icrc', '2254'],
  [20, '2023-06-20', 'russia', 'Mikhail Bogdanov', 'iraq', '2672'],
  [21, '2024-01-24', 'syria-government', 'Bassam Sabbagh', 'unhcr', '497'],
  [22, '2024-11-11', 'syria-government', 'Ayman Raad', 'icrc', '1701'],
];

describe.each(perRound)('round %i', (n, start, party, head, observer, resolution) => {
  const r = showRound(data, String(n));
  it(`starts on ${start}`, () => expect(r.start).toBe(start));
  it(`has ${head} heading ${party}`, () => expect(r.delegations.find((d) => d.party === party)?.head?.name).toBe(head));
  it(`has ${observer} as an observer`, () => expect(r.delegations.find((d) => d.party === observer)?.role).toBe('observer'));
  it(`cites ${resolution ?? 'no verified resolution'}`, () => {
    const numbers = r.resolutions.map((x) => String(x.number));
    if (resolution === null) expect(numbers).toEqual([]);
    else expect(numbers).toContain(resolution);
  });
});

describe('disputes kept with every version', () => {
  const versions = (round: number, party: string): string[] =>
    (showRound(data, String(round)).delegations.find((d) => d.party === party)?.head?.versions ?? []).map((v) => v.name);
  it('the opposition head at rounds 5 and 6', () => {
    expect(versions(5, 'syria-opposition')).toEqual(['Ahmad Berri', 'Mohammad Alloush']);
    expect(versions(6, 'syria-opposition')).toEqual(['Ahmad Berri', 'Fateh Hassoun']);
  });
  it('the UN head at rounds 21 and 22, and the Turkish head at round 22', () => {
    expect(versions(21, 'un')).toEqual(['Najat Rochdi', 'Geir Pedersen']);
    expect(versions(22, 'un')).toEqual(['Geir Pedersen', 'Najat Rochdi']);
    expect(versions(22, 'turkey')).toEqual(['Ihsan Mustafa Yurdakul', 'Ahmet Yıldız']);
  });
  it('the venue agreed for a 23rd meeting', () => {
    expect(showRound(data, '22').next).toMatchObject({ disputed: true });
  });
  it('the opposition boycott of round 3', () => {
    expect(showRound(data, '3').absent.map((a) => a.party)).toEqual(['syria-opposition']);
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
