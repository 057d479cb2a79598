import { describe, expect, it } from 'vitest';
import { run, runJson } from '../helpers/run.js';

interface Row {
  round: number;
}

// Flags as a user types them → the rounds they select, on the bundled data.
describe('rounds list flags', () => {
  it.each([
    [[], Array.from({ length: 22 }, (_, i) => i + 1)],
    [['--from', '2024'], [21, 22]],
    [['--from', '2022', '--to', '2023'], [18, 19, 20]],
    [['--from', '2023-06', '--to', '2024-01'], [20, 21]],
    [['--city', 'sochi'], [10, 15]],
    // A city is one identity under every name it has had: Nur-Sultan finds the Astana rounds too.
    [['--city', 'Nur-Sultan'], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22]],
    [['--city', 'astana'], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22]],
    [['--city', 'nur sultan', '--year', '2019'], [12, 13, 14]],
    [['--year', '2019'], [12, 13, 14]],
    [['--party', 'usa', '--to', '2017'], [1, 2, 3, 4, 5, 6, 7, 8]],
    [['--party', 'Türkiye', '--from', '2024'], [21, 22]],
    [['--topic', 'golan'], [12, 20, 21, 22]],
    [['--topic', 'turkey-syria-normalisation', '--to', '2023-12-31'], [20]],
  ])('%j selects %j', async (flags, rounds) => {
    const rows = await runJson<Row[]>(['rounds', 'list', ...flags]);
    expect(rows.map((r) => r.round)).toEqual(rounds);
  });

  it('accepts global options before the command too', async () => {
    const rows = await runJson<Row[]>(['--data', 'test/fixtures/mini', 'rounds', 'list']);
    expect(rows.map((r) => r.round)).toEqual([1, 2]);
  });
});

describe('formats', () => {
  it('prints tsv when piped and no format is given, a table on a terminal', async () => {
    const piped = await run(['rounds', 'list']);
    expect(piped.out.split('\n')[0]).toBe('round\tstart\tend\tcity\tcityId\tparties\ttopics\tcoverage.agenda\tcoverage.resolutions');
    const tty = await run(['rounds', 'list'], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(tty.out).toMatch(/^┌/);
  });

  it('prints the same records as csv, ndjson and yaml as in json', async () => {
    const json = JSON.parse((await run(['rounds', 'list', '--json'])).out) as { round: number; city: string }[];
    const csv = (await run(['rounds', 'list', '--format', 'csv', '--fields', 'round,city'])).out.trim().split('\r\n');
    expect(csv).toEqual(['round,city', ...json.map((r) => `${r.round},${r.city}`)]);
    const ndjson = (await run(['rounds', 'list', '--format', 'ndjson'])).out.trim().split('\n').map((l) => JSON.parse(l) as { round: number });
    expect(ndjson.map((r) => r.round)).toEqual(json.map((r) => r.round));
    const { parse } = await import('yaml');
    expect(parse((await run(['rounds', 'show', '22', '--format', 'yaml'])).out)).toEqual(JSON.parse((await run(['rounds', 'show', '22', '--json'])).out));
  });

  it('keeps only the fields asked for, in json too', async () => {
    expect(JSON.parse((await run(['meetings', 'list', '--json', '--fields', 'id,city'])).out)[0]).toEqual({ id: 'round-1', city: 'Astana' });
    expect(Object.keys(JSON.parse((await run(['rounds', 'show', '1', '--json', '--fields', 'round,agenda'])).out))).toEqual(['round', 'agenda']);
  });
});
