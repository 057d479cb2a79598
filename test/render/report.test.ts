import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Round } from '../../src/model/types.js';
import { reportModel, type ReportModel } from '../../src/query/report.js';
import { dateRange, esc } from '../../src/render/report/html.js';
import { reportPage } from '../../src/render/report/page.js';
import { withCoverage } from '../helpers/coverage.js';
import { bundled } from '../helpers/dataset.js';
import { mini } from '../helpers/mini.js';

const svg = (html: string, id: string): string => new RegExp(`<svg id="${id}"[\\s\\S]*?</svg>`).exec(html)![0];
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
/** A URL as a browser requests it: non-ASCII percent-encoded, escapes in upper case. */
const normalised = (url: string): string => new URL(url.replace(/&amp;/g, '&')).href.replace(/%[0-9a-f]{2}/gi, (e) => e.toUpperCase());

describe('the HTML report on the bundled data', () => {
  let model: ReportModel;
  let html: string;
  beforeAll(async () => {
    model = reportModel(await bundled());
    html = reportPage(model, { version: '0.0.0' });
  });

  it('stays within 300 KB', () => {
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(300 * 1024);
  });

  it('is deterministic: the same data gives the same bytes', async () => {
    expect(reportPage(reportModel(await bundled()), { version: '0.0.0' })).toBe(html);
  });

  it('forbids every remote load in a CSP meta tag that allows its own style and script by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toMatch(/^default-src 'none';/);
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(count(html, /<script/g)).toBe(1);
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

  it('lists every meeting with its sources as links', () => {
    for (const m of model.meetings) {
      const article = new RegExp(`<article class="meeting ${m.kind}" id="${m.id}"[\\s\\S]*?</article>`).exec(html)![0];
      // Links may write percent-encoded UTF-8 as characters; a browser resolves both to one URL.
      const links = new Set([...article.matchAll(/href="(https?:[^"]+)"/g)].map((l) => normalised(l[1]!)));
      for (const s of m.sources) expect(links.has(normalised(s.url)), s.url).toBe(true);
    }
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
