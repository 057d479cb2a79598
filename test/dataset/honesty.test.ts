import { describe, expect, it } from 'vitest';
import { diffAgenda } from '../../src/query/agenda-diff.js';
import { agendaHistory } from '../../src/query/agenda-history.js';
import { knowsAll } from '../../src/query/coverage.js';
import { diffMeetings } from '../../src/query/meeting-diff.js';
import { listResolutions, showResolution } from '../../src/query/resolutions.js';
import { showRound } from '../../src/query/rounds-show.js';
import { bundled } from '../helpers/dataset.js';

// Whatever the research adds, no answer on the bundled data may assert an absence that the
// coverage of the meetings involved cannot support.
const data = await bundled();
const round = (n: number) => data.roundByNumber.get(n)!;
const numbers = data.rounds.map((r) => r.round);

describe('answers on the bundled data never show unknown as absent', () => {
  it('every meeting records its coverage, and "complete" names the documents read', () => {
    for (const m of data.meetings) {
      const { coverage } = m.body;
      expect(['complete', 'partial', 'none'], m.id).toContain(coverage.agenda);
      if (coverage.agenda === 'complete' || coverage.resolutions === 'complete') expect(coverage.basis?.length, m.id).toBeGreaterThan(0);
    }
  });

  const pairs = numbers.slice(1).map((n) => [n - 1, n] as const);

  it.each(pairs)('agenda diff %i → %i removes and adds only against a fully coded round', (_previous, n) => {
    const d = diffAgenda(data, String(n - 1), String(n));
    // Unless a round is coded in full, nothing can be called removed from it, or added to it.
    if (!knowsAll(round(n), 'agenda')) expect(d.removed).toEqual([]);
    if (!knowsAll(round(n - 1), 'agenda')) expect(d.added).toEqual([]);
    const before = new Set(round(n - 1).agenda.map((a) => a.topic));
    const after = new Set(round(n).agenda.map((a) => a.topic));
    const onlyOne = [...before].filter((t) => !after.has(t)).length + [...after].filter((t) => !before.has(t)).length;
    expect(d.added.length + d.removed.length + d.unconfirmed.length).toBe(onlyOne);
  });

  it.each(pairs)('diff %i → %i reports resolutions, topics and delegations gone only where the later round records it', (_previous, n) => {
    const d = diffMeetings(data, String(n - 1), String(n));
    if (!knowsAll(round(n), 'resolutions')) expect(d.resolutions.removed).toEqual([]);
    if (!knowsAll(round(n), 'agenda')) expect(d.agenda.removed).toEqual([]);
    // A delegation is gone only where the later round records the party absent.
    const absent = new Set((round(n).absent ?? []).map((a) => a.party));
    expect(d.delegations.removed.filter((gone) => !absent.has(gone.party))).toEqual([]);
    // And every party at the earlier round only is accounted for: gone (recorded absent) or unconfirmed.
    const later = new Set(round(n).delegations.map((x) => x.party));
    const onlyEarlier = round(n - 1).delegations.filter((x) => !later.has(x.party)).map((x) => x.party).sort();
    const accounted = [...d.delegations.removed.map((g) => g.party), ...d.delegations.unconfirmed.filter((u) => u.recordedAt === `round-${n - 1}`).map((u) => u.item)].sort();
    expect(accounted).toEqual(onlyEarlier);
  });

  it('splits the rounds into citing, known not to cite, and unknown, for every resolution, leaving out only rounds before its year', () => {
    for (const { id } of listResolutions(data)) {
      const r = showResolution(data, id);
      const cited = [...new Set(r.citations.map((c) => c.round))];
      // A round that ended before the resolution's year could not cite it.
      const possible = numbers.filter((n) => Number(round(n).dates.end.slice(0, 4)) >= data.resolutions.get(id)!.year);
      expect([...cited, ...r.notCitedAt, ...r.unknownAt].sort((a, b) => a - b), id).toEqual(possible);
      for (const n of r.notCitedAt) expect(knowsAll(round(n), 'resolutions'), `${id} at ${n}`).toBe(true);
    }
  });

  it('forms agenda gaps only from fully coded rounds', () => {
    for (const topic of data.topics.keys()) {
      const h = agendaHistory(data, topic);
      for (const g of h.gaps) for (let n = g.from; n <= g.to; n++) expect(knowsAll(round(n), 'agenda'), `${topic} at ${n}`).toBe(true);
      for (const n of h.unknownAt) expect(knowsAll(round(n), 'agenda')).toBe(false);
    }
  });
});

describe('a head whose sources differ only on the title', () => {
  const head = (n: string, party: string) => showRound(data, n).delegations.find((d) => d.party === party)?.head;
  it.each([
    ['1', 'turkey', 'Sedat Önal'],
    ['4', 'turkey', 'Sedat Önal'],
    ['7', 'turkey', 'Sedat Önal'],
    ['10', 'iran', 'Hossein Jaberi Ansari'],
  ])('round %s, %s: keeps %s, is not disputed, and lists every title', (n, party, name) => {
    const h = head(n, party);
    expect(h).toMatchObject({ disputed: false, name });
    expect(h?.titles?.length).toBeGreaterThanOrEqual(2);
    expect(h?.versions).toBeUndefined();
  });
});
