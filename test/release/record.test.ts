import { describe, expect, it } from 'vitest';
import { factsOf } from '../../src/release/facts.js';
import { decodeRecord, encodeRecord, readRecord, recordOf, releasedVersions } from '../../src/release/record.js';
import { bundledData } from '../helpers/run.js';

const facts = factsOf({
  meetings: [{ id: 'round-1', body: { round: 1, dates: { start: '2017-01-23', sources: ['a', 'b'] }, sources: [{ id: 'a', url: 'https://example.org/a' }, { id: 'b', url: 'https://example.org/b' }] } }],
  registries: [{ name: 'parties', entries: [{ id: 'iran', name: 'Iran', aliases: ['Islamic Republic of Iran'] }] }],
});

describe('release records', () => {
  it('read back as written: version, date, shape, every fact with its URLs', () => {
    const record = recordOf('1.2.3', '2020-01-02', ['round.dates'], facts);
    const text = encodeRecord(record);
    expect(decodeRecord(text)).toEqual(record);
    // Each page once, under a hash; one fact a line, for diffs.
    expect(text.match(/"https:\/\/example\.org\/a"/g)).toHaveLength(1);
    expect(text.split('\n').filter((l) => l.startsWith('"round-1/dates":'))).toHaveLength(1);
  });

  it('say what is wrong with a damaged one', () => {
    const text = encodeRecord(recordOf('1.2.3', '2020-01-02', [], facts));
    expect(decodeRecord(text.slice(0, 80))).toMatch(/^not JSON/);
    expect(decodeRecord(text.replace('astana-release/1', 'other'))).toContain('not a release record');
    expect(decodeRecord(text.replace('"1.2.3"', '"1.2"'))).toContain('is not MAJOR.MINOR.PATCH');
    expect(decodeRecord(text.replace(/"pages":\{[^}]*\}/, '"pages":{}'))).toContain('cites a page it does not list');
  });

  it('of the bundled data are all readable, oldest first', () => {
    const versions = releasedVersions(bundledData);
    expect(versions.length).toBeGreaterThanOrEqual(2);
    for (const v of versions) expect(readRecord(bundledData, 'data', v).version).toBe(v);
  });
});
