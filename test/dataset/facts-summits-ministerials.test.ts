import { describe, expect, it } from 'vitest';
import { agendaHistory } from '../../src/query/agenda-history.js';
import { listMeetings, showMeeting } from '../../src/query/meetings.js';
import { showResolution } from '../../src/query/resolutions.js';
import { bundled } from '../helpers/dataset.js';

const data = await bundled();

/** A delegation's head and the sources of that claim. */
const head = (id: string, party: string): { name?: string; sources: string[] } | undefined => {
  const h = showMeeting(data, id).delegations.find((d) => d.party === party)?.head;
  return h && { name: h.name, sources: h.sources };
};
const agendaItem = (id: string, topic: string): { summary: string; sources: string[] } | undefined =>
  showMeeting(data, id).agenda.find((a) => a.topic === topic);
const citation = (id: string, resolution: string): { context: string; quote?: string; sources: string[] } | undefined =>
  showMeeting(data, id).resolutions.find((r) => r.id === resolution);
const coverage = (id: string): { agenda: string; resolutions: string; basis?: string[] } => data.meetingById.get(id)!.body.coverage;

describe('the foreign ministers’ meetings of the format, numbered in date order', () => {
  it('holds twelve, from Antalya 2017 to Doha 2024, each dated after the one before', () => {
    const list = listMeetings(data, { kind: 'ministerial' });
    expect(list.map((m) => [m.number, m.start, m.city])).toEqual([
      [1, '2017-11-19', 'Antalya'],
      [2, '2018-03-16', 'Astana'],
      [3, '2018-04-28', 'Moscow'],
      [4, '2018-09-26', 'New York'],
      [5, '2018-12-18', 'Geneva'],
      [6, '2019-09-24', 'New York'],
      [7, '2019-10-29', 'Geneva'],
      [8, '2020-04-22', 'video conference'],
      [9, '2022-09-21', 'New York'],
      [10, '2023-09-22', 'New York'],
      [11, '2024-09-27', 'New York'],
      [12, '2024-12-07', 'Doha'],
    ]);
  });

  it('Antalya, 19 November 2017: Lavrov, Zarif and Çavuşoğlu, per TASS', () => {
    for (const [party, name] of [['russia', 'Sergei Lavrov'], ['iran', 'Mohammad Javad Zarif'], ['turkey', 'Mevlüt Çavuşoğlu']] as const) {
      expect(head('ministerial-1', party)).toMatchObject({ name });
      expect(head('ministerial-1', party)?.sources).toContain('tass-976359');
    }
    expect(agendaItem('ministerial-1', 'syrian-national-dialogue-congress')?.sources).toContain('mid-ru-tr-067');
  });

  it('Astana, 16 March 2018: the three ministers are named (Kazinform); the joint statement cites 2254', () => {
    expect(head('ministerial-2', 'turkey')).toMatchObject({ name: 'Mevlüt Çavuşoğlu' });
    expect(head('ministerial-2', 'iran')?.sources).toContain('kazinform-a3187117');
    expect(citation('ministerial-2', 'unsc-2254')).toMatchObject({ context: 'joint-statement', sources: ['tr-mfa-fm-js-2018'] });
  });

  it('Moscow, 28 April 2018: the joint statement names 2254 (Türkiye\'s foreign ministry), and so does Lavrov (APA)', () => {
    const m = showMeeting(data, 'ministerial-3');
    expect(m.documents.map((d) => d.kind)).toEqual(['joint-statement']);
    expect(m.resolutions.map((r) => [r.id, r.context, r.sources])).toEqual([
      ['unsc-2254', 'joint-statement', ['tr-mfa-fm-js-moscow-2018', 'theiranproject-20180428']],
      ['unsc-2254', 'other', ['apa-274471']],
    ]);
    expect(m.resolutions[1]?.quote).toContain('UN SC resolution 2254');
    expect(agendaItem('ministerial-3', 'demining')?.sources).toContain('rentv-297754');
  });

  it('New York, September 2018: Idlib and the Sochi agreements of 17 September (Egypt Today, TASS)', () => {
    expect(agendaItem('ministerial-4', 'idlib')?.summary).toContain('17 September');
    expect(agendaItem('ministerial-4', 'idlib')?.sources).toContain('egypttoday-070612');
  });

  it('Geneva, 18 December 2018: the joint statement read after meeting de Mistura (Global Times)', () => {
    const m = showMeeting(data, 'ministerial-5');
    expect(m.documents[0]?.note).toContain('de Mistura');
    expect(m.documents[0]?.sources).toContain('globaltimes-1132552');
    expect(agendaItem('ministerial-5', 'constitutional-committee')?.sources).toContain('globaltimes-1132552');
  });

  it('New York, 24 September 2019: the heads known only as the foreign ministers, the joint statement cites 2254 (TASS)', () => {
    for (const party of ['russia', 'iran', 'turkey']) {
      const h = showMeeting(data, 'ministerial-6').delegations.find((d) => d.party === party)?.head;
      expect(h).toMatchObject({ disputed: false, title: 'Foreign Minister', sources: ['tass-1079702', 'urdupoint-720182'] });
      expect(h?.name).toBeUndefined();
    }
    expect(citation('ministerial-6', 'unsc-2254')).toMatchObject({ context: 'joint-statement', sources: ['tass-1079702', 'urdupoint-720182', 'arabicradio-34691'] });
  });

  it('the April 2020 video conference agreed the next summit in Iran (TASS)', () => {
    const m = showMeeting(data, 'ministerial-8');
    expect(m.city).toBe('video conference');
    expect(m.next).toMatchObject({ disputed: false, city: 'Iran' });
    expect(m.next?.sources).toContain('tass-1148355');
    expect(agendaItem('ministerial-8', 'sanctions')?.sources).toContain('tass-1148355');
  });

  it('New York 2022 names 2642 (Asia TV); 2023 and 2024 name no resolution, so their coverage says none', () => {
    expect(citation('ministerial-9', 'unsc-2642')?.sources).toEqual(['asiatv-20220922']);
    expect(head('ministerial-9', 'iran')).toMatchObject({ name: 'Hossein Amir-Abdollahian' });
    expect(head('ministerial-10', 'turkey')?.sources).toContain('tass-1679279');
    for (const id of ['ministerial-10', 'ministerial-11']) {
      expect(showMeeting(data, id).resolutions).toEqual([]);
      expect(coverage(id).resolutions).toBe('none');
    }
    expect(head('ministerial-11', 'iran')?.sources).toContain('anews-20240928');
  });
});

