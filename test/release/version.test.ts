import { describe, expect, it } from 'vitest';
import { bumped, compareVersions, isVersion, neededLevel, refuseVersion } from '../../src/release/version.js';

const added = { change: 'added' };
const changed = { change: 'changed' };
const shape = ['round.dates', 'round.dates.start'];

describe('data versions', () => {
  it('are MAJOR.MINOR.PATCH, compared as numbers', () => {
    expect(['1.0.0', '0.3.0', '10.20.30'].every(isVersion)).toBe(true);
    expect(['1.0', 'v1.0.0', '01.0.0', '1.0.0-rc1', ''].some(isVersion)).toBe(false);
    expect(['1.10.0', '1.2.0', '1.2.10', '1.2.9', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0', '1.2.9', '1.2.10', '1.10.0']);
    expect([bumped('1.2.3', 'patch'), bumped('1.2.3', 'minor'), bumped('1.2.3', 'major')]).toEqual(['1.2.4', '1.3.0', '2.0.0']);
  });
});

describe('the release a change needs', () => {
  it('is a patch for corrections, a minor release for additions, a major one for a field gone', () => {
    expect(neededLevel([changed], shape, shape)?.level).toBe('patch');
    expect(neededLevel([{ change: 'removed' }, { change: 'sources' }], shape, shape)?.level).toBe('patch');
    expect(neededLevel([changed, added], shape, shape)?.level).toBe('minor');
    expect(neededLevel([], shape, [...shape, 'round.dates.end'])).toMatchObject({ level: 'minor', why: expect.stringContaining('round.dates.end') });
    expect(neededLevel([added], shape, ['round.dates', 'round.dates.begin'])).toMatchObject({ level: 'major', why: expect.stringContaining('round.dates.start') });
    expect(neededLevel([], shape, shape)).toBeUndefined();
  });

  it('admits the next version at that level or above, and nothing else', () => {
    const patch = { level: 'patch', why: '2 facts were corrected' } as const;
    const minor = { level: 'minor', why: '3 facts were added' } as const;
    expect(['1.2.4', '1.3.0', '2.0.0'].map((v) => refuseVersion('1.2.3', v, patch))).toEqual([undefined, undefined, undefined]);
    expect(['1.3.0', '2.0.0'].map((v) => refuseVersion('1.2.3', v, minor))).toEqual([undefined, undefined]);
    expect(refuseVersion('1.2.3', '1.2.4', minor)).toBe('1.2.4 cannot follow 1.2.3: 3 facts were added, so the next version is 1.3.0 or 2.0.0');
    expect(refuseVersion('1.2.3', '1.2.5', patch)).toContain('the next version is 1.2.4 or 1.3.0 or 2.0.0');
    expect(refuseVersion('1.2.3', '1.2.2', patch)).toContain('cannot follow');
    expect(refuseVersion('1.2.3', '1.2.4', undefined)).toBe('nothing changed since 1.2.3: there is nothing to release');
    expect(refuseVersion('1.2.3', '1.3', minor)).toContain('is not a version');
    expect(refuseVersion(undefined, '0.1.0', undefined)).toBeUndefined();
  });
});
