import { describe, expect, it } from 'vitest';
import { columns, sectionColumns } from '../../src/render/columns.js';
import { run, runJson } from '../helpers/run.js';

type Detail = { agenda: { topic: string }[]; sources: { url: string }[]; delegations: { party: string; head?: unknown }[]; notes: { text: string }[] };

// A pipe keeps every fact the table shows.
describe('rounds show, piped', () => {
  it('prints every section, with every agenda topic id and every source URL of round 22', async () => {
    const detail = await runJson<Detail>(['rounds', 'show', '22']);
    const piped = (await run(['rounds', 'show', '22'])).out;
    const header = piped.split('\n')[0]!.split('\t');
    expect(header.slice(0, 2)).toEqual(['meeting', 'section']);
    const sections = new Set(piped.trim().split('\n').slice(1).map((l) => l.split('\t')[1]));
    expect([...sections]).toEqual(['meeting', 'coverage', 'delegation', 'agenda', 'resolution', 'document', 'next', 'note', 'source']);
    for (const { topic } of detail.agenda) expect(piped).toContain(`\t${topic}\t`);
    for (const { url } of detail.sources) expect(piped).toContain(url);
    for (const { text } of detail.notes) expect(piped).toContain(text);
  });

  it('keeps only the sections asked for, in tsv as in json', async () => {
    const piped = (await run(['rounds', 'show', '22', '--section', 'source'])).out.trim().split('\n');
    expect(new Set(piped.slice(1).map((l) => l.split('\t')[1]))).toEqual(new Set(['source']));
    expect(Object.keys(await runJson<object>(['rounds', 'show', '22', '--section', 'source']))).toEqual(['round', 'sources']);
  });

  it("gives one section's csv and tsv that section's columns only, and several sections the union", async () => {
    const sources = (await runJson<{ sources: { url: string }[] }>(['rounds', 'show', '22', '--section', 'source'])).sources;
    const tsv = (await run(['rounds', 'show', '22', '--section', 'source', '--format', 'tsv'])).out.trim().split('\n');
    expect(tsv[0]!.split('\t')).toEqual([...sectionColumns.MeetingRecord.source]);
    // The README's recipe: the URL is field 4.
    expect(tsv.slice(1).map((l) => l.split('\t')[3])).toEqual(sources.map((s) => s.url));
    const both = (await run(['meetings', 'show', 'round-22', '--section', 'agenda,source', '--format', 'csv'])).out.split('\r\n')[0]!.split(',');
    expect(new Set(both)).toEqual(new Set([...sectionColumns.MeetingRecord.agenda, ...sectionColumns.MeetingRecord.source]));
    expect(both.length).toBeLessThan(columns.MeetingRecord.length);
  });
});

describe('parties show and people show, piped', () => {
  type Party = { aliases: string[]; ids?: Record<string, unknown> & { sources: { url: string }[] }; attended: { meeting: string }[]; absent: { meeting: string }[]; unknownAt: string[]; outsideAt: string[] };
  const records = (text: string) => {
    const [header, ...lines] = text.trim().split('\n').map((l) => l.split('\t'));
    return lines.map((l) => Object.fromEntries(header!.map((h, i) => [h, l[i] ?? ''])));
  };

  it("keeps the party's aliases, its ids in other datasets with their sources, and a role for every meeting", async () => {
    for (const party of ['iran', 'jordan', 'iraq']) {
      const detail = await runJson<Party>(['parties', 'show', party]);
      const rows = records((await run(['parties', 'show', party])).out);
      const meetings = await runJson<unknown[]>(['meetings', 'list']);
      expect(rows, party).toHaveLength(meetings.length);
      for (const r of rows) expect(r.aliases, party).toBe(detail.aliases.join('; '));
      if (detail.ids) for (const r of rows) expect(r['ids.sources'], party).toBe(detail.ids.sources.map((s) => s.url).join('; '));
      const role = (m: string) => rows.find((r) => r.meeting === m)?.role;
      for (const m of detail.unknownAt) expect(role(m), `${party} ${m}`).toBe('unknown');
      for (const m of detail.outsideAt) expect(role(m), `${party} ${m}`).toBe('outside');
      for (const { meeting } of detail.absent) expect(role(meeting), `${party} ${meeting}`).toBe('absent');
      for (const { meeting } of detail.attended) expect(role(meeting), `${party} ${meeting}`).not.toMatch(/^(unknown|outside|absent)$/);
    }
    const iran = records((await run(['parties', 'show', 'iran'])).out)[0]!;
    expect([iran['ids.iso3'], iran['ids.paxActor'], iran.aliases]).toEqual(['IRN', 'CON_289', 'Islamic Republic of Iran']);
  });

  it("keeps a person's name and every spelling the table's 'Also written' shows", async () => {
    const table = (await run(['people', 'show', 'lavrentiev', '--format', 'table'])).out;
    const spellings = /Also written: (.*)/.exec(table)![1]!.split(', ');
    for (const r of records((await run(['people', 'show', 'lavrentiev'])).out)) expect(r.aliases!.split('; ')).toEqual(spellings);
  });
});