describe('the presidential summits’ final statements', () => {
  it('Tehran, 7 September 2018 has Idlib on its agenda (Türkiye’s foreign ministry) and agreed the next summit in Russia', () => {
    expect(agendaItem('summit-3', 'idlib')?.sources).toContain('tr-mfa-tehran-js');
    expect(showMeeting(data, 'summit-3').next).toMatchObject({ city: 'Russia' });
  });

  it('summits 2, 4 and 6 no longer have empty agendas', () => {
    expect(agendaItem('summit-2', 'ceasefire-monitoring')?.sources).toContain('southfront-ankara-2018');
    expect(agendaItem('summit-4', 'north-east-syria')?.sources).toContain('baladi-40938');
    expect(agendaItem('summit-6', 'covid-19')?.sources).toContain('xinhua-cn-76227648');
  });

  it('Sochi 2017 and Ankara 2018 cite 2254; Ankara 2019 cites 497 (Mehr) and 2254', () => {
    expect(citation('summit-1', 'unsc-2254')?.sources).toEqual(['saker-mirror-sochi-js']);
    expect(citation('summit-2', 'unsc-2254')?.quote).toContain('Resolution 2254');
    expect(citation('summit-5', 'unsc-497')).toMatchObject({ context: 'joint-statement', sources: ['mehr-150132', 'finansingundemi-1436196'] });
    expect(showResolution(data, '2254').otherCitations.map((c) => c.meeting)).toEqual(
      expect.arrayContaining(['summit-1', 'summit-2', 'summit-3', 'summit-5', 'ministerial-2', 'ministerial-6']),
    );
  });

  it('Idlib appears at summits and ministerial meetings in the agenda history', () => {
    expect(agendaHistory(data, 'idlib').otherMeetings).toEqual(
      expect.arrayContaining(['summit-3', 'summit-4', 'summit-5', 'summit-6', 'summit-7', 'ministerial-4', 'ministerial-8']),
    );
  });

  it('Tehran 2022 cites its joint statement by the article, not by a tag listing', () => {
    const urls = showMeeting(data, 'summit-7').sources.map((s) => s.url);
    expect(urls).toContain('http://www.voicebd24.com/2022/07/21/trilateral-statement-following-astana-format-talks/');
    expect(urls.filter((u) => /itemlist|\/tag\/|[?&]start=/.test(u))).toEqual([]);
  });
});

describe('coverage of summits and ministerial meetings', () => {
  const ids = listMeetings(data).filter((m) => m.kind !== 'round').map((m) => m.id);

  it('is never complete, since no final document was read in full', () => {
    for (const id of ids) {
      expect(coverage(id).agenda, id).not.toBe('complete');
      expect(coverage(id).resolutions, id).not.toBe('complete');
    }
  });

  it('says none exactly where nothing is coded, and partial where something is', () => {
    for (const id of ids) {
      const m = showMeeting(data, id);
      expect(coverage(id).agenda, id).toBe(m.agenda.length > 0 ? 'partial' : 'none');
      expect(coverage(id).resolutions, id).toBe(m.resolutions.length > 0 ? 'partial' : 'none');
    }
  });
});
