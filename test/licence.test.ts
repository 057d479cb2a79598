import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import type { Metadata } from '../src/model/types.js';
import { repoRoot } from './helpers/run.js';

const read = (path: string): string => readFileSync(`${repoRoot}${path}`, 'utf8');

describe('the licences', () => {
  it('gives the code the MIT licence package.json names, with the maintainers as holders', () => {
    expect(pkg.license).toBe('MIT');
    const licence = read('LICENSE').split('\n');
    expect(licence[0]).toBe('MIT License');
    expect(licence).toContain('Copyright (c) 2026 The astana maintainers');
    expect(read('LICENSE')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('says in the README what each licence covers, the data\'s as data/dataset.yaml gives it', () => {
    const { licence } = parse(read('data/dataset.yaml')) as Metadata;
    const section = /\n## Licence\n([\s\S]*?)(?=\n## |$)/.exec(read('README.md'))?.[1] ?? '';
    for (const words of ['MIT', '`LICENSE`', '`data/`', licence.name, licence.id, 'remain their publishers']) expect(section.replace(/\s+/g, ' '), words).toContain(words);
  });
});
