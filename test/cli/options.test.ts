import { describe, expect, it } from 'vitest';
import { runJson } from '../helpers/run.js';

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
    [['--city', 'Nur-Sultan'], [12, 13, 14, 16, 17, 18]],
    [['--party', 'usa', '--to', '2017'], [1, 2, 3, 4, 5, 6, 7, 8]],
    [['--party', 'Türkiye', '--from', '2024'], [21, 22]],
    [['--topic', 'golan'], [12, 21]],
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
