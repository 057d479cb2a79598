import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Metadata } from '../../src/model/types.js';
import type { CitedSource } from '../../src/query/cite.js';
import { citationStyleNames, citationStyles } from '../../src/render/citation-styles.js';
import { biblatex, bibtex, cslJson, text } from '../../src/render/citations.js';
import { datasetBiblatex, datasetBibtex, datasetCslJson, datasetKey, datasetText } from '../../src/render/dataset-citation.js';
import { langid, namedLanguages } from '../../src/render/langid.js';
import { bundled } from '../helpers/dataset.js';
import { repoRoot } from '../helpers/run.js';

const source: CitedSource = {
  meeting: 'round-21',
  id: 'tass-1',
  url: 'https://example.org/a_b%20c{d}#x',
  publisher: 'TASS & Co',
  title: '[Report on 50% of {things}]',
  language: 'en',
  date: '2024-01-25',
};

/** What data/dataset.yaml says, read on its own: the release script stamps its version and date. */
const metadata = parse(readFileSync(`${repoRoot}data/dataset.yaml`, 'utf8')) as Metadata;

/** A field of a .bib entry, as written between its braces. */
const field = (entry: string, name: string): string | undefined => new RegExp(`^  ${name} = (.*),$`, 'm').exec(entry)?.[1];

describe('citations of sources', () => {
  it('writes CSL-JSON with the date split into parts and supplied titles noted', () => {
    expect(cslJson([source])).toEqual([
      {
        id: 'round-21-tass-1',
        type: 'webpage',
        title: '[Report on 50% of {things}]',
        'container-title': 'TASS & Co',
        URL: 'https://example.org/a_b%20c{d}#x',
        language: 'en',
        issued: { 'date-parts': [[2024, 1, 25]] },
        note: 'Title supplied by the astana dataset',
      },
    ]);
  });

  it('writes biblatex with special characters escaped, the URL verbatim but for its braces, and a langid name', () => {
    expect(biblatex([source])).toBe(
      '@online{round-21-tass-1,\n  title = {Report on 50\\% of \\{things\\}},\n  organization = {TASS \\& Co},\n  url = {https://example.org/a_b%20c%7Bd%7D#x},\n  langid = {english},\n  date = {2024-01-25},\n  titleaddon = {title supplied},\n}\n',
    );
  });

  it('leaves langid out for a language it has no name for, rather than guess one', () => {
    const entry = biblatex([{ ...source, language: 'xx' }]);
    expect(field(entry, 'langid')).toBeUndefined();
    expect(field(entry, 'title')).toBeDefined();
  });

  it('writes plain BibTeX @misc with what plain styles read: key, howpublished, year and month', () => {
    expect(bibtex([source])).toBe(
      '@misc{round-21-tass-1,\n  title = {{[Report on 50\\% of \\{things\\}]}},\n  key = {TASS \\& Co},\n  howpublished = {TASS \\& Co, \\url{https://example.org/a_b%20c%7Bd%7D#x}},\n  year = {2024},\n  month = jan,\n}\n',
    );
    expect(bibtex([{ ...source, date: undefined }])).not.toMatch(/year|month/);
  });

  it('writes one line of text a source, undated ones marked n.d.', () => {
    expect(text([source, { ...source, date: undefined, title: 'Done?' }])).toBe(
      'TASS & Co (2024-01-25). [Report on 50% of {things}]. https://example.org/a_b%20c{d}#x\nTASS & Co (n.d.). Done? https://example.org/a_b%20c{d}#x\n',
    );
  });
});

describe('biblatex language names', () => {
  it('names every language the data cites a page in', async () => {
    const data = await bundled();
    const used = new Set([
      ...data.meetings.flatMap((m) => m.body.sources.map((s) => s.language)),
      ...[...data.partySources.values()].map((s) => s.language),
      ...(data.metadata?.sources ?? []).map((s) => s.language),
    ]);
    expect(used.size).toBeGreaterThan(5);
    for (const code of used) expect(langid(code), code).toMatch(/^[a-z]+$/);
    expect(namedLanguages).toEqual(expect.arrayContaining([...used]));
  });

  it('uses the names babel and polyglossia use, not codes', () => {
    expect([langid('en'), langid('ru'), langid('tr'), langid('ar'), langid('fa')]).toEqual(['english', 'russian', 'turkish', 'arabic', 'persian']);
    expect(langid('toString')).toBeUndefined();
  });
});

describe('citations of the dataset itself', () => {
  it('is one CSL-JSON dataset item with the version and release date of data/dataset.yaml, and no URL', () => {
    const item = datasetCslJson(metadata) as Record<string, unknown>;
    expect(item).toMatchObject({
      id: datasetKey,
      type: 'dataset',
      title: metadata.title,
      author: metadata.maintainers.map((m) => ({ literal: m.name })),
      version: metadata.version,
      issued: { 'date-parts': [metadata.released.split('-').map(Number)] },
      abstract: metadata.description,
    });
    expect(item.note).toContain(metadata.licence.url);
    expect(item.note).toContain(metadata.licence.id);
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('publisher');
  });

  it('is a biblatex @dataset whose maintainers are one name each', () => {
    const entry = datasetBiblatex(metadata);
    expect(entry.startsWith(`@dataset{${datasetKey},\n`)).toBe(true);
    expect(field(entry, 'author')).toBe(`{${metadata.maintainers.map((m) => `{${m.name}}`).join(' and ')}}`);
    expect(field(entry, 'version')).toBe(`{${metadata.version}}`);
    expect(field(entry, 'date')).toBe(`{${metadata.released}}`);
    expect(field(entry, 'langid')).toBe('{english}');
    expect(field(entry, 'note')).toBe(`{Licence: ${metadata.licence.name} (${metadata.licence.id}), \\url{${metadata.licence.url}}}`);
    expect(field(entry, 'url')).toBeUndefined();
  });

  it('is a plain BibTeX @misc with the version and release date in howpublished', () => {
    const entry = datasetBibtex(metadata);
    const [year, month] = metadata.released.split('-');
    expect(entry.startsWith(`@misc{${datasetKey},\n`)).toBe(true);
    expect(field(entry, 'howpublished')).toBe(`{Data set, version ${metadata.version}, released ${metadata.released}}`);
    expect(field(entry, 'year')).toBe(`{${year}}`);
    expect(field(entry, 'month')).toBe(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][Number(month) - 1]);
    expect(field(entry, 'title')).toBe(`{{${metadata.title}}}`);
  });

  it('is one line of text naming the maintainers, the version, the date and the licence', () => {
    const line = datasetText(metadata);
    expect(line).not.toContain('\n');
    for (const part of [...metadata.maintainers.map((m) => m.name), metadata.title, metadata.version, metadata.released, metadata.licence.name, metadata.licence.url]) expect(line).toContain(part);
  });

  it('joins several maintainers, escaping TeX in their names', () => {
    const two: Metadata = { ...metadata, maintainers: [{ name: 'A & B Lab' }, { name: 'C_D' }] };
    expect(field(datasetBiblatex(two), 'author')).toBe('{{A \\& B Lab} and {C\\_D}}');
    expect(datasetText(two).startsWith('A & B Lab and C_D (')).toBe(true);
  });

  it('is printed by every style cite has', () => {
    for (const name of citationStyleNames) {
      const printed = citationStyles[name].dataset(metadata);
      expect(printed, name).toContain(metadata.version);
      expect(printed.endsWith('\n'), name).toBe(true);
    }
  });
});
