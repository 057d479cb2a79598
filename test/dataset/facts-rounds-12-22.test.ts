import { describe, expect, it } from 'vitest';
import { agendaHistory } from '../../src/query/agenda-history.js';
import { showResolution } from '../../src/query/resolutions.js';
import { showRound } from '../../src/query/rounds-show.js';
import { bundled } from '../helpers/dataset.js';

const data = await bundled();

/** The agenda item of a round on a topic, or undefined. */
const item = (round: number, topic: string) => showRound(data, String(round)).agenda.find((a) => a.topic === topic);

/** The contexts in which a round names a resolution, with the sources of each. */
const citation = (resolution: string, round: number) => showResolution(data, resolution).citations.find((c) => c.round === round);

describe('rounds 12-22: agenda items added from the joint statements', () => {
  // [round, topic, a source id that states it, a phrase the summary must carry]
  const items: [number, string, string, RegExp][] = [
    [21, 'constitutional-committee', 'tass-1737209', /early resumption/],
    [21, 'refugee-returns', 'mfa-js-21', /UNHCR/],
    [21, 'humanitarian-aid', 'sarabic-20240125', /increase aid to all Syrians/],
    [20, 'reconstruction', 'tass-1635981', /reconstruction of basic infrastructure/],
    [20, 'reconstruction', 'inform-a4079756', /post-conflict recovery/],
    [18, 'reconstruction', 'syrianobserver-76019', /basic infrastructure/],
    [18, 'humanitarian-aid', 'syrianobserver-76019', /humanitarian agencies/],
    [17, 'early-recovery', 'inform-a3877138', /water and electricity/],
    [16, 'constitutional-committee', 'urdupoint-1297520', /6th round/],
    [15, 'idlib', 'hibrpress-astana15', /calm in Idlib/],
    [14, 'counter-terrorism', 'mfa-js-14', /Hayat Tahrir al-Sham/],
    [13, 'north-east-syria', 'inform-a3553193', /north-east/],
    [12, 'humanitarian-aid', 'syriatimes-41382', /without politicisation/],
    [19, 'separatism', 'dknews-261596', /cross-border attacks/],
    [22, 'counter-terrorism', 'sivildiplomasi-astana22', /TUSAŞ/],
  ];
  it.each(items)('round %i has %s, stated by %s', (round, topic, source, phrase) => {
    const a = item(round, topic);
    expect(a?.sources).toContain(source);
    expect(a?.summary).toMatch(phrase);
  });

  it('puts reconstruction on the agenda history of rounds 18 to 22 wherever a source states it', () => {
    const rounds = agendaHistory(data, 'reconstruction').rounds;
    for (const n of [18, 19, 20, 21, 22]) expect(rounds).toContain(n);
  });
});

describe('rounds 12-22: resolutions named in the joint statements', () => {
  it('round 18 names 2254 in its joint statement, per The Syrian Observer', () => {
    const c = citation('2254', 18);
    expect(c?.context).toBe('joint-statement');
    expect(c?.quote).toBe('in line with UN Security Council Resolution 2254');
    expect(c?.sources.map((s) => s.id)).toContain('syrianobserver-76019');
  });

  it('round 14 names 2254, per Hibr Press and Syria Times', () => {
    expect(citation('2254', 14)?.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['hibrpress-astana14', 'syriatimes-45482']));
  });

  it('round 13 names 497, in both the Kazinform and the Voltaire Network texts', () => {
    expect(citation('497', 13)?.sources.map((s) => s.id)).toEqual(['inform-a3553193', 'voltairenet-207350']);
  });
});

