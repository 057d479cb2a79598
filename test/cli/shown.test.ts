import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.js';
import { bundled } from '../helpers/dataset.js';
import { run, runJson } from '../helpers/run.js';

// What the data knows must reach the reader: every note beside its fact, every fact with the
// numbers of its sources, and the numbered list below naming each of them.
const data = await bundled();
const terminal = (columns: number) => ({ isTTY: true, columns, env: { NO_COLOR: '1' } });
/** Table text with the box drawing and line breaks taken out, so that a wrapped note reads whole. */
const flat = (out: string): string => out.replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').replace(/\s+/g, ' ');

/** Every cell of every box in the output, its wrapped lines joined: what a reader reads as one cell. */
function cells(out: string): string[] {
  const found: string[] = [];
  let row: string[][] = [];
  const flush = (): void => {
    for (const column of row) found.push(column.join(' ').replace(/\s+/g, ' ').trim());
    row = [];
  };
  for (const line of out.split('\n')) {
    if (!line.startsWith('│')) {
      flush();
      continue;
    }
    const parts = line.slice(1, -1).split('│');
    if (row.length !== parts.length) flush();
    if (row.length === 0) row = parts.map(() => []);
    parts.forEach((p, i) => row[i]!.push(p));
  }
  flush();
  return found;
}

/** Every note the data holds, with the meeting it belongs to. */
const notes = data.meetings.flatMap((m) => {
  const b = m.body;
  const heads = b.delegations.flatMap((d) => {
    const h = d.head;
    if (h === undefined) return [];
    return 'versions' in h ? [h.note, ...h.versions.map((v) => v.note)] : [h.note];
  });
  return [
    ...(b.notes ?? []).map((n) => n.text),
    ...b.delegations.map((d) => d.note),
    ...heads,
    ...(b.resolutions ?? []).map((r) => r.note),
    ...(b.documents ?? []).map((d) => d.note),
    b.next && 'versions' in b.next ? b.next.note : undefined,
    b.coverage.note,
    ...b.sources.map((s) => s.note),
  ]
    .filter((text): text is string => text !== undefined)
    .map((text) => ({ meeting: m.id, text }));
});

describe('every note of the data', () => {
  it('is found', () => expect(notes.length).toBeGreaterThan(300));

  it.each([80, 120])('appears whole in the meeting\'s table at %i columns', async (columns) => {
    const shown = new Map<string, string>();
    for (const m of data.meetings) {
      const out = (await run(['meetings', 'show', m.id], terminal(columns))).out;
      // Inside a box or in the paragraphs and source list around them.
      shown.set(m.id, [...cells(out), flat(out.split('\n').filter((l) => !/^[│┌├└]/.test(l)).join('\n'))].join('\n'));
    }
    for (const { meeting, text } of notes) expect(shown.get(meeting), `${meeting}: ${text}`).toContain(text.replace(/\s+/g, ' '));
  });

  it('appears in the piped records of its meeting', async () => {
    const piped = new Map<string, string>();
    for (const m of data.meetings) piped.set(m.id, (await run(['meetings', 'show', m.id, '--format', 'tsv'])).out);
    for (const { meeting, text } of notes) expect(piped.get(meeting), `${meeting}: ${text}`).toContain(text);
  });
});

describe('a delegation\'s note and each account of its head', () => {
  it('sit in a row under the delegation, each with its own source numbers, at 80 and 120 columns', async () => {
    for (const columns of [80, 120]) {
      const out = (await run(['rounds', 'show', '21', '--section', 'delegation'], terminal(columns))).out;
      expect(out).toMatch(/├─+┴[─┴]+┤\n│ Note: The Kazakh foreign ministry held the meeting/);
      expect(flat(out)).toMatch(/Account: Najat Rochdi, Deputy Special Envoy for Syria (\[\d+\] ?)+\. Named by/);
      expect(flat(out)).toMatch(/Account: Geir Pedersen, UN Special Envoy for Syria (\[\d+\] ?)+\. Only expected to attend/);
    }
  });

  it('keep the sources of each account apart in JSON', async () => {
    const r = await runJson<{ delegations: { party: string; head?: { disputed: boolean; versions?: { person: string; sources: string[] }[] } }[] }>(['rounds', 'show', '21']);
    const un = r.delegations.find((d) => d.party === 'un')!.head!;
    expect(un.disputed).toBe(true);
    const round = data.roundByNumber.get(21)!.delegations.find((d) => d.party === 'un')!.head as { versions: { person: string; sources: string[] }[] };
    expect(un.versions!.map((v) => [v.person, v.sources])).toEqual(round.versions.map((v) => [v.person, v.sources]));
  });
});

