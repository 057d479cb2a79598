import { describe, expect, it } from 'vitest';
import { citedSources } from '../../src/query/cite.js';
import { bundled } from '../helpers/dataset.js';

const data = await bundled();

/** The date a meeting's source carries, or undefined when it has none. */
const dateOf = (meeting: string, id: string): string | undefined => {
  const source = citedSources(data, meeting).find((s) => s.id === id);
  expect(source, `${meeting} cites ${id}`).toBeDefined();
  return source?.date;
};

describe('publication dates of sources, as each page states them', () => {
  // [meeting, source id, the date the page gives (dateline, header or press-release number)]
  const dated: [string, string, string][] = [
    ['round-1', 'mehr-122996', '2017-01-24'],
    ['round-1', 'tass-928309', '2017-02-01'],
    ['round-3', 'interfax-28807', '2017-03-16'],
    ['round-4', 'tass-944911', '2017-05-06'],
    ['round-6', 'defapress-65941', '2017-09-15'],
    ['round-8', 'projehirani-287408', '2017-12-23'],
    ['round-11', 'ungeneva-de-mistura-201811', '2018-11-27'],
    ['round-12', 'newarab-cc-astana12', '2019-04-26'],
    ['round-14', 'urdupoint-784183', '2019-12-11'],
    ['round-15', 'tr-mfa-60', '2021-02-17'],
    ['round-19', 'tr-mfa-353', '2022-11-23'],
    ['round-20', 'tass-1635981', '2023-06-21'],
  ];

  it.each(dated)('%s: %s is dated %s', (meeting, id, date) => {
    expect(dateOf(meeting, id)).toBe(date);
  });

  it('gives a source cited by two meetings the same date in both', () => {
    expect(dateOf('summit-2', 'president-ir-105963')).toBe('2018-09-07');
    expect(dateOf('summit-3', 'president-ir-105963')).toBe(dateOf('summit-2', 'president-ir-105963'));
  });

  it('leaves a date out where the page gives none, rather than guessing one', () => {
    // SANA's English page on the first joint statement shows no date; the meeting's dates are not the page's.
    expect(dateOf('round-1', 'sana-98941')).toBeUndefined();
    // The dateline of this TASS page gives a day and month but no year.
    expect(dateOf('round-19', 'tass-1509513')).toBeUndefined();
  });

  it('dates a press release no earlier than the meeting it reports on', () => {
    const releases: [string, string][] = [['round-15', 'tr-mfa-60'], ['round-19', 'tr-mfa-353'], ['round-20', 'tr-mfa-152']];
    for (const [meeting, id] of releases) {
      const start = data.meetings.find((m) => m.id === meeting)?.body.dates.start ?? '';
      expect(start, meeting).not.toBe('');
      expect((dateOf(meeting, id) ?? '') >= start, `${meeting} ${id}`).toBe(true);
    }
  });
});
