import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableNames } from '../../src/export/resources.js';
import { cityOf } from '../../src/model/cities.js';
import type { Dataset } from '../../src/model/dataset.js';
import type { Metadata, Round } from '../../src/model/types.js';
import { reportModel, type ReportModel } from '../../src/query/report.js';
import { dateRange, esc } from '../../src/render/report/html.js';
import { datasetJsonLd } from '../../src/render/report/json-ld.js';
import { reportPage } from '../../src/render/report/page.js';
import { meetingArticles } from '../../src/render/report/facts.js';
import { withCoverage } from '../helpers/coverage.js';
import { bundled } from '../helpers/dataset.js';
import { mini } from '../helpers/mini.js';
import { repoRoot } from '../helpers/run.js';

const svg = (html: string, id: string): string => new RegExp(`<svg id="${id}"[\\s\\S]*?</svg>`).exec(html)![0];
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
/** A URL as a browser requests it: non-ASCII percent-encoded, escapes in upper case. */
const normalised = (url: string): string => new URL(url.replace(/&amp;/g, '&')).href.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());
const packed = /<script type="application\/octet-stream" id="meetings-data">([^<]*)<\/script>/;
const jsonLd = /<script type="application\/ld\+json">([^<]*)<\/script>/;
/** The page's JSON-LD, as a browser's JSON.parse reads the element's text. */
const jsonLdOf = (page: string): Record<string, unknown> | undefined => {
  const text = jsonLd.exec(page)?.[1];
  return text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
};
/** The page as the browser shows it once its script has unpacked the meetings' articles into place. */
const unpacked = (page: string): string => {
  const articles = inflateRawSync(Buffer.from(packed.exec(page)![1]!, 'base64')).toString('utf8');
  return page.replace(packed, '').replace('<div id="meetings-body"></div>', `<div id="meetings-body">${articles}</div>`);
};