describe('resolutions show, as a table and piped', () => {
  type Detail = { symbol: string; subject: string; url: string; note?: string; citations: { note?: string }[]; otherCitations: { note?: string }[] };

  it('shows every note of a citation under its row, and the resolution itself, and keeps them all in a pipe', async () => {
    for (const id of ['2254', 'unga-es-10-l27']) {
      const detail = await runJson<Detail>(['resolutions', 'show', id]);
      const table = (await run(['resolutions', 'show', id, '--format', 'table'], { columns: 4000 })).out.replace(/[\s│]+/g, ' ');
      const piped = (await run(['resolutions', 'show', id])).out;
      const notes = [...detail.citations, ...detail.otherCitations].flatMap((c) => (c.note ? [c.note] : []));
      for (const fact of [detail.symbol, detail.subject, detail.url, ...(detail.note ? [detail.note] : []), ...notes]) {
        expect(table, `${id}: ${fact}`).toContain(fact.replace(/\s+/g, ' '));
        expect(piped, `${id}: ${fact}`).toContain(fact);
      }
      if (id === '2254') expect(notes.length).toBeGreaterThan(5);
      else expect(detail.note).toBeDefined();
    }
  });
});

describe('agenda diff, as a table and piped', () => {
  it('cites the pages of every summary: [n] marks in the table, the URLs in the records', async () => {
    type Ref = { url: string };
    const d = await runJson<{ added: { sources: Ref[] }[]; removed: { sources: Ref[] }[]; kept: { beforeSources: Ref[]; afterSources: Ref[] }[]; unconfirmed: { sources: Ref[] }[] }>(['agenda', 'diff', '20', '21']);
    const urls = new Set([...d.added, ...d.removed, ...d.unconfirmed].flatMap((t) => t.sources).concat(d.kept.flatMap((t) => [...t.beforeSources, ...t.afterSources])).map((s) => s.url));
    expect(urls.size).toBeGreaterThan(3);
    const piped = (await run(['agenda', 'diff', '20', '21'])).out;
    const table = (await run(['agenda', 'diff', '20', '21', '--format', 'table'], { columns: 120 })).out;
    for (const url of urls) {
      expect(piped, url).toContain(url);
      expect(table, url).toContain(url);
    }
    expect(table).toMatch(/\[\d+\]/);
  });
});

describe('diff, as a table and piped', () => {
  it('cites the pages of every difference: each URL of the JSON is in the records and in the table', async () => {
    for (const [a, b] of [['8', '9'], ['12', '13'], ['summit-6', 'summit-7']]) {
      const json = (await run(['diff', a!, b!, '--format', 'json'])).out;
      const urls = new Set([...json.matchAll(/"url": "([^"]+)"/g)].map((m) => m[1]!));
      expect(urls.size, `${a} ${b}`).toBeGreaterThan(0);
      const piped = (await run(['diff', a!, b!])).out;
      const table = (await run(['diff', a!, b!, '--format', 'table'], { columns: 120 })).out;
      for (const url of urls) {
        expect(piped, `${a} ${b}: ${url}`).toContain(url);
        expect(table, `${a} ${b}: ${url}`).toContain(url);
      }
    }
  });
});

describe('ndjson', () => {
  it('prints one nested JSON object per line: head is an object, lists are arrays', async () => {
    const lines = (await run(['attendance', '--format', 'ndjson'])).out.trim().split('\n').map((l) => JSON.parse(l) as { head?: { name?: string; sources: unknown } });
    const withHead = lines.filter((l) => l.head !== undefined);
    expect(withHead.length).toBeGreaterThan(100);
    for (const l of withHead) expect(Array.isArray(l.head!.sources)).toBe(true);
    expect(lines.some((l) => typeof l.head?.name === 'string')).toBe(true);
    expect(JSON.stringify(lines)).not.toContain('"head.name"');
  });

  it('gives a head one shape in every command: attendance and rounds show agree', async () => {
    const attendance = (await run(['attendance', '--party', 'turkey', '--format', 'ndjson'])).out.trim().split('\n').map((l) => JSON.parse(l) as { round: number; head?: unknown });
    const shown = (await run(['rounds', 'show', '1', '--format', 'ndjson', '--section', 'delegation'])).out.trim().split('\n').map((l) => JSON.parse(l) as { party: string; head?: unknown });
    expect(shown.find((d) => d.party === 'turkey')!.head).toEqual(attendance.find((a) => a.round === 1)!.head);
  });
});

describe('csv and tsv', () => {
  it('flatten nested fields to dotted columns', async () => {
    const csv = (await run(['attendance', '--format', 'csv'])).out.split('\r\n');
    expect(csv[0]!.split(',')).toEqual(expect.arrayContaining(['head.name', 'head.title', 'head.disputed']));
  });
});