describe('rounds 12-22: coverage says what was read', () => {
  const rounds = data.meetings.filter((m) => m.kind === 'round' && m.number >= 12 && m.number <= 22);

  it('covers all eleven rounds', () => expect(rounds.map((m) => m.number)).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]));

  it('marks none complete, since no joint statement was read in full, and says on the statement what was read', () => {
    for (const m of rounds) {
      expect([m.body.coverage.agenda, m.body.coverage.resolutions], m.id).not.toContain('complete');
      expect(m.body.coverage.note, m.id).toMatch(/^Joint statement (read in part|known by reports)$/);
      const statement = (m.body.documents ?? []).find((d) => d.kind === 'joint-statement');
      expect(statement?.note, m.id).toMatch(/(Read in part|Read only in part|Not read as a text):/);
    }
  });

  it('names the texts read for round 21: Türkiye\'s foreign-ministry text, paragraphs 1-5', () => {
    const statement = showRound(data, '21').documents.find((d) => d.kind === 'joint-statement');
    expect(statement?.sources).toContain('mfa-js-21');
    expect(statement?.note).toMatch(/paragraphs 1-5 of Türkiye's foreign-ministry English text/);
  });

  it('has resolutions coded as partial wherever one is recorded, and 2254 at round 15 (IRNA\'s summary of the statement)', () => {
    for (const m of rounds) {
      const expected = (m.body.resolutions ?? []).length > 0 ? 'partial' : 'none';
      expect(m.body.coverage.resolutions, m.id).toBe(expected);
    }
    expect(rounds.filter((m) => m.body.coverage.resolutions === 'none').map((m) => m.number)).toEqual([]);
    expect(showRound(data, '15').resolutions).toMatchObject([{ id: 'unsc-2254', context: 'joint-statement', sources: ['ipeclub-irna-js15'] }]);
  });
});

describe('rounds 12-22: source hygiene', () => {
  const sources = data.meetings.filter((m) => m.kind === 'round' && m.number >= 12).flatMap((m) => m.body.sources.map((s) => ({ ...s, round: m.number })));

  it('has no host written with a trailing dot', () => {
    expect(sources.filter((s) => /^https?:\/\/[^/]+\.\//.test(s.url)).map((s) => s.id)).toEqual([]);
  });

  it('cites articles, not listing pages: round 22\'s Syria TV tag page gave way to the articles', () => {
    expect(sources.filter((s) => /\/(tag|category)\//.test(s.url))).toEqual([]);
    expect(sources.filter((s) => s.round === 22).map((s) => s.id)).toEqual(expect.arrayContaining(['alanba-1281950', 'qasioun-80985']));
  });

  it('dates the reports whose pages state a date', () => {
    const date = (id: string) => sources.find((s) => s.id === id)?.date;
    expect(date('tass-1737209')).toBe('2024-01-25');
    expect(date('syrianobserver-76019')).toBe('2022-06-16');
    expect(date('lokmattimes-hts-aleppo')).toBe('2024-11-27');
    expect(date('astanatimes-2024-11')).toBe('2024-11-11');
  });
});

describe('rounds 12-22: heads of delegation still unknown', () => {
  it('leaves the opposition head unknown at round 12, with a note naming the languages and outlets searched', () => {
    const d = showRound(data, '12').delegations.find((x) => x.party === 'syria-opposition');
    expect(d?.head).toBeUndefined();
    expect(d?.note).toMatch(/no source found names its head; searched in English, Russian, Turkish/i);
  });

  it('names Ahmad Toma at round 14, from Sputnik\'s first-day report (UrduPoint, Pakistan Point)', () => {
    const d = showRound(data, '14').delegations.find((x) => x.party === 'syria-opposition');
    expect(d?.head).toMatchObject({ name: 'Ahmad Toma', sources: ['urdupoint-783031', 'pakistanpoint-783020'] });
  });

  it('names Ahmad Toma at round 15, from his closing press conference (TASS)', () => {
    const d = showRound(data, '15').delegations.find((x) => x.party === 'syria-opposition');
    expect(d?.head).toMatchObject({ name: 'Ahmad Toma', sources: ['tass-ru-10721993'] });
  });
});