describe('the HTML report on the bundled data', () => {
  let model: ReportModel;
  let page: string;
  let html: string;
  beforeAll(async () => {
    model = reportModel(await bundled());
    page = reportPage(model, { version: '0.0.0' });
    html = unpacked(page);
  });

  it('stays within 300 KB', () => {
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(300 * 1024);
  });

  it('packs every meeting\'s articles, whole, for its script to unpack', () => {
    expect(html).toContain(meetingArticles(model));
    expect(count(html, /<article class="meeting /g)).toBe(model.meetings.length);
  });

  it('is deterministic: the same data gives the same bytes', async () => {
    expect(reportPage(reportModel(await bundled()), { version: '0.0.0' })).toBe(page);
  });

  it('forbids every remote load in a CSP meta tag that allows its own style and script by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toMatch(/^default-src 'none';/);
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    // One script runs; the others are data no browser executes: the meetings, packed, and the JSON-LD.
    expect(count(page, /<script>/g)).toBe(1);
    expect(count(page, /<script/g)).toBe(3);
    expect(page).toMatch(packed);
    expect(page).toMatch(jsonLd);
    // The only control that needs the script is hidden until the script shows it.
    expect(html).toContain('<fieldset id="filter" hidden>');
    expect(count(html, /<style/g)).toBe(1);
  });

  it('loads nothing: no src attributes, no stylesheets, no url() but its own patterns', () => {
    expect(html).not.toMatch(/\ssrc=|<link|@import|<iframe|<img/);
    expect(html.match(/url\([^)]*\)/g)?.filter((u) => u !== 'url(#hatch)') ?? []).toEqual([]);
  });

  it('gives no two elements the same id', () => {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('links only to its own ids and to http(s) sources', () => {
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
      if (href!.startsWith('#')) expect(ids.has(href!.slice(1)), href).toBe(true);
      else expect(href).toMatch(/^https?:\/\//);
    }
  });

  it('draws one heatmap cell per party and meeting, and one timeline mark per meeting', () => {
    const heatmap = svg(html, 'attendance-chart');
    expect(count(heatmap, /<use /g)).toBe(model.attendance.length * model.meetings.length);
    expect(count(heatmap, /<g class="r"/g)).toBe(model.attendance.length);
    expect(count(svg(html, 'timeline-chart'), /<a class="mark"/g)).toBe(model.meetings.length);
  });

  it('gives every chart a title, a description and a text table', () => {
    for (const id of ['timeline-chart', 'attendance-chart', 'topics-chart']) {
      expect(svg(html, id)).toMatch(new RegExp(`aria-labelledby="${id}-t ${id}-d"[\\s\\S]*<title id="${id}-t">[^<]+</title>\\s*<desc id="${id}-d">[^<]+</desc>`));
    }
    expect(count(html, /<details><summary>[^<]+<\/summary><div class="scroll" tabindex="0" role="region" aria-label="[^"]+">\s*<table>/g)).toBe(3);
  });

  const article = (m: { kind: string; id: string }): string => new RegExp(`<article class="meeting ${m.kind}" id="${m.id}"[\\s\\S]*?</article>`).exec(html)![0];

  it('lists every meeting with its sources as links, each URL as the data writes it, escapes kept', () => {
    for (const m of model.meetings) {
      const links = [...article(m).matchAll(/href="(https?:[^"]+)"/g)].map((l) => l[1]!.replace(/&amp;/g, '&'));
      for (const s of m.sources) expect(links, s.url).toContain(s.url);
      for (const link of links) expect(normalised(link)).toBe(new URL(link).href.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase()));
    }
  });

  it('makes every source number a link to the source list of its own meeting', () => {
    for (const m of model.meetings) {
      const refs = [...article(m).matchAll(/<a class="r" href="#([^"]+)">\[([\d,]+)\]<\/a>/g)];
      expect(refs.length, m.id).toBeGreaterThan(0);
      for (const [, target, numbers] of refs) {
        expect(target).toBe(`${m.id}-sources`);
        for (const n of numbers!.split(',').map(Number)) expect(n).toBeLessThanOrEqual(m.sources.length);
      }
      expect(article(m)).toContain(`<h4 id="${m.id}-sources">Sources</h4>`);
      // No bracketed number is left plain.
      expect(article(m).replace(/<a class="r"[^>]*>\[[\d,]+\]<\/a>/g, '')).not.toMatch(/ \[\d+(,\d+)*\]/);
    }
  });

  it('shows every note of the data: meeting, delegation, head, account, resolution, document, next meeting and source notes', () => {
    const notes = model.meetings.flatMap((m) => [
      ...m.notes.map((n) => [m, n.text] as const),
      ...m.delegations.flatMap((d) => [d.note, d.head?.note, ...(d.head?.versions ?? []).map((v) => v.note)].map((t) => [m, t] as const)),
      ...m.resolutions.map((r) => [m, r.note] as const),
      ...m.documents.map((d) => [m, d.note] as const),
      [m, m.next?.note] as const,
      [m, m.coverage.note] as const,
      ...m.sources.map((s) => [m, s.note] as const),
    ]);
    const shown = notes.filter((n): n is readonly [ReportModel['meetings'][number], string] => n[1] !== undefined);
    expect(shown.length).toBeGreaterThan(200);
    for (const [m, text] of shown) expect(article(m), `${m.id}: ${text}`).toContain(esc(text));
  });

  it('says how much the data holds, in stats\' own totals', () => {
    const panel = /<section id="holdings"[\s\S]*?<\/section>/.exec(html)![0];
    const t = model.totals;
    expect(panel).toContain(`<th scope="row">Meetings</th><td>${t.meetings}</td>`);
    expect(panel).toContain(`${t.heads.known} known, ${t.heads.unknown} unknown, ${t.heads.disputed} disputed, of ${t.delegations} delegations`);
    expect(panel).toContain(`${t.sources}, of which ${t.datedSources} of ${t.sources}`);
    expect(panel).toContain(`<th scope="row">Agendas coded in full</th><td>${t.coverage.agenda.complete} of ${t.meetings}`);
  });

  it('draws the meetings before a party joined the format as outside it, not as unknown', () => {
    const iraq = model.attendance.find((p) => p.id === 'iraq')!;
    const joined = model.meetings.findIndex((m) => m.id === 'round-13');
    expect(iraq.cells.slice(0, joined).every((c) => c === 'outside')).toBe(true);
    expect(iraq.cells[joined]).toBe('observer');
    const outside = /<g id="(a\d+)"><rect class="cell a-outside"/.exec(svg(html, 'attendance-chart'))![1];
    expect(count(svg(html, 'attendance-chart'), new RegExp(`<use href="#${outside}"`, 'g'))).toBe(model.attendance.flatMap((p) => p.cells).filter((c) => c === 'outside').length);
  });

  it('draws an agenda column as unknown unless its coverage is complete', () => {
    expect(count(svg(html, 'topics-chart'), /class="cell t-unknown"/g)).toBe(model.meetings.filter((m) => m.coverage.agenda !== 'complete').length);
  });
});

describe('the HTML report on a small dataset', () => {
  it('shows topics as not on the agenda only in a column whose coverage is complete', async () => {
    const complete: Round['coverage'] = { agenda: 'complete', resolutions: 'complete', basis: ['s1'] };
    const partial = withCoverage(await mini(), 'round-1', { agenda: 'partial', resolutions: 'partial' });
    const open = svg(reportPage(reportModel(partial), { version: '0.0.0' }), 'topics-chart');
    expect(open).not.toContain('t-absent');
    expect(count(open, /class="cell t-unknown"/g)).toBe(3);
    const topics = svg(reportPage(reportModel(withCoverage(partial, 'round-2', complete)), { version: '0.0.0' }), 'topics-chart');
    const absentId = /<g id="(t\d+)"><rect class="cell t-absent"/.exec(topics)![1];
    expect(count(topics, new RegExp(`<use href="#${absentId}" x="\\d+"/>`, 'g'))).toBe(1);
    expect(count(topics, /class="cell t-unknown"/g)).toBe(2);
  });

  it('draws a recorded absence and an unknown differently, each with its own cue', async () => {
    const heatmap = svg(reportPage(reportModel(await mini()), { version: '0.0.0' }), 'attendance-chart');
    expect(heatmap).toMatch(/<g id="a\d"><rect class="cell a-absent"[^>]*\/><text class="l"[^>]*>A<\/text><\/g>/);
    expect(heatmap).toMatch(/<g id="a\d"><rect class="cell a-unknown"[^>]*\/><\/g>/);
  });
});

describe('the report\'s schema.org Dataset (JSON-LD)', () => {
  let data: Dataset;
  let page: string;
  /** data/dataset.yaml read on its own: the release script stamps its version and date. */
  const metadata = parse(readFileSync(`${repoRoot}data/dataset.yaml`, 'utf8')) as Metadata;
  beforeAll(async () => {
    data = await bundled();
    page = reportPage(reportModel(data), { version: '0.0.0' });
  });

  it('names in its footer the data release it was made from, and the data\'s content hash', () => {
    const footer = /<footer>([\s\S]*?)<\/footer>/.exec(page)![1]!;
    expect(footer).toContain(`data ${metadata.version}, released ${metadata.released} (content ${reportModel(data).dataHash})`);
  });

  it('describes the dataset as data/dataset.yaml does, its maintainers as organisations', () => {
    expect(jsonLdOf(page)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: metadata.title,
      description: metadata.description,
      version: metadata.version,
      datePublished: metadata.released,
      license: metadata.licence.url,
      keywords: metadata.keywords,
      isAccessibleForFree: true,
      creator: metadata.maintainers.map((m) => ({ '@type': 'Organization', name: m.name })),
    });
    const credit = jsonLdOf(page)!.creditText as string;
    for (const part of [metadata.title, metadata.version, metadata.released, metadata.licence.url]) expect(credit).toContain(part);
    expect(jsonLdOf(page)).not.toHaveProperty('url');
    expect(jsonLdOf(page)).not.toHaveProperty('distribution');
  });

  it('covers the days from the first meeting\'s start to the last one\'s end, and the cities they were held in', () => {
    const starts = data.meetings.map((m) => m.body.dates.start).sort();
    const ends = data.meetings.map((m) => m.body.dates.end).sort();
    const ld = jsonLdOf(page)!;
    expect(ld.temporalCoverage).toBe(`${starts[0]}/${ends.at(-1)}`);
    const cities = new Set(data.meetings.map((m) => cityOf(data.cities, m.body.city.name)!).filter((c) => c.country !== undefined));
    const places = ld.spatialCoverage as { '@type': string; name: string; containedInPlace: { name: string } }[];
    expect(places.map((p) => p.name).sort()).toEqual([...cities].map((c) => c.name).sort());
    for (const p of places) expect(p.containedInPlace.name).toBe([...cities].find((c) => c.name === p.name)!.country);
    expect(places.find((p) => p.name === 'Astana')).toMatchObject({ alternateName: ['Nur-Sultan'] });
  });

  it('names what the data records: every table of the export, described', () => {
    const variables = jsonLdOf(page)!.variableMeasured as { '@type': string; name: string; description: string }[];
    expect(variables.map((v) => v.name)).toEqual([...tableNames]);
    for (const v of variables) expect(v.description.length, v.name).toBeGreaterThan(10);
  });

  it('keeps hostile text inside the element: no < or > in it, every value read back whole', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028 \u2029 "quoted"';
    const model = reportModel({ ...data, metadata: { ...metadata, title: hostile, keywords: [hostile, '</SCRIPT >'] } });
    const hostilePage = reportPage({ ...model, cities: [{ id: 'x', name: hostile, country: '<!--' }] }, { version: '0.0.0' });
    const text = jsonLd.exec(hostilePage)![1]!;
    expect(text).not.toMatch(/[<>\u2028\u2029]/);
    expect(jsonLdOf(hostilePage)).toMatchObject({ name: hostile, keywords: [hostile, '</SCRIPT >'], spatialCoverage: [{ name: hostile, containedInPlace: { name: '<!--' } }] });
    // The page still has its three script elements, each closed where it should be.
    expect(count(hostilePage, /<script/g)).toBe(3);
    expect(count(hostilePage, /<\/script>/g)).toBe(3);
  });

  it('is left out for data without dataset.yaml, and still describes data without meetings', async () => {
    const { metadata: _none, ...withoutMetadata } = await mini();
    expect(jsonLdOf(reportPage(reportModel(withoutMetadata as Dataset), { version: '0.0.0' }))).toBeUndefined();
    const empty = datasetJsonLd(reportModel({ ...(await mini()), meetings: [] }))!;
    expect(empty).toMatchObject({ name: (await mini()).metadata!.title });
    expect(empty).not.toHaveProperty('temporalCoverage');
    expect(empty).not.toHaveProperty('spatialCoverage');
  });
});

describe('report text helpers', () => {
  it('escapes markup from the data', () => {
    expect(esc(`<b title="x">Tom & 'Jerry'</b>`)).toBe('&lt;b title=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;');
  });

  it('writes date ranges the same in every locale', () => {
    expect(dateRange('2024-01-24', '2024-01-25')).toBe('24–25 January 2024');
    expect(dateRange('2017-11-30', '2017-12-01')).toBe('30 November – 1 December 2017');
    expect(dateRange('2024-12-31', '2025-01-01')).toBe('31 December 2024 – 1 January 2025');
    expect(dateRange('2022-07-19', '2022-07-19')).toBe('19 July 2022');
  });
});
