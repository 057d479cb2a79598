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

  it.each(numbers.slice(1))('agenda diff %i-1 → %i removes and adds only against a fully coded round', (n) => {
    const d = diffAgenda(data, String(n - 1), String(n));
    if (d.removed.length > 0) expect(knowsAll(round(n), 'agenda')).toBe(true);
    if (d.added.length > 0) expect(knowsAll(round(n - 1), 'agenda')).toBe(true);
    const before = new Set(round(n - 1).agenda.map((a) => a.topic));
    const after = new Set(round(n).agenda.map((a) => a.topic));
    const onlyOne = [...before].filter((t) => !after.has(t)).length + [...after].filter((t) => !before.has(t)).length;
    expect(d.added.length + d.removed.length + d.unconfirmed.length).toBe(onlyOne);
  });

  it.each(numbers.slice(1))('diff %i-1 → %i reports resolutions gone only where the later round is coded in full', (n) => {
    const d = diffMeetings(data, String(n - 1), String(n));
    if (d.resolutions.removed.length > 0) expect(knowsAll(round(n), 'resolutions')).toBe(true);
    if (d.agenda.removed.length > 0) expect(knowsAll(round(n), 'agenda')).toBe(true);
    for (const gone of d.delegations.removed) expect(round(n).absent?.map((a) => a.party)).toContain(gone.party);
  });

  it('splits the rounds into citing, known not to cite, and unknown, for every resolution', () => {
    for (const { id } of listResolutions(data)) {
      const r = showResolution(data, id);
      const cited = [...new Set(r.citations.map((c) => c.round))];
      expect([...cited, ...r.notCitedAt, ...r.unknownAt].sort((a, b) => a - b), id).toEqual(numbers);
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
