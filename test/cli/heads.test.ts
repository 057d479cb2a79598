import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

// Sedat Önal led Türkiye's delegation at round 1; the sources agree on him and differ on his title.
describe('a head whose sources differ only on the title keeps the name in every format', () => {
  it('json: head.name, not disputed, every title with its sources', async () => {
    const records = JSON.parse((await run(['attendance', '--party', 'turkey', '--json'])).out) as { round: number; head?: { name?: string; disputed: boolean; titles?: { title: string; sources: string[] }[] } }[];
    const head = records.find((r) => r.round === 1)?.head;
    expect(head).toMatchObject({ name: 'Sedat Önal', disputed: false });
    expect(head?.titles?.length).toBeGreaterThanOrEqual(2);
    for (const t of head?.titles ?? []) expect(t.sources.length).toBeGreaterThan(0);
  });

  it.each(['csv', 'tsv', 'ndjson'])('%s: the name is in the round 1 record', async (format) => {
    const out = (await run(['attendance', '--party', 'turkey', '--format', format])).out;
    const line = out.split('\n').find((l) => /^\{?"?(round"?:)?1[,\t]/.test(l));
    expect(line).toContain('Sedat Önal');
  });

  it('table: the name, marked as having differing titles', async () => {
    const out = (await run(['rounds', 'show', '1', '--format', 'table', '--color', 'never'], { env: { COLUMNS: '200' } })).out;
    expect(out).toContain('Sedat Önal (titles differ)');
  });
});