describe('the dates, city and every section', () => {
  it('cite their sources by number, and the list below names every number cited and no other', async () => {
    for (const section of ['delegation', 'agenda', 'resolution', 'next', 'note', 'coverage']) {
      for (const columns of [80, 120]) {
        const out = (await run(['rounds', 'show', '21', '--section', section], terminal(columns))).out;
        const [body, list = ''] = out.split(/\nSources\n/);
        expect(body!.split('\n')[0], section).toMatch(/^Round 21 {2}2024-01-24 to 2024-01-25 (\[\d+\] ?)+, Astana (\[\d+\] ?)+$/);
        const cited = new Set([...body!.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
        const listed = new Set([...list.matchAll(/^\[(\d+)\]/gm)].map((m) => Number(m[1])));
        expect([...listed].sort((a, b) => a - b), `${section} at ${columns}`).toEqual([...cited].sort((a, b) => a - b));
      }
    }
  });

  it('keep the numbers of the whole meeting, so that [n] means the same page in every section', async () => {
    const whole = (await run(['rounds', 'show', '21'], terminal(120))).out.split(/\nSources\n/)[1]!;
    const part = (await run(['rounds', 'show', '21', '--section', 'agenda'], terminal(120))).out.split(/\nSources\n/)[1]!;
    for (const entry of part.split(/\n(?=\[\d+\])/)) expect(whole).toContain(entry.trim());
  });

  it('give the sources of the dates and the city in JSON and in the piped meeting record', async () => {
    const r = await runJson<{ dateSources: string[]; citySources: string[] }>(['rounds', 'show', '21']);
    const round = data.roundByNumber.get(21)!;
    expect([r.dateSources, r.citySources]).toEqual([round.dates.sources, round.city.sources]);
    const [record] = parseCsv((await run(['rounds', 'show', '21', '--section', 'meeting', '--format', 'csv'])).out);
    expect([record!.dateSources, record!.citySources]).toEqual([round.dates.sources.join('; '), round.city.sources.join('; ')]);
  });
});

describe('the attendance matrix', () => {
  const rounds = data.rounds.map((r) => r.round);
  /** The matrix rows as the table draws them: party → the mark under each round, in order. */
  function matrix(out: string): Map<string, string[]> {
    const rows = new Map<string, string[]>();
    for (const line of out.split('\n')) {
      const m = /^([a-z][a-z-]*) +((?:\S )*\S)$/.exec(line);
      if (m && line !== out.split('\n').at(-1)) rows.set(m[1]!, [...(rows.get(m[1]!) ?? []), ...m[2]!.split(' ')]);
    }
    return rows;
  }

  it.each([80, 120])('keeps a column for every round with --party and --role at %i columns, unknown drawn as unknown', async (columns) => {
    const jordan = matrix((await run(['attendance', '--party', 'jordan'], terminal(columns))).out).get('jordan')!;
    expect(jordan).toHaveLength(rounds.length);
    expect(jordan[0]).toBe('·');
    const usa = matrix((await run(['attendance', '--party', 'usa'], terminal(columns))).out).get('usa')!;
    expect(usa).toHaveLength(rounds.length);
    const json = await runJson<{ round: number; role: string }[]>(['attendance', '--party', 'usa']);
    expect(usa.filter((c) => c === '·')).toHaveLength(json.filter((r) => r.role === 'unknown').length);
    expect(json.filter((r) => r.role === 'unknown').length).toBeGreaterThan(0);
    const absent = (await run(['attendance', '--role', 'absent'], terminal(columns))).out;
    const opposition = matrix(absent).get('syria-opposition')!;
    // Known presence that the filter leaves out is '-', never the unknown dot.
    const known = await runJson<{ round: number; role: string }[]>(['attendance', '--party', 'syria-opposition']);
    opposition.forEach((mark, i) => expect(mark, `round ${rounds[i]}`).toBe(known[i]!.role === 'absent' ? 'A' : known[i]!.role === 'unknown' ? '·' : '-'));
    expect(absent).toContain('- known, another role than absent');
  });

  it('gives a JSON record for every pair the wide CSV shows, unknown included, cell for cell', async () => {
    const json = await runJson<{ round: number; party: string; role: string }[]>(['attendance']);
    const wide = parseCsv((await run(['attendance', '--wide', '--format', 'csv'])).out);
    expect(json).toHaveLength(wide.length * rounds.length);
    for (const r of json) expect(wide.find((w) => w.party === r.party)![`round-${r.round}`], `${r.party} at ${r.round}`).toBe(r.role);
  });
});

describe("a source's note", () => {
  it('follows its title as a sentence of its own in the source list, for every source with a note', async () => {
    const sources = (await runJson<{ meeting: string; title: string; note?: string }[]>(['sources'])).filter((s) => s.note);
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const out = flat((await run(['meetings', 'show', s.meeting, '--section', 'source'], terminal(120))).out);
      const title = /[.!?…]$/.test(s.title) ? s.title : `${s.title}.`;
      expect(out, `${s.meeting}: ${s.title}`).toContain(flat(`${title} Note: ${s.note}`));
    }
  });
});

describe('a fact no source gives, in a table', () => {
  it('reads "unknown", never blank: the title of a known head, a document date, a title in a person\'s record', async () => {
    const r13 = (await run(['rounds', 'show', '13', '--section', 'delegation,document'], terminal(120))).out.split('\n');
    const json = await runJson<{ delegations: { name: string; head?: { title?: string; titles?: unknown } }[]; documents: { title: string; date?: string }[] }>(['rounds', 'show', '13']);
    const untitled = json.delegations.filter((d) => d.head && !d.head.title && !d.head.titles);
    expect(untitled.length).toBeGreaterThan(0);
    for (const d of untitled) expect(r13.find((l) => l.includes(`│ ${d.name.split(' ')[0]}`)), d.name).toMatch(/│ unknown +│/);
    for (const doc of json.documents.filter((x) => !x.date)) expect(r13.find((l) => l.includes(doc.title.slice(0, 20))), doc.title).toMatch(/│ unknown +│/);
    const person = await runJson<{ headed: { meeting: string; title?: string }[] }>(['people', 'show', 'lavrentiev']);
    const table = (await run(['people', 'show', 'lavrentiev'], terminal(120))).out.split('\n');
    for (const h of person.headed.filter((x) => !x.title)) expect(table.find((l) => l.startsWith(`│ ${h.meeting} `)), h.meeting).toMatch(/│ unknown +│/);
  });
});
