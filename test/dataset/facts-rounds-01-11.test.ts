import { describe, expect, it } from 'vitest';
import { showRound } from '../../src/query/rounds-show.js';
import { bundled } from '../helpers/dataset.js';

const data = await bundled();

// Spot checks of facts added to rounds 1–11, each against the source id that states it.
const round = (n: number) => showRound(data, String(n));
const body = (n: number) => data.meetings.find((m) => m.id === `round-${n}`)!.body;
const delegation = (n: number, party: string) => round(n).delegations.find((d) => d.party === party);
const agendaSources = (n: number, topic: string): string[] => round(n).agenda.filter((a) => a.topic === topic).flatMap((a) => a.sources);
const citation = (n: number, number: number, context: string) =>
  round(n).resolutions.find((r) => r.number === number && r.context === context);

describe('resolutions in the joint statements of rounds 1–11', () => {
  it('round 1 cites 2254, 2336 and 2165 in the text SANA published', () => {
    const r2254 = citation(1, 2254, 'joint-statement');
    expect(r2254?.sources).toEqual(expect.arrayContaining(['sana-98941', 'kassioun-19943']));
    expect(r2254?.quote).toContain('2254 in its entirety');
    expect(citation(1, 2336, 'joint-statement')?.sources).toContain('sana-98941');
    expect(citation(1, 2165, 'joint-statement')?.sources).toContain('alroeya-1414');
  });

  it('round 8 cites 2254 in the joint statement (Al-Kawthar) and in Türkiye\'s statement on the working group', () => {
    expect(citation(8, 2254, 'joint-statement')?.sources).toEqual(['alkawthar-110790']);
    expect(citation(8, 2254, 'other')?.sources).toContain('tr-mfa-396');
  });

  it('round 9 quotes the statement on 2254 as Syria Times reports it', () => {
    const r = citation(9, 2254, 'joint-statement');
    expect(r?.sources).toContain('syriatimes-36441');
    expect(r?.quote).toMatch(/based on UNSC Resolution No\. 2254$/);
  });

  it('round 3 still cites none, and says so as unknown rather than absent', () => {
    expect(round(3).resolutions).toEqual([]);
    expect(body(3).coverage).toMatchObject({ resolutions: 'none' });
    expect(body(3).coverage.note).toMatch(/unknown, not absent/);
  });
});

describe('agenda items from the statements and documents', () => {
  it('round 1: humanitarian access under 2165', () => {
    expect(agendaSources(1, 'humanitarian-aid')).toContain('sana-98941');
  });
  it('round 2: the joint group\'s concept paper on detainees and humanitarian access', () => {
    expect(agendaSources(2, 'detainees-and-missing')).toEqual(['tehrantimes-411191']);
    expect(agendaSources(2, 'humanitarian-aid')).toEqual(['tehrantimes-411191']);
  });
  it('round 4: the memorandum\'s humanitarian access, infrastructure and returns', () => {
    for (const topic of ['humanitarian-aid', 'early-recovery', 'refugee-returns']) {
      expect(agendaSources(4, topic), topic).toContain('sputnik-1053337432');
    }
  });
  it('round 6: the announcement of the de-escalation areas', () => {
    expect(agendaSources(6, 'de-escalation-zones')).toContain('rg-20170915');
  });
  it('round 7: the Geneva process and more humanitarian aid', () => {
    expect(agendaSources(7, 'political-process')).toEqual(['astanacalling-humanitarian']);
    expect(agendaSources(7, 'humanitarian-aid')).toEqual(['astanacalling-humanitarian']);
  });
  it('round 8: the Idlib de-escalation area and the 2254 settlement', () => {
    expect(agendaSources(8, 'de-escalation-zones')).toContain('tr-mfa-396');
    expect(agendaSources(8, 'political-process')).toContain('alkawthar-110790');
  });
});

describe('heads of delegation', () => {
  it('round 2: Lavrentiev, named after the meeting by Tehran Times; Türkiye\'s head still unknown', () => {
    expect(delegation(2, 'russia')?.head).toMatchObject({ name: 'Alexander Lavrentiev', disputed: false });
    expect(delegation(2, 'russia')?.head?.sources).toContain('tehrantimes-411191');
    expect(delegation(2, 'turkey')?.head).toBeUndefined();
  });
  it('round 5: Lavrentiev also in EIR\'s report after the meeting', () => {
    expect(delegation(5, 'russia')?.head?.sources).toContain('larouchepub-170705');
  });
  it('round 7: the heads Kazinform names at the meeting with Nazarbayev', () => {
    expect(delegation(7, 'usa')?.head).toMatchObject({ name: 'David Satterfield', sources: ['inform-a3080693'] });
    expect(delegation(7, 'jordan')?.head).toMatchObject({ name: 'Nawaf Wasfi al-Tell', sources: ['inform-a3080693'] });
    expect(delegation(7, 'un')?.head).toMatchObject({ name: 'Milos Strugar', sources: ['inform-a3080693'] });
    expect(delegation(7, 'russia')?.head?.sources).toContain('inform-a3080693');
    expect(delegation(7, 'iran')?.head?.sources).toContain('inform-a3080693');
  });
  it('round 9: Türkiye\'s head, Sedat Önal (Daily Sabah, News on Turkey)', () => {
    expect(delegation(9, 'turkey')?.head).toMatchObject({ name: 'Sedat Önal', disputed: false, sources: ['dailysabah-20180515', 'newsonturkey-6527'] });
  });
});

describe('coverage and sources of rounds 1–11', () => {
  const rounds = Array.from({ length: 11 }, (_, i) => i + 1);

  it('say what was read, and mark nothing complete, since no statement was read in full', () => {
    for (const n of rounds) {
      const c = body(n).coverage;
      expect(c.note, `round ${n}`).toBeTruthy();
      expect([c.agenda, c.resolutions], `round ${n}`).not.toContain('complete');
      const ids = new Set(body(n).sources.map((s) => s.id));
      for (const id of c.basis ?? []) expect(ids.has(id), `round ${n}: ${id}`).toBe(true);
    }
  });

  it('name no host with a trailing dot (round 10\'s SANA pages)', () => {
    for (const n of rounds) {
      for (const s of body(n).sources) expect(new URL(s.url).hostname, `round ${n}: ${s.id}`).not.toMatch(/\.$/);
    }
    expect(body(10).sources.find((s) => s.id === 'sana-ru-165700')?.url).toBe('https://sana.sy/ru/?p=165700');
  });

  it('date the pages whose date was found', () => {
    const date = (n: number, id: string) => body(n).sources.find((s) => s.id === id)?.date;
    expect(date(7, 'inform-a3080693')).toBe('2017-10-31');
    expect(date(8, 'tr-mfa-396')).toBe('2017-12-22');
    expect(date(11, 'inform-a3468256')).toBe('2018-11-28');
  });
});
