import { describe, expect, it } from 'vitest';
import { namedClaims } from '../../src/model/heads.js';
import { bundled } from '../helpers/dataset.js';
import { run, runJson } from '../helpers/run.js';

// Each question a new user asked, answered by one command on the bundled data. Expected values
// come from the data itself wherever they can, so the tests follow the data as it grows.
const data = await bundled();

describe('questions answered by one command', () => {
  it('"Which meetings mention the earthquake?" astana search earthquake', async () => {
    const hits = await runJson<{ meeting: string | null; path: string; text: string; sources: { url: string }[] }[]>(['search', 'earthquake']);
    expect(hits.map((h) => h.meeting)).toContain('round-20');
    for (const h of hits) {
      expect(h.text.toLowerCase()).toContain('earthquake');
      expect(h.sources.length).toBeGreaterThan(0);
    }
  });

  it('"Every head of the Iranian delegation, with rounds." astana people list --party iran', async () => {
    const people = await runJson<{ id: string; rounds: number[] }[]>(['people', 'list', '--party', 'iran']);
    const expected = new Map<string, Set<number>>();
    for (const r of data.rounds) {
      const head = r.delegations.find((d) => d.party === 'iran')?.head;
      for (const claim of namedClaims(head)) expected.set(claim.person, (expected.get(claim.person) ?? new Set()).add(r.round));
    }
    for (const [person, rounds] of expected) expect(people.find((p) => p.id === person)?.rounds).toEqual([...rounds].sort((a, b) => a - b));
    expect(people.find((p) => p.id === 'khaji')?.rounds).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
  });

  it('astana people show khaji lists rounds 12–22, with a source for each', async () => {
    const khaji = await runJson<{ headed: { meeting: string; party: string; sources: unknown[] }[] }>(['people', 'show', 'Khaji']);
    expect(khaji.headed.map((h) => h.meeting)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22].map((n) => `round-${n}`));
    for (const h of khaji.headed) {
      expect(h.party).toBe('iran');
      expect(h.sources.length).toBeGreaterThan(0);
    }
  });

  it('"Which topics come up most?" astana topics list --sort count', async () => {
    const topics = await runJson<{ id: string; meetings: number }[]>(['topics', 'list', '--sort', 'count']);
    const count = (id: string): number => data.meetings.filter((m) => m.body.agenda.some((a) => a.topic === id)).length;
    expect(topics.map((t) => t.meetings)).toEqual(topics.map((t) => count(t.id)));
    expect(topics.map((t) => t.meetings)).toEqual([...topics.map((t) => t.meetings)].sort((a, b) => b - a));
    expect(topics).toHaveLength(data.topics.size);
  });

  it('"Which meetings were held in Sochi?" astana meetings list --city sochi', async () => {
    const meetings = await runJson<{ id: string; city: string; cityId: string }[]>(['meetings', 'list', '--city', 'sochi']);
    expect(meetings.map((m) => m.id)).toEqual(['summit-1', 'round-10', 'summit-4', 'round-15']);
    expect(new Set(meetings.map((m) => `${m.city}/${m.cityId}`))).toEqual(new Set(['Sochi/sochi']));
  });

  it('--city astana finds the rounds held there when it was called Nur-Sultan, and keeps the name of the time', async () => {
    const astana = await runJson<{ id: string; city: string; cityId: string }[]>(['meetings', 'list', '--city', 'astana', '--kind', 'round']);
    const nurSultan = await runJson<{ id: string }[]>(['meetings', 'list', '--city', 'nur-sultan', '--kind', 'round']);
    expect(nurSultan).toEqual(astana);
    const named = (name: string): string[] => data.meetings.filter((m) => m.kind === 'round' && m.body.city.name === name).map((m) => m.id);
    expect(astana.map((m) => m.id)).toEqual(data.meetings.filter((m) => named('Astana').concat(named('Nur-Sultan')).includes(m.id)).map((m) => m.id));
    expect(astana.filter((m) => m.city === 'Nur-Sultan').map((m) => m.id)).toEqual(['round-12', 'round-13', 'round-14', 'round-16', 'round-17', 'round-18']);
    expect(new Set(astana.map((m) => m.cityId))).toEqual(new Set(['astana']));
  });

  it('"Rounds in 2019?" astana rounds list --year 2019', async () => {
    const rounds = await runJson<{ round: number }[]>(['rounds', 'list', '--year', '2019']);
    expect(rounds.map((r) => r.round)).toEqual(data.rounds.filter((r) => r.dates.start.startsWith('2019') || r.dates.end.startsWith('2019')).map((r) => r.round));
    expect(rounds.map((r) => r.round)).toEqual([12, 13, 14]);
    expect(await runJson(['meetings', 'list', '--year', '2019', '--kind', 'round'])).toHaveLength(3);
  });

  it('"Every source URL of round 21, one per line." astana sources 21 | …', async () => {
    const { out, code } = await run(['sources', '21']);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, -1)).toEqual([...new Set(data.roundByNumber.get(21)!.sources.map((s) => s.url))]);
  });

  it('"The attendance matrix as CSV for a spreadsheet." astana attendance --wide --format csv', async () => {
    const lines = (await run(['attendance', '--wide', '--format', 'csv'])).out.trim().split('\r\n');
    expect(lines[0]).toBe(['party', ...data.rounds.map((r) => `round-${r.round}`)].join(','));
    const parties = new Set(data.rounds.flatMap((r) => [...r.delegations, ...(r.absent ?? [])].map((d) => d.party)));
    expect(lines).toHaveLength(parties.size + 1);
    const usa = lines.find((l) => l.startsWith('usa,'))!.split(',');
    data.rounds.forEach((r, i) => {
      const role = r.delegations.find((d) => d.party === 'usa')?.role ?? (r.absent?.some((a) => a.party === 'usa') ? 'absent' : 'unknown');
      expect(usa[i + 1]).toBe(role);
    });
  });
});
