import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.js';
import { bundled } from '../helpers/dataset.js';
import { fixtures, repoRoot } from '../helpers/run.js';

const data = await bundled();
const commit = '028acde28cab7691e2f443da349a48989d6648c0';
const fileUrl = (file: string): string => `https://github.com/peacerep/paxplorer/blob/${commit}/data/${file}`;
const read = (dir: string, file: string) => parseCsv(readFileSync(join(dir, file), 'utf8'));
const actors = read(`${fixtures}/pax`, 'paax_actors_v0.2_internal.csv');
const agreements = read(`${fixtures}/pax`, 'pax_v9.csv');
/** PA-X writes numbers as floats: "365.0". */
const int = (value: string | undefined): number | undefined => (value ? Number(value) : undefined);

describe('crosswalk ids of the parties', () => {
  const parties = [...data.parties.values()];

  it('are recorded for every party, each with a source the file lists', () => {
    for (const p of parties) {
      expect(p.ids, p.id).toBeDefined();
      expect(p.ids!.sources.length, p.id).toBeGreaterThan(0);
      for (const id of p.ids!.sources) expect(data.partySources.get(id)?.url, `${p.id}: ${id}`).toMatch(/^https:\/\//);
    }
  });

  it('match the PA-X actor row of the file they cite, column by column', () => {
    for (const p of parties) {
      const ids = p.ids!;
      expect(ids.sources.map((id) => data.partySources.get(id)!.url)).toContain(fileUrl('paax_actors_v0.2_internal.csv'));
      const row = actors.find((a) => a.id_paax === ids.paxActor);
      expect(row, `${p.id}: ${ids.paxActor}`).toBeDefined();
      expect(ids.iso3, p.id).toBe(p.kind === 'opposition' ? undefined : row!.actor_iso3c || undefined);
      expect(ids.gwno, p.id).toBe(p.kind === 'opposition' ? undefined : int(row!.actor_gwno));
      expect(ids.ucdpActor, p.id).toBe(int(row!.ucdp_id));
      // ACLED names are per period: the recorded ones are among those the row gives.
      const acled = new Set([row!.acled_name, ...(row!.acled_other ?? '').split(' | ')].filter(Boolean));
      for (const name of ids.acled ?? []) expect(acled.has(name), `${p.id}: ${name}`).toBe(true);
      if (row!.acled_name) expect(ids.acled, p.id).toContain(row!.acled_name);
    }
  });

  it('never record a Wikidata item without a page that states it', () => {
    const unsourced = parties.filter((p) => p.ids?.wikidata && !p.ids.sources.some((id) => /wikidata\.org/.test(data.partySources.get(id)!.url)));
    expect(unsourced.map((p) => p.id)).toEqual([]);
  });
});

describe('PA-X agreement ids of the meetings', () => {
  const coded = data.meetings.filter((m) => m.body.ids?.paxAgreement);

  it('are the rows of pax_v9.csv whose date is the meeting\'s last day', () => {
    expect(coded.map((m) => m.id)).toEqual(['round-1', 'round-4', 'round-6', 'round-7', 'round-9']);
    for (const m of coded) {
      const urls = m.body.ids!.sources.map((id) => m.body.sources.find((s) => s.id === id)!.url);
      expect(urls, m.id).toContain(fileUrl('pax_v9.csv'));
      for (const agt of m.body.ids!.paxAgreement!) {
        const row = agreements.find((a) => Number(a.AgtId) === agt);
        expect(row, `${m.id}: ${agt}`).toBeDefined();
        expect(row!.Dat, m.id).toBe(m.body.dates.end);
        expect([row!.PP, row!.PPName, int(row!.UcdpCon)], m.id).toEqual(['115', 'Syrian peace process', 299]);
      }
    }
  });

  it('bring the resolutions PA-X codes for the document, where the meeting records it', () => {
    for (const m of coded) {
      const row = agreements.find((a) => Number(a.AgtId) === m.body.ids!.paxAgreement![0])!;
      const named = [...(row.OthAgr ?? '').matchAll(/resolution (\d{3,4})/gi)].map((x) => Number(x[1]));
      const recorded = (m.body.resolutions ?? []).map((r) => data.resolutions.get(r.resolution)!.number);
      for (const n of named) expect(recorded, `${m.id}: ${n}`).toContain(n);
    }
  });
});

describe.runIf(existsSync(join(repoRoot, '../shared/data/pax')))('the fixture rows', () => {
  it('are rows of the PA-X files, unchanged', () => {
    const dir = join(repoRoot, '../shared/data/pax');
    for (const file of ['paax_actors_v0.2_internal.csv', 'pax_v9.csv']) {
      const whole = read(dir, file).map((r) => JSON.stringify(r));
      for (const row of read(`${fixtures}/pax`, file)) expect(whole, file).toContain(JSON.stringify(row));
    }
  });
});
