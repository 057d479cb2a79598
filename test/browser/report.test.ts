import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metadata } from '../../src/model/types.js';
import { caseDir } from '../helpers/fixture.js';
import { repoRoot, run, runJson } from '../helpers/run.js';
import { chromiumPath, hasChromium, inCi } from '../helpers/tools.js';

/** Screenshots for people to look at; git ignores the directory. */
const artefacts = join(repoRoot, 'test-artifacts');

// Flags for a quiet, offline, throw-away browser: no sandbox (root in CI), no GPU, no network of its own.
const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.runIf(hasChromium() || inCi())('the report in headless Chromium', () => {
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'astana-report-'));
    const file = join(dir, 'report.html');
    const result = await run(['report', '--out', file]);
    expect(result.code).toBe(0);
    url = pathToFileURL(file).href;
    profile = mkdtempSync(join(tmpdir(), 'astana-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: true, args });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewportSize({ width: 1280, height: 900 });
    await open();
  }, 60_000);

  /** Loads the page and waits for its script to unpack the meetings' articles. */
  async function open(hash = ''): Promise<void> {
    await page.goto(`${url}${hash}`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready]');
  }

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('opens with no console error and no request but the file itself', () => {
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it('draws one heatmap cell per party and meeting, each party recorded somewhere', async () => {
    const meetings = await runJson<{ id: string }[]>(['meetings', 'list']);
    const shows = await Promise.all(meetings.map((m) => runJson<{ delegations: { party: string }[]; absent: { party: string }[] }>(['meetings', 'show', m.id])));
    const parties = new Set(shows.flatMap((s) => [...s.delegations, ...s.absent].map((d) => d.party)));
    const rows = await page.locator('#attendance-chart g.r').count();
    expect(rows).toBe(parties.size);
    expect(await page.locator('#attendance-chart g.r use').count()).toBe(parties.size * meetings.length);
  });

  it('unpacks every meeting\'s facts, and follows a link to one that opened the page', async () => {
    const meetings = await runJson<{ id: string }[]>(['meetings', 'list']);
    expect(await page.locator('article.meeting').count()).toBe(meetings.length);
    await open('#round-21');
    const top = await page.locator('article#round-21').evaluate((a) => a.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(5);
  });

  it('takes a source number to the source list of its meeting', async () => {
    await open();
    const ref = page.locator('article#round-21 a.r').first();
    await ref.click();
    expect(await page.evaluate('location.hash')).toBe('#round-21-sources');
    const heading = await page.locator('#round-21-sources').evaluate((h) => h.getBoundingClientRect().top);
    expect(Math.abs(heading)).toBeLessThan(5);
  });

  it('draws the timeline\'s numbers without overlap, meetings days apart included', async () => {
    await open();
    const boxes = await page.locator('#timeline-chart text.num').evaluateAll((texts) => texts.map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom, t.textContent]; }));
    expect(boxes.length).toBeGreaterThan(30);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = (a[0] as number) < (b[1] as number) && (b[0] as number) < (a[1] as number) && (a[2] as number) < (b[3] as number) && (b[2] as number) < (a[3] as number);
        expect(overlap, `${a[4]} and ${b[4]}`).toBe(false);
      }
    }
  });

  it('at 390 px scrolls the heatmap inside its own box, its row labels legible and in view', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open();
    const box = page.locator('#attendance .gridwrap .scroll');
    const [scroll, client] = await box.evaluate((b) => [b.scrollWidth, b.clientWidth]);
    expect(scroll).toBeGreaterThan(client);
    const label = page.locator('#attendance svg.labels text').first();
    const size = await label.evaluate((t) => t.getBoundingClientRect().height);
    expect(size).toBeGreaterThanOrEqual(10);
    await box.evaluate((b) => b.scrollBy(400, 0));
    const left = await label.evaluate((t) => t.getBoundingClientRect().left);
    expect(left).toBeGreaterThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('draws one timeline mark per meeting, each a link to the meeting\'s facts', async () => {
    const meetings = await runJson<{ id: string }[]>(['meetings', 'list']);
    const hrefs = await page.locator('#timeline-chart a.mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('href')));
    expect(hrefs).toEqual(meetings.map((m) => `#${m.id}`));
    for (const m of meetings.slice(0, 3)) expect(await page.locator(`article#${m.id}`).count()).toBe(1);
  });

  it('tells unknown from absent by what is drawn, not only by the legend', async () => {
    const fill = (state: string) => page.evaluate<string>(`getComputedStyle(document.querySelector('#attendance-chart defs rect.a-${state}')).fill`);
    expect(await fill('unknown')).toMatch(/url\("?#hatch"?\)/);
    expect(await fill('absent')).toMatch(/^rgb/);
    expect(await page.locator('#attendance-chart defs g:has(rect.a-absent) text').textContent()).toBe('A');
  });

  it('does not scroll sideways at 390 px, nor at 1280 px', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      const [scroll = Infinity, client = 0] = await page.evaluate<number[]>('[document.documentElement.scrollWidth, document.documentElement.clientWidth]');
      expect(scroll, `${width} px`).toBeLessThanOrEqual(client);
    }
  });

  it('follows the dark colour scheme', async () => {
    const background = () => page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('works from the keyboard: the skip link comes first, charts scroll by focus, marks are reachable', async () => {
    await open();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to the report');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('location.hash')).toBe('#main');
    const focusable = await page.locator('.scroll[tabindex="0"]').count();
    expect(focusable).toBeGreaterThanOrEqual(3);
    await page.locator('#timeline-chart a.mark').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate('location.hash')).toBe('#round-1');
  });

  it('filters the meetings by kind, with a control that shows only when script runs', async () => {
    await open();
    const summits = page.locator('article.summit');
    expect(await page.locator('#filter').isVisible()).toBe(true);
    expect(await summits.first().isVisible()).toBe(true);
    await page.getByLabel('summits').uncheck();
    expect(await summits.evaluateAll((list) => list.every((a) => (a as unknown as { hidden: boolean }).hidden))).toBe(true);
    expect(await page.locator('article.round').first().isVisible()).toBe(true);
    await page.getByLabel('summits').check();
    expect(await summits.first().isVisible()).toBe(true);
  });

  it('opens every disclosure for printing', async () => {
    await open();
    expect(await page.locator('details[open]').count()).toBe(0);
    await page.evaluate("dispatchEvent(new Event('beforeprint'))");
    expect(await page.locator('details:not([open])').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });

  /** The page's JSON-LD as the page itself reads it. */
  const jsonLd = (): Promise<Record<string, unknown>> => page.evaluate<Record<string, unknown>>('JSON.parse(document.querySelector(\'script[type="application/ld+json"]\').textContent)');

  it('carries a schema.org Dataset that JSON.parse reads in the page, as data/dataset.yaml and the meetings give it', async () => {
    await open();
    const metadata = parse(readFileSync(join(repoRoot, 'data/dataset.yaml'), 'utf8')) as Metadata;
    const meetings = await runJson<{ start: string; end: string }[]>(['meetings', 'list']);
    expect(await jsonLd()).toMatchObject({
      '@type': 'Dataset',
      name: metadata.title,
      version: metadata.version,
      datePublished: metadata.released,
      license: metadata.licence.url,
      temporalCoverage: `${meetings.map((m) => m.start).sort()[0]}/${meetings.map((m) => m.end).sort().at(-1)}`,
    });
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps a dataset title that closes the script element inside its JSON-LD, and runs nothing of it', async () => {
    const data = caseDir();
    const title = '</script><script>document.documentElement.dataset.injected = "yes"</script><!-- Astana';
    const metadata = parse(readFileSync(join(data, 'dataset.yaml'), 'utf8')) as Metadata;
    writeFileSync(join(data, 'dataset.yaml'), JSON.stringify({ ...metadata, title }));
    const file = join(mkdtempSync(join(tmpdir(), 'astana-report-')), 'hostile.html');
    expect((await run(['report', '--data', data, '--out', file])).code).toBe(0);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.waitForSelector('html[data-ready]');
    expect((await jsonLd()).name).toBe(title);
    expect(await page.evaluate('document.documentElement.dataset.injected ?? null')).toBeNull();
    expect(await page.locator('script').count()).toBe(3);
    expect(errors).toEqual([]);
    await open();
  });

  it('saves screenshots at 1280 and 390 px', async () => {
    mkdirSync(artefacts, { recursive: true });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await page.screenshot({ path: join(artefacts, `report-${width}.png`), fullPage: false });
    }
    // The README's picture: the timeline and the heatmap, rewritten on request only.
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(url);
    const top = await page.locator('#timeline').boundingBox();
    const bottom = await page.locator('#attendance .legend').boundingBox();
    const clip = { x: 0, y: top!.y - 8, width: 1024, height: bottom!.y + bottom!.height - top!.y + 16 };
    await page.screenshot({ path: join(artefacts, 'report.png'), clip, fullPage: true });
    if (process.env.ASTANA_UPDATE_SCREENSHOT === '1') copyFileSync(join(artefacts, 'report.png'), join(repoRoot, 'docs', 'report.png'));
    expect(errors).toEqual([]);
  });
});
